package dev.newsstream.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpochTimeTest {
  @Test
  void digitCountDecidesTheUnit() {
    assertThat(EpochTime.fromDigits("1733000000")).contains(Instant.parse("2024-11-30T20:53:20Z"));
    assertThat(EpochTime.fromDigits("999999999")).contains(Instant.ofEpochSecond(999_999_999L));
    assertThat(EpochTime.fromDigits("1733000000123")).contains(Instant.parse("2024-11-30T20:53:20.123Z"));
    assertThat(EpochTime.fromDigits("173300000012")).contains(Instant.ofEpochMilli(173_300_000_012L));
    assertThat(EpochTime.fromDigits("20251125")).as("8 digits: a date, not a time").isEmpty();
    assertThat(EpochTime.fromDigits("17330000001")).as("11 digits: neither").isEmpty();
    assertThat(EpochTime.fromDigits("17330000001234")).isEmpty();
    assertThat(EpochTime.fromDigits("17330000x0")).isEmpty();
    assertThat(EpochTime.fromNumber(1_733_000_000L)).contains(Instant.parse("2024-11-30T20:53:20Z"));
    assertThat(EpochTime.fromNumber(-1_733_000_000L)).isEmpty();
  }

  @Test
  void crawlTimesBefore1990OrMoreThanADayAheadAreImplausible() {
    Instant now = Instant.parse("2026-12-07T08:00:00Z");
    assertThat(EpochTime.implausibleCrawlTime(Instant.parse("1989-12-31T23:59:59Z"), now)).isPresent();
    assertThat(EpochTime.implausibleCrawlTime(Instant.parse("1990-01-01T00:00:00Z"), now)).isEmpty();
    assertThat(EpochTime.implausibleCrawlTime(Instant.parse("2026-12-08T08:00:00Z"), now)).isEmpty();
    assertThat(EpochTime.implausibleCrawlTime(Instant.parse("2026-12-08T08:00:01Z"), now)).get().asString()
        .contains("more than a day ahead");
  }
}
