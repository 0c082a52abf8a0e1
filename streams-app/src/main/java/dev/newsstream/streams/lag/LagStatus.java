package dev.newsstream.streams.lag;

import java.util.Locale;

/**
 * Health of a consumer group or partition, Burrow-style, in increasing severity. Burrow folds its partition
 * statuses STOP, STALL and REWIND into ERR for the group; we keep STALL and STOP visible at group level because
 * they call for different actions (restart a stuck consumer vs. start a dead one), and keep ERR for rewinds and
 * for groups we cannot evaluate at all (unknown group, no committed offsets, cluster unreachable).
 */
public enum LagStatus {
  /** Caught up at some point in the window, or making progress on its lag. */
  OK,
  /** Consuming, but the lag did not go down once in the window: the consumer is too slow. */
  WARN,
  /** Members are in the group but the committed offset did not move in the window while there is lag. */
  STALL,
  /** The group has no active member and there is lag: nothing is consuming. */
  STOP,
  /** The committed offset went backwards (rewind), or the group could not be evaluated. */
  ERR;

  public boolean atLeast(LagStatus other) {
    return compareTo(other) >= 0;
  }

  public static LagStatus worst(LagStatus a, LagStatus b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Parses a status name case-insensitively; clear error listing the choices otherwise. */
  public static LagStatus parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + name + "': expected one of OK, WARN, STALL, STOP, ERR");
    }
  }
}
