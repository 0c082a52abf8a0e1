package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMatchTest {

  @Test
  void titleIgnoresOnlyWhitespaceAndCompatibilityForms() {
    assertThat(FieldMatch.title("Rates rise  again", " Rates rise again")).isTrue();
    assertThat(FieldMatch.title("Rates rise again", "Rates rise again | Site")).isFalse();
    assertThat(FieldMatch.title("Rates rise again", null)).isFalse();
  }

  @Test
  void publishedIsTheSameInstantOrTheSameDayForDateOnlyTruth() {
    OffsetDateTime p = OffsetDateTime.parse("2025-06-02T17:05:00-04:00");
    assertThat(FieldMatch.published("2025-06-02T21:05:00Z", p)).isTrue();
    assertThat(FieldMatch.published("2025-06-02T17:05:00Z", p)).isFalse();
    assertThat(FieldMatch.published("2025-06-02", p)).isTrue(); // its own calendar day
    assertThat(FieldMatch.published("2025-06-03", OffsetDateTime.parse("2025-06-02T22:00:00-04:00"))).isTrue(); // UTC day
    assertThat(FieldMatch.published("2025-06-04", p)).isFalse();
    assertThat(FieldMatch.published("2025-06-02", null)).isFalse();
  }

  @Test
  void authorsAreASetCaseInsensitive() {
    assertThat(FieldMatch.authors(List.of("Jane Doe", "John Roe"), List.of("JOHN ROE", "jane doe"))).isTrue();
    assertThat(FieldMatch.authors(List.of("Jane Doe"), List.of("Jane Doe", "John Roe"))).isFalse();
    assertThat(FieldMatch.authors(List.of("Jane Doe"), null)).isFalse();
  }
}
