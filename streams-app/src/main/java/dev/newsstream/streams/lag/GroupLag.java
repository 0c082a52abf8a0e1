package dev.newsstream.streams.lag;

import java.util.List;

/** The evaluated lag of one group at one moment: what the table, the JSON and the gauges show. */
public record GroupLag(String group, String state, LagStatus status, String error, long atMs,
    List<PartitionLag> partitions) {

  /** One partition: offsets, lag in records and seconds, and its own status. */
  public record PartitionLag(String topic, int partition, long endOffset, long committedOffset, long lag,
      Double lagSeconds, String lagSecondsSource, LagStatus status) {}

  public long totalLag() {
    return partitions.stream().mapToLong(PartitionLag::lag).sum();
  }

  /** Largest lag in seconds over the partitions; null when no partition has an estimate. */
  public Double maxLagSeconds() {
    return partitions.stream().map(PartitionLag::lagSeconds).filter(s -> s != null)
        .max(Double::compare).orElse(null);
  }
}
