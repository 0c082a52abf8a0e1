package dev.newsstream.streams.lag;

import dev.newsstream.streams.lag.GroupLag.PartitionLag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Keeps a sliding window of observations per group and partition and turns each new snapshot into a
 * {@link GroupLag}: lag in records, lag in seconds and Burrow-style statuses. Pure: snapshots in, results out.
 */
public final class LagTracker {
  /** Longest history kept for interpolating seconds; the status window is its most recent part. */
  private static final int HISTORY = 360;
  private final int window;
  private final Map<String, Map<String, Deque<Observation>>> history = new HashMap<>();

  /** @param window observations per partition that Burrow's rules look at (Burrow's default is 10). */
  public LagTracker(int window) {
    if (window < 1 || window > HISTORY) {
      throw new IllegalArgumentException("window must be between 1 and " + HISTORY + ", got " + window);
    }
    this.window = window;
  }

  public GroupLag record(GroupSnapshot snap) {
    if (snap.error() != null) {
      history.remove(snap.group());
      return new GroupLag(snap.group(), snap.state(), LagStatus.ERR, snap.error(), snap.atMs(), List.of());
    }
    if (snap.partitions().isEmpty()) {
      history.remove(snap.group());
      return new GroupLag(snap.group(), snap.state(), LagStatus.ERR,
          "group has no committed offsets (unknown group, or it never committed)", snap.atMs(), List.of());
    }
    Map<String, Deque<Observation>> byPartition = history.computeIfAbsent(snap.group(), g -> new HashMap<>());
    Set<String> seen = new HashSet<>();
    List<PartitionLag> out = new ArrayList<>();
    LagStatus worst = LagStatus.OK;
    for (GroupSnapshot.Partition p : snap.partitions()) {
      String key = p.topic() + "-" + p.partition();
      seen.add(key);
      Deque<Observation> past = byPartition.computeIfAbsent(key, k -> new ArrayDeque<>());
      Observation now = new Observation(snap.atMs(), p.committedOffset(), p.endOffset());
      past.addLast(now);
      while (past.size() > HISTORY) {
        past.removeFirst();
      }
      List<Observation> all = List.copyOf(past);
      LagStatus status = LagStatusEvaluator.evaluate(all.subList(Math.max(0, all.size() - window), all.size()),
          snap.active());
      worst = LagStatus.worst(worst, status);
      out.add(partitionLag(p, now, all, status));
    }
    byPartition.keySet().retainAll(seen);
    out.sort(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
    return new GroupLag(snap.group(), snap.state(), worst, null, snap.atMs(), List.copyOf(out));
  }

  private static PartitionLag partitionLag(GroupSnapshot.Partition p, Observation now, List<Observation> all,
      LagStatus status) {
    Double seconds;
    String source;
    if (now.lag() == 0) {
      seconds = 0.0;
      source = "caught-up";
    } else if (p.oldestUnconsumedTimestampMs() != null) {
      seconds = LagSecondsEstimator.fromRecordTimestamp(now.atMs(), p.oldestUnconsumedTimestampMs());
      source = "record";
    } else {
      OptionalDouble interpolated = LagSecondsEstimator.interpolate(all, p.committedOffset(), now.atMs());
      seconds = interpolated.isPresent() ? interpolated.getAsDouble() : null;
      source = interpolated.isPresent() ? "interpolated" : null;
    }
    return new PartitionLag(p.topic(), p.partition(), p.endOffset(), p.committedOffset(), now.lag(), seconds, source,
        status);
  }
}
