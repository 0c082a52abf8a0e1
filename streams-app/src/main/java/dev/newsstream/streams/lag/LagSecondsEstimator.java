package dev.newsstream.streams.lag;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Lag in seconds: how long ago the oldest record the group has not consumed was written. Two estimates:
 * <ul>
 *   <li>from that record's own timestamp (exact when the topic uses LogAppendTime or producers stamp "now");</li>
 *   <li>by interpolation over our history of end offsets: when did the end offset pass the committed offset?
 *       (no record read needed; what kafka-lag-exporter does).</li>
 * </ul>
 */
public final class LagSecondsEstimator {
  private LagSecondsEstimator() {}

  /** Seconds since {@code oldestUnconsumedTimestampMs}; never negative (clock skew between hosts). */
  public static double fromRecordTimestamp(long nowMs, long oldestUnconsumedTimestampMs) {
    return Math.max(0, nowMs - oldestUnconsumedTimestampMs) / 1000.0;
  }

  /**
   * Interpolates the time at which the partition's end offset passed {@code committedOffset} from observations
   * (oldest first) and returns the seconds from then to {@code nowMs}. Empty when the history does not reach back
   * to a time when the end offset was at or below the committed offset.
   */
  public static OptionalDouble interpolate(List<Observation> history, long committedOffset, long nowMs) {
    if (history.isEmpty()) {
      return OptionalDouble.empty();
    }
    Observation last = history.get(history.size() - 1);
    if (last.endOffset() <= committedOffset) {
      return OptionalDouble.of(0);
    }
    for (int i = history.size() - 1; i > 0; i--) {
      Observation before = history.get(i - 1);
      Observation after = history.get(i);
      if (before.endOffset() <= committedOffset && after.endOffset() > committedOffset) {
        // Records arrived between the two looks; assume a steady rate in between.
        double fraction = (double) (committedOffset - before.endOffset()) / (after.endOffset() - before.endOffset());
        double passedAtMs = before.atMs() + fraction * (after.atMs() - before.atMs());
        return OptionalDouble.of(Math.max(0, nowMs - passedAtMs) / 1000.0);
      }
    }
    return OptionalDouble.empty();
  }
}
