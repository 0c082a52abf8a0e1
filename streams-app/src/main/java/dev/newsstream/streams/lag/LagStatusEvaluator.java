package dev.newsstream.streams.lag;

import java.util.List;

/**
 * Burrow's consumer lag evaluation rules, applied to a sliding window of our own periodic observations of one
 * partition (oldest first) instead of to the consumer's commit stream. Pure: no clock, no Kafka.
 *
 * <ol>
 *   <li>If the lag is zero now or anywhere in the window, the partition is OK.</li>
 *   <li>If the committed offset ever decreases in the window, it is a rewind: ERR.</li>
 *   <li>Burrow calls a partition stopped when the consumer stopped committing (judged from commit timestamps).
 *       We poll, so we ask the broker instead: no active member in the group and lag: STOP.</li>
 *   <li>If the committed offset does not move across the window (at least two observations) while there is lag:
 *       STALL.</li>
 *   <li>If the offsets advance but the lag never decreases from one observation to the next: WARN.</li>
 * </ol>
 */
public final class LagStatusEvaluator {
  private LagStatusEvaluator() {}

  public static LagStatus evaluate(List<Observation> window, boolean groupActive) {
    if (window.isEmpty()) {
      return LagStatus.OK;
    }
    for (Observation o : window) {
      if (o.lag() == 0) {
        return LagStatus.OK;
      }
    }
    for (int i = 1; i < window.size(); i++) {
      if (window.get(i).committedOffset() < window.get(i - 1).committedOffset()) {
        return LagStatus.ERR;
      }
    }
    if (!groupActive) {
      return LagStatus.STOP;
    }
    if (window.size() < 2) {
      return LagStatus.OK; // One look at an active consumer with lag says nothing about its progress yet.
    }
    if (window.get(0).committedOffset() == window.get(window.size() - 1).committedOffset()) {
      return LagStatus.STALL;
    }
    for (int i = 1; i < window.size(); i++) {
      if (window.get(i).lag() < window.get(i - 1).lag()) {
        return LagStatus.OK;
      }
    }
    return LagStatus.WARN;
  }
}
