package dev.newsstream.streams.lag;

import java.util.List;

/**
 * What one probe of the cluster saw for one group at {@code atMs}: its state, and per partition with a committed
 * offset the committed and end offsets and, when lagging, the timestamp of the oldest unconsumed record.
 * {@code error} is set instead when the group could not be read.
 */
public record GroupSnapshot(String group, String state, boolean active, long atMs, List<Partition> partitions,
    String error) {

  public record Partition(String topic, int partition, long committedOffset, long endOffset,
      Long oldestUnconsumedTimestampMs) {}

  public static GroupSnapshot failed(String group, long atMs, String error) {
    return new GroupSnapshot(group, "UNKNOWN", false, atMs, List.of(), error);
  }
}
