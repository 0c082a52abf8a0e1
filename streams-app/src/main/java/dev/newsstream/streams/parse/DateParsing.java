package dev.newsstream.streams.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them, to an {@link OffsetDateTime} that keeps the page's own offset: ISO-8601 and
 * RFC 1123 first, then a tolerant reader for numeric (2025-11-25, 25.11.2025, 11/25/2025) and written dates in
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian and Ukrainian ("25. November
 * 2025, 14:30 Uhr", "25 ноября 2025, 09:57", "mardi 25 novembre 2025 à 9h57", "Nov. 25, 2025 9:57 a.m. EST").
 * Zone-less values are taken as UTC, date-only values as midnight UTC. Years outside 1990-2100 are refused.
 */
public final class DateParsing {
  private static final int MAX_LENGTH = 120;
  private static final Pattern LOOKS_LIKE_DATE = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?$");

  private static final Pattern ORDINAL = Pattern.compile("(?<=\\b\\d{1,2})(?:st|nd|rd|th|er|ème|e|º|ª)\\b");
  private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
  /** Exactly what ISO_FLEX accepts, so it is only asked when it will answer (its failures throw, which is slow). */
  private static final Pattern ISO_STRICT = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(?:[T ]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})? ?(?:Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern RFC_1123 = Pattern.compile("(?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}.*");
  private static final DateTimeFormatter ISO_FLEX = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart()
      .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
      .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT);

  // Month words replaced by "§<n>§" before the numeric patterns below run.
  private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}+\\.?");
  private static final String M = "§(\\d{1,2})§";
  private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY_NUM = Pattern.compile("(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");
  private static final Pattern D_M_Y = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?" + M + "\\s*(?:de\\s+)?,?\\s*(\\d{4})(?!\\d)");
  private static final Pattern M_D_Y = Pattern.compile(M + "\\s*(\\d{1,2})(?!\\d)\\s*,?\\s*(\\d{4})(?!\\d)");
  private static final Pattern Y_M_D = Pattern.compile("(?<!\\d)(\\d{4})\\s*,?\\s*" + M + "\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d.:])(\\d{1,2})\\s*(?::|h|\\.)\\s*(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?![\\d.])\\s*"
          + "(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?");
  private static final Pattern ZONE = Pattern.compile(
      "(?<![\\p{L}\\d])(\\p{L}{1,5})?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}\\d])");

  private DateParsing() {}

  /** True when the whole string is an ISO-like timestamp (used to recognise date lines in the text dump). */
  public static boolean looksLikeIsoDate(String s) {
    return LOOKS_LIKE_DATE.matcher(s.strip()).matches();
  }

  public static Optional<Instant> parse(String raw) {
    return parseOffset(raw).map(OffsetDateTime::toInstant);
  }

  public static Optional<OffsetDateTime> parseOffset(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (!HAS_YEAR.matcher(s).find()) {
      return Optional.empty(); // no 4-digit year: not a date we can place (and no exceptions thrown to find out)
    }
    if (ISO_STRICT.matcher(s).matches()) {
      Optional<OffsetDateTime> iso = iso(s);
      if (iso.isPresent()) {
        return iso;
      }
    }
    if (RFC_1123.matcher(s).matches()) {
      try {
        return sane(Optional.ofNullable(DateTimeFormatter.RFC_1123_DATE_TIME.parse(s, OffsetDateTime::from)));
      } catch (DateTimeParseException notRfc) {
        // fall through to the tolerant reader
      }
    }
    return sane(tolerant(s));
  }

  private static Optional<OffsetDateTime> iso(String s) {
    try {
      TemporalAccessor t = ISO_FLEX.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (t instanceof OffsetDateTime o) {
        return sane(Optional.of(o));
      }
      if (t instanceof LocalDateTime l) {
        return sane(Optional.of(l.atOffset(ZoneOffset.UTC)));
      }
      return sane(Optional.of(((LocalDate) t).atStartOfDay().atOffset(ZoneOffset.UTC)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> tolerant(String s) {
    String text = replaceMonthWords(ORDINAL.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(""));
    LocalDate date = null;
    int end = -1;
    int start = -1;
    Matcher m;
    if ((m = YMD.matcher(text)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
    } else if ((m = D_M_Y.matcher(text)).find()) {
      date = date(m.group(3), m.group(2), m.group(1));
    } else if ((m = M_D_Y.matcher(text)).find()) {
      date = date(m.group(3), m.group(1), m.group(2));
    } else if ((m = Y_M_D.matcher(text)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
    } else if ((m = DMY_NUM.matcher(text)).find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // Day first (most of the world) unless that cannot be: 11/25/2025 is US month/day.
      date = b > 12 && a <= 12 ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
    }
    if (date == null) {
      return Optional.empty();
    }
    start = m.start();
    end = m.end();
    String rest = text.substring(0, start) + " " + text.substring(end);
    LocalTime time = LocalTime.MIDNIGHT;
    ZoneOffset offset = ZoneOffset.UTC;
    Matcher t = TIME.matcher(rest);
    if (t.find()) {
      LocalTime parsed = time(t);
      if (parsed != null) {
        time = parsed;
        offset = zone(rest.substring(t.end())).orElse(ZoneOffset.UTC);
      }
    }
    return Optional.of(OffsetDateTime.of(date, time, offset));
  }

  private static String replaceMonthWords(String lower) {
    Matcher m = MONTH_WORD.matcher(lower);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      Integer month = MonthNames.month(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
      m.appendReplacement(sb, month == null ? Matcher.quoteReplacement(word) : " §" + month + "§ ");
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalTime time(Matcher t) {
    int h = Integer.parseInt(t.group(1));
    int min = Integer.parseInt(t.group(2));
    int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
    String ampm = t.group(4);
    if (ampm != null) {
      boolean pm = ampm.startsWith("p");
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (pm ? 12 : 0);
    }
    return h < 24 && min < 60 && sec < 60 ? LocalTime.of(h, min, sec) : null;
  }

  /** The zone written after a time: "Z", "+02:00", "+0200", "GMT+2", "EST", "MSK", "CEST" ... */
  private static Optional<ZoneOffset> zone(String after) {
    String s = after.strip();
    Matcher m = ZONE.matcher(s);
    if (!m.lookingAt() || m.end() == 0) {
      return Optional.empty();
    }
    int seconds = 0;
    boolean any = false;
    if (m.group(1) != null) {
      Integer abbr = MonthNames.zoneOffsetSeconds(m.group(1));
      if (abbr == null) {
        return Optional.empty();
      }
      seconds += abbr;
      any = true;
    }
    if (m.group(2) != null) {
      String off = m.group(2).replace(":", "");
      int sign = off.charAt(0) == '-' ? -1 : 1;
      String digits = off.substring(1);
      int hh = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
      int mm = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
      seconds += sign * (hh * 3600 + mm * 60);
      any = true;
    }
    try {
      return any ? Optional.of(ZoneOffset.ofTotalSeconds(seconds)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> sane(Optional<OffsetDateTime> t) {
    return t.filter(o -> o.getYear() >= 1990 && o.getYear() <= 2100);
  }
}
