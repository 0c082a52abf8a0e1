package dev.newsstream.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bare numbers as times, the one rule shared by the page parser (dates in JSON-LD, meta content, time attributes)
 * and the feeds ({@code fetchedAt} in JSON lines): 9-10 digits are Unix epoch seconds, 12-13 digits epoch
 * milliseconds (UTC). Any other length is not read as a time: 8 digits are more likely a date (20251125), and
 * 11 or 14+ digits fit neither unit within 1973-2286. Seconds and milliseconds cannot be confused in that range:
 * 10 digits of milliseconds would be January 1970.
 */
public final class EpochTime {
  /** Earliest plausible crawl or publication time: no web page of interest is older. */
  public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
  /** How far ahead of now a crawl time may be (clock skew between a crawler and us, zones written wrong). */
  public static final Duration MAX_AHEAD = Duration.ofDays(1);

  private EpochTime() {}

  /** {@code digits} (ASCII digits only, no sign) as seconds or milliseconds by count; empty for other lengths. */
  public static Optional<Instant> fromDigits(String digits) {
    if (digits == null || digits.isEmpty() || digits.length() > 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    long v = Long.parseLong(digits);
    return switch (digits.length()) {
      case 9, 10 -> Optional.of(Instant.ofEpochSecond(v));
      case 12, 13 -> Optional.of(Instant.ofEpochMilli(v));
      default -> Optional.empty();
    };
  }

  /** A JSON/CSV number as seconds or milliseconds by its digit count (see the class); empty when negative. */
  public static Optional<Instant> fromNumber(long value) {
    return value < 0 ? Optional.empty() : fromDigits(Long.toString(value));
  }

  /**
   * Why {@code t} cannot be a crawl time seen at {@code now}, or empty when it can: before {@link #EARLIEST}, or
   * more than {@link #MAX_AHEAD} after {@code now}.
   */
  public static Optional<String> implausibleCrawlTime(Instant t, Instant now) {
    if (t.isBefore(EARLIEST)) {
      return Optional.of(t + " is before 1990");
    }
    if (t.isAfter(now.plus(MAX_AHEAD))) {
      return Optional.of(t + " is more than a day ahead of now (" + now + ")");
    }
    return Optional.empty();
  }
}
