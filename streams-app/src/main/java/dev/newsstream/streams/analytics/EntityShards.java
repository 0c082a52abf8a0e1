package dev.newsstream.streams.analytics;

import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.EntityCount;
import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.WindowChange;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
   * The batches for replacing contribution {@code before} (null: none) with {@code after} (null: withdrawn), equal to
   * {@code batches(EntityContributions.delta(before, after, windows), time, shards)} with {@code time} the time of
   * {@code after}, else of {@code before}. When both are at the same time (or one is null) every window size gets the
   * same change per entity, so the difference is taken once per entity, not per entity and window: this is the
   * path of every new article and most re-crawls. Empty when nothing changes.
   */
  static Map<Integer, EntityDeltas> batches(ArticleEntities before, ArticleEntities after, List<TrendWindow> windows,
      int shards) {
    if (before == null && after == null) {
      return Map.of();
    }
    long time = (after != null ? after : before).getTime().toEpochMilli();
    if (before != null && after != null && !before.getTime().equals(after.getTime())) {
      return batches(EntityContributions.delta(before, after, windows), time, shards);
    }
    Map<String, EntityChange> byEntity = new TreeMap<>();
    addAll(byEntity, after, 1);
    addAll(byEntity, before, -1);
    List<TrendWindow> byLabel = new ArrayList<>(windows);
    byLabel.sort(Comparator.comparing(TrendWindow::label));
    Map<Integer, EntityDeltas> out = new TreeMap<>();
    byEntity.forEach((key, c) -> {
      if (c.articles == 0 && c.mentions == 0) {
        return;
      }
      List<WindowChange> changes = new ArrayList<>(byLabel.size());
      for (TrendWindow w : byLabel) {
        changes.add(new WindowChange(w.label(), w.startOf(time), c.articles, c.mentions));
      }
      out.computeIfAbsent(of(key, shards), s -> new EntityDeltas(time, new ArrayList<>()))
          .getEntities().add(new EntityDelta(c.entity.getName(), c.entity.getType(), changes));
    });
    return out;
  }

  /** One entity's change of counts, summed over the two contributions. */
  private static final class EntityChange {
    final EntityCount entity;
    int articles;
    int mentions;

    EntityChange(EntityCount entity) {
      this.entity = entity;
    }
  }

  private static void addAll(Map<String, EntityChange> byEntity, ArticleEntities contribution, int sign) {
    if (contribution == null) {
      return;
    }
    for (EntityCount e : contribution.getEntities()) {
      EntityChange c = byEntity.computeIfAbsent(TrendKey.entityKey(e.getType(), e.getName()), k -> new EntityChange(e));
      c.articles += sign;
      c.mentions += sign * e.getMentions();
    }
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
