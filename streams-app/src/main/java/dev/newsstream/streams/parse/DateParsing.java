package dev.newsstream.streams.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them, to an Instant. Zone-less values are taken as UTC, date-only values as midnight UTC.
 */
public final class DateParsing {
  private static final Pattern LOOKS_LIKE_DATE = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?$");

  private static final DateTimeFormatter ISO_FLEX = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart()
      .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
      .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalStart().appendLiteral("UTC").optionalEnd()
      .optionalStart().appendLiteral("GMT").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT);

  private static final List<DateTimeFormatter> TEXTUAL = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      pattern("EEE, d MMM yyyy HH:mm:ss z"),
      pattern("MMMM d, yyyy h:mm a z"),
      pattern("MMMM d, yyyy h:mm a"),
      pattern("MMMM d, yyyy HH:mm"),
      pattern("MMMM d, yyyy"),
      pattern("MMM d, yyyy"),
      pattern("d MMMM yyyy HH:mm"),
      pattern("d MMMM yyyy"),
      pattern("d MMM yyyy"),
      pattern("yyyy/MM/dd HH:mm"),
      pattern("yyyy/MM/dd"),
      pattern("dd.MM.yyyy HH:mm"),
      pattern("dd.MM.yyyy"));

  private DateParsing() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /** True when the whole string is an ISO-like timestamp (used to recognise date lines in the text dump). */
  public static boolean looksLikeIsoDate(String s) {
    return LOOKS_LIKE_DATE.matcher(s.strip()).matches();
  }

  public static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > 80) {
      return Optional.empty();
    }
    Optional<Instant> iso = tryParse(ISO_FLEX, s);
    if (iso.isPresent()) {
      return iso;
    }
    String cleaned = s.replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1").replace(" at ", " ").replace(",", ", ")
        .replaceAll("\\s+", " ").replace(" ,", ",");
    for (DateTimeFormatter f : TEXTUAL) {
      Optional<Instant> t = tryParse(f, cleaned);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> tryParse(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      Instant instant;
      if (t instanceof ZonedDateTime z) {
        instant = z.toInstant();
      } else if (t instanceof OffsetDateTime o) {
        instant = o.toInstant();
      } else if (t instanceof LocalDateTime l) {
        instant = l.toInstant(ZoneOffset.UTC);
      } else {
        instant = ((LocalDate) t).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      int year = instant.atZone(ZoneOffset.UTC).getYear();
      return year >= 1990 && year <= 2100 ? Optional.of(instant) : Optional.empty();
    } catch (DateTimeParseException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
