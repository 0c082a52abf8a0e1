package dev.newsstream.streams.parse;

import dev.newsstream.time.EpochTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them, to an {@link OffsetDateTime} that keeps the page's own offset: ISO-8601 and
 * RFC 1123 first, then a tolerant reader for numeric (2025-11-25, 25.11.2025, 11/25/2025) and written dates in
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian and Ukrainian ("25. November
 * 2025, 14:30 Uhr", "25 ноября 2025, 09:57", "mardi 25 novembre 2025 à 9h57", "Nov. 25, 2025 9:57 a.m. EST").
 * Zone-less values are taken as UTC, date-only values as midnight UTC. A bare number of 9-10 digits is Unix epoch
 * seconds, of 12-13 digits epoch milliseconds (UTC), as CMSs write them in JSON-LD, meta content and time attributes.
 * Years outside 1990-2100 are refused.
 */
public final class DateParsing {
  private static final int MAX_LENGTH = 120;
  private static final Pattern LOOKS_LIKE_DATE = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?$");

  /** 9-10 digits: epoch seconds (1990 onwards); 12-13: epoch milliseconds; optional fraction of seconds. */
  private static final Pattern EPOCH = Pattern.compile("(\\d{9,10}|\\d{12,13})(?:\\.\\d{1,6})?");
  private static final Pattern ORDINAL = Pattern.compile("(?<=\\b\\d{1,2})(?:st|nd|rd|th|er|ème|e|º|ª)\\b");
  private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
  /** ISO-8601 date, optional time, fraction and offset; read straight from the groups (formatters are slow). */
  private static final Pattern ISO_STRICT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ]?(\\d{1,2}):(\\d{2})"
      + "(?::(\\d{2}))?(?:[.,](\\d{1,9}))? ?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?)?");
  private static final Pattern RFC_1123 = Pattern.compile("(?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}.*");

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
  /** An hour with am/pm and no minutes ("8 PM", "8pm", "8 p.m."): only read when no {@link #TIME} is there. */
  private static final Pattern HOUR_12 = Pattern.compile(
      "(?<![\\d.:])(\\d{1,2})\\s?(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?!\\p{L})");
  private static final Pattern ZONE = Pattern.compile(
      "(?<![\\p{L}\\d])(\\p{L}{1,5})?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?(?![\\p{L}\\d])");

  /** German "14:30 Uhr MESZ": the zone follows the word for o'clock. */
  private static final Pattern UHR = Pattern.compile("^\\s*uhr\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DateParsing() {}

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** True when the whole string is an ISO-like timestamp (used to recognise date lines in the text dump). */
  public static boolean looksLikeIsoDate(String s) {
    return LOOKS_LIKE_DATE.matcher(s.strip()).matches();
  }

  /**
   * True when the value is an ISO-8601 date-time with its zone written ("2018-09-11T10:57:27Z", "...+02:00"): such
   * a machine value in an attribute says the instant, where the visible text beside it is often local time.
   */
  static boolean isZonedIso(String raw) {
    if (raw == null || raw.length() > MAX_LENGTH) {
      return false;
    }
    Matcher m = ISO_STRICT.matcher(raw.strip());
    return m.matches() && m.group(4) != null && (m.group(8) != null || m.group(9) != null);
  }

  public static Optional<Instant> parse(String raw) {
    return parseOffset(raw).map(OffsetDateTime::toInstant);
  }

  public static Optional<OffsetDateTime> parseOffset(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    if (!hasAsciiDigit(raw)) {
      return Optional.empty(); // neither an epoch number nor a 4-digit year: most lines a caller tries are not dates
    }
    String s = WHITESPACE.matcher(raw.strip()).replaceAll(" ");
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher epoch = EPOCH.matcher(s);
    if (epoch.matches()) {
      return epoch(epoch.group(1));
    }
    if (!HAS_YEAR.matcher(s).find()) {
      return Optional.empty(); // no 4-digit year: not a date we can place (and no exceptions thrown to find out)
    }
    Matcher isoMatch = ISO_STRICT.matcher(s);
    if (isoMatch.matches()) {
      Optional<OffsetDateTime> iso = iso(isoMatch);
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

  /**
   * Epoch seconds or milliseconds by digit count, the rule the feeds share ({@link EpochTime}); 8-digit values are
   * left to the readers (20251125 is a date).
   */
  private static Optional<OffsetDateTime> epoch(String digits) {
    return sane(EpochTime.fromDigits(digits).map(t -> t.atOffset(ZoneOffset.UTC)));
  }

  /** ISO-8601 from the regex groups directly: the hot path for JSON-LD and meta dates, no formatter needed. */
  private static Optional<OffsetDateTime> iso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(4) != null) {
        int nanos = 0;
        if (m.group(7) != null) {
          String f = (m.group(7) + "000000000").substring(0, 9);
          nanos = Integer.parseInt(f);
        }
        time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
      }
      ZoneOffset offset = ZoneOffset.UTC;
      if (m.group(9) != null) {
        int sign = m.group(9).equals("-") ? -1 : 1;
        int hh = Integer.parseInt(m.group(10));
        int mm = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
        offset = ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
      }
      return sane(Optional.of(OffsetDateTime.of(date, time, offset)));
    } catch (DateTimeException e) {
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
        offset = zone(rest.substring(t.end()), s, date.atTime(time)).orElse(ZoneOffset.UTC);
      }
    } else if ((t = HOUR_12.matcher(rest)).find()) {
      // "Nov 24th, 2025 8 PM EST": a 12-hour time without minutes is still the hour, not midnight
      int h = Integer.parseInt(t.group(1));
      if (h >= 1 && h <= 12) {
        time = LocalTime.of(h % 12 + (t.group(2).startsWith("p") ? 12 : 0), 0);
        offset = zone(rest.substring(t.end()), s, date.atTime(time)).orElse(ZoneOffset.UTC);
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

  /**
   * The zone written after a time (and after a German "Uhr"): "Z", "+02:00", "+0200", "GMT+2", "EST", "MSK",
   * "MESZ" ...; a generic zone that has summer time ("ET", "PT": US Eastern / Pacific time) takes the offset its
   * region had at that local time. {@code after} is the lower-cased text after the time; {@code original} the
   * whole value as written, where a generic zone must stand in capitals ("9h57 et mis à jour" is French "and").
   */
  private static Optional<ZoneOffset> zone(String after, String original, LocalDateTime local) {
    String s = UHR.matcher(after).replaceFirst("").strip();
    Matcher m = ZONE.matcher(s);
    if (!m.lookingAt() || m.end() == 0) {
      return Optional.empty();
    }
    int seconds = 0;
    boolean any = false;
    if (m.group(1) != null) {
      Integer abbr = MonthNames.zoneOffsetSeconds(m.group(1));
      ZoneId region = abbr == null ? MonthNames.zoneRegion(m.group(1)) : null;
      if (region != null && capitalZoneWord(original, m.group(1))) {
        abbr = region.getRules().getOffset(local).getTotalSeconds();
      }
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

  /** Whether {@code lowerWord} stands as a word in capitals in the value as written ("ET", not "et" or "Et"). */
  private static boolean capitalZoneWord(String original, String lowerWord) {
    String upper = lowerWord.toUpperCase(Locale.ROOT);
    for (int i = original.indexOf(upper); i >= 0; i = original.indexOf(upper, i + 1)) {
      int end = i + upper.length();
      if ((i == 0 || !Character.isLetter(original.charAt(i - 1)))
          && (end == original.length() || !Character.isLetter(original.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<OffsetDateTime> sane(Optional<OffsetDateTime> t) {
    return t.filter(o -> o.getYear() >= 1990 && o.getYear() <= 2100);
  }
}
