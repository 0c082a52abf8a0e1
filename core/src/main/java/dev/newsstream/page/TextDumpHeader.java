package dev.newsstream.page;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of our crawler's line-per-field text dump: {@code date YYYY-MM-DD URL}.
 * Shared by the producer (to key the page) and the parser (to recognise the format).
 */
public record TextDumpHeader(LocalDate date, String url) {
  private static final Pattern HEADER = Pattern.compile("^\\uFEFF?\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(https?://\\S+)\\s*$");

  /** Parses the first non-blank line of {@code text}, if it is a text-dump header. */
  public static Optional<TextDumpHeader> parse(String text) {
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty() && !line.equals("\uFEFF")) {
        return parseLine(line);
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  static Optional<TextDumpHeader> parseLine(String line) {
    Matcher m = HEADER.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TextDumpHeader(isoDate(m.group(1)), m.group(2)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link LocalDate#parse} of "yyyy-MM-dd" (ASCII digits, as the header pattern guarantees): the same date, or the
   * same {@link java.time.DateTimeException} for a month or day that does not exist, without the formatter, which
   * was most of the format sniffing's time on a text dump.
   */
  static LocalDate isoDate(String yyyyMmDd) {
    return LocalDate.of(Integer.parseInt(yyyyMmDd, 0, 4, 10), Integer.parseInt(yyyyMmDd, 5, 7, 10),
        Integer.parseInt(yyyyMmDd, 8, 10, 10));
  }
}
