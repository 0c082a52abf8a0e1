package dev.newsstream.streams.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Band keys are spread over a fixed number of shards (one partition, i.e. one task, each): a band key always
 * maps to the same shard, so all articles sharing it meet in one task. An article sends one probe per shard its
 * bands fall into (at most {@code shards}) instead of one per band, and gets one reply per probe; that is what
 * cuts the records per page through the repartition topics (20 bands, 2 shards: 2 probes + 2 replies, not 20 + 20).
 */
public final class BandShards {
  private BandShards() {}

  /** The shard of a band key: murmur2, as Kafka's own key partitioning. */
  public static int of(String bandKey, int shards) {
    return Utils.toPositive(Utils.murmur2(bandKey.getBytes(StandardCharsets.UTF_8))) % shards;
  }

  /** Probes are keyed by their shard number; the shard is the partition. */
  static <V> StreamPartitioner<String, V> partitioner() {
    return (topic, key, value, partitions) -> Optional.of(Set.of(Integer.parseInt(key) % partitions));
  }
}
