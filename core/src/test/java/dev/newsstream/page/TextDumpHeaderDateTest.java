package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link TextDumpHeader#isoDate} gives {@link LocalDate#parse}'s answer for every "yyyy-MM-dd", real day or not. */
class TextDumpHeaderDateTest {
  @Property(tries = 2000)
  void isoDateIsLocalDateParse(@ForAll @IntRange(max = 9999) int year, @ForAll @IntRange(max = 99) int month,
      @ForAll @IntRange(max = 99) int day) {
    String s = String.format("%04d-%02d-%02d", year, month, day);
    LocalDate expected;
    try {
      expected = LocalDate.parse(s);
    } catch (DateTimeException e) {
      assertThatThrownBy(() -> TextDumpHeader.isoDate(s)).isInstanceOf(DateTimeException.class);
      return;
    }
    assertThat(TextDumpHeader.isoDate(s)).isEqualTo(expected);
  }

  @Test
  void leapDaysAndHeaders() {
    assertThat(TextDumpHeader.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> TextDumpHeader.isoDate("2023-02-29")).isInstanceOf(DateTimeException.class);
    assertThat(TextDumpHeader.parse("date 2023-02-29 https://example.org/a")).isEmpty();
    assertThat(TextDumpHeader.parse("date 2024-02-29 https://example.org/a")).contains(
        new TextDumpHeader(LocalDate.of(2024, 2, 29), "https://example.org/a"));
  }
}
