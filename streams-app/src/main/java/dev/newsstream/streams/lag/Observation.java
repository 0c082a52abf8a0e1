package dev.newsstream.streams.lag;

/**
 * One look at one partition of a group: when we looked, the group's committed offset and the partition's end
 * offset (high watermark). Lag in records is their difference, as Burrow and kafka-consumer-groups count it.
 */
public record Observation(long atMs, long committedOffset, long endOffset) {
  public long lag() {
    return Math.max(0, endOffset - committedOffset);
  }
}
