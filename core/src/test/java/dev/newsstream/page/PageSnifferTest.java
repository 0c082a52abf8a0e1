package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageSnifferTest {

  @Test
  void recognisesTheTextDumpHeaderEvenWithLeadingSpaceAndBom() {
    String dump = "\uFEFF date 2025-11-25 https://example.com/a.html\nTitle\n";
    assertThat(TextDumpHeader.parse(dump)).contains(new TextDumpHeader(LocalDate.of(2025, 11, 25), "https://example.com/a.html"));
    assertThat(PageSniffer.kind(dump.getBytes(StandardCharsets.UTF_8))).isEqualTo(PageSniffer.Kind.TEXT_DUMP);
    assertThat(PageSniffer.declaredUrl(dump.getBytes(StandardCharsets.UTF_8))).contains("https://example.com/a.html");
  }

  @Test
  void rejectsHeadersWithBadDatesOrNoUrl() {
    assertThat(TextDumpHeader.parse("date 2025-13-45 https://example.com")).isEmpty();
    assertThat(TextDumpHeader.parse("date 2025-11-25")).isEmpty();
    assertThat(TextDumpHeader.parse("updated 2025-11-25 https://example.com")).isEmpty();
  }

  @Test
  void takesHtmlUrlFromCanonicalLinkThenOgUrl() {
    byte[] canonical = "<html><head><link rel=canonical href='https://ex.com/c'><meta property='og:url' content='https://ex.com/og'></head></html>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] og = "<html><head><meta property='og:url' content='https://ex.com/og'></head></html>".getBytes(StandardCharsets.UTF_8);
    byte[] none = "<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(PageSniffer.declaredUrl(canonical)).contains("https://ex.com/c");
    assertThat(PageSniffer.declaredUrl(og)).contains("https://ex.com/og");
    assertThat(PageSniffer.declaredUrl(none)).isEmpty();
  }

  @Test
  void readsDeclaredCharsetAndCallsOtherBytesUnknown() {
    assertThat(PageSniffer.declaredCharset("<html><meta charset=\"windows-1251\">".getBytes(StandardCharsets.UTF_8)))
        .contains("windows-1251");
    assertThat(PageSniffer.kind("just some words".getBytes(StandardCharsets.UTF_8))).isEqualTo(PageSniffer.Kind.UNKNOWN);
  }
}
