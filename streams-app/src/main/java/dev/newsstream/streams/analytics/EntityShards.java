package dev.newsstream.streams.analytics;

import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.WindowChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Entity counts are spread over a fixed number of shards (one partition of the repartition topic, i.e. one task,
 * each): an entity key always maps to the same shard, so all changes to one entity meet in one task's window
 * stores. An article version sends one record per shard its entities fall into (at most {@code shards}) instead
 * of one per entity: each repartition record costs a produce, a consume, a deserialisation and a pass through
 * the task's processing loop, whatever its size.
 */
final class EntityShards {
  private static final Comparator<WindowChange> CHANGE_ORDER =
      Comparator.comparing(WindowChange::getWindow).thenComparingLong(WindowChange::getWindowStart);

  private EntityShards() {}

  /** The shard of an entity key (TYPE|NAME): murmur2, as Kafka's own key partitioning. */
  static int of(String entityKey, int shards) {
    return Utils.toPositive(Utils.murmur2(entityKey.getBytes(StandardCharsets.UTF_8))) % shards;
  }

  /** Batches are keyed by their shard number (decimal); the shard is the partition. */
  static <V> StreamPartitioner<String, V> partitioner() {
    return (topic, key, value, partitions) -> Optional.of(Set.of(Integer.parseInt(key) % partitions));
  }

  /**
   * {@code delta} (per entity and window, as {@link EntityContributions#delta}) grouped by shard: shard -> one
   * record with each entity of that shard once, entities in TYPE|NAME order, each with its changes in every window
   * (ordered by window label, then start). Empty when the delta is. {@code time}: the article's own time, epoch ms.
   */
  static Map<Integer, EntityDeltas> batches(Map<TrendKey, EntityContributions.Counts> delta, long time, int shards) {
    Map<String, EntityDelta> byEntity = new TreeMap<>();
    delta.forEach((k, c) -> byEntity.computeIfAbsent(k.entityKey(),
            key -> new EntityDelta(k.name(), k.type(), new ArrayList<>()))
        .getChanges().add(new WindowChange(k.window(), k.start(), c.articles(), c.mentions())));
    Map<Integer, EntityDeltas> out = new TreeMap<>();
    byEntity.forEach((key, d) -> {
      d.getChanges().sort(CHANGE_ORDER);
      out.computeIfAbsent(of(key, shards), s -> new EntityDeltas(time, new ArrayList<>())).getEntities().add(d);
    });
    return out;
  }
}
