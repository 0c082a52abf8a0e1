package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.EntityCount;
import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.WindowChange;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The batches per shard carry exactly the per-entity changes, each entity in its own shard only. */
class EntityShardsTest {
  private static final List<TrendWindow> WINDOWS =
      List.of(new TrendWindow("1h", Duration.ofHours(1)), new TrendWindow("1d", Duration.ofDays(1)));
  private static final String[] TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

  /** A random contribution: up to 40 entities out of 60 names, 1-9 mentions each, at a time within two days. */
  static ArticleEntities randomContribution(Random r) {
    if (r.nextInt(6) == 0) {
      return null;
    }
    Map<String, EntityCount> byKey = new java.util.TreeMap<>();
    int n = 1 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      String type = TYPES[r.nextInt(TYPES.length)];
      String name = "Name " + r.nextInt(60);
      byKey.put(TrendKey.entityKey(type, name), new EntityCount(name, type, 1 + r.nextInt(9)));
    }
    long time = Instant.parse("2026-12-06T00:00:00Z").toEpochMilli() + (long) r.nextInt(48 * 60) * 60_000L;
    return new ArticleEntities(Instant.ofEpochMilli(time), new ArrayList<>(byKey.values()));
  }

  @Property(tries = 300)
  void batchesCarryEveryPerEntityChangeOnceInTheEntitysOwnShard(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 7) int shards) {
    Random r = new Random(seed);
    ArticleEntities before = randomContribution(r);
    ArticleEntities after = r.nextInt(5) == 0 ? before : randomContribution(r);
    Map<TrendKey, EntityContributions.Counts> delta = EntityContributions.delta(before, after, WINDOWS);
    Map<Integer, EntityDeltas> batches = EntityShards.batches(delta, 1234L, shards);

    Map<TrendKey, EntityContributions.Counts> unbatched = new HashMap<>();
    Set<String> entities = new HashSet<>();
    batches.forEach((shard, batch) -> {
      assertThat(shard).isBetween(0, shards - 1);
      assertThat(batch.getTime()).isEqualTo(1234L);
      assertThat(batch.getEntities()).as("no empty batch").isNotEmpty();
      for (EntityDelta d : batch.getEntities()) {
        String key = TrendKey.entityKey(d.getType(), d.getName());
        assertThat(EntityShards.of(key, shards)).as("%s routed to its own shard", key).isEqualTo(shard);
        assertThat(entities.add(key)).as("%s listed once", key).isTrue();
        for (WindowChange c : d.getChanges()) {
          EntityContributions.Counts prev = unbatched.put(
              new TrendKey(c.getWindow(), c.getWindowStart(), d.getType(), d.getName()),
              new EntityContributions.Counts(c.getArticles(), c.getMentions()));
          assertThat(prev).as("one change per entity and window").isNull();
        }
      }
    });
    assertThat(unbatched).isEqualTo(delta);
    assertThat(batches.size()).isLessThanOrEqualTo(shards);
  }

  /** The per-entity path (same time, new, withdrawn) gives exactly the batches of the per-entity-and-window delta. */
  @Property(tries = 300)
  void batchesFromTheContributionsEqualBatchesOfTheDelta(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 7) int shards) {
    Random r = new Random(seed);
    ArticleEntities before = randomContribution(r);
    ArticleEntities after = switch (r.nextInt(4)) {
      case 0 -> before; // redelivery
      case 1 -> randomContribution(r); // usually another time: the general path
      default -> { // a re-crawl at the same time (or a new article, or a withdrawal)
        ArticleEntities other = randomContribution(r);
        yield other == null || before == null ? other : new ArticleEntities(before.getTime(), other.getEntities());
      }
    };
    long time = (after != null ? after : before) == null ? 0L : (after != null ? after : before).getTime().toEpochMilli();
    assertThat(EntityShards.batches(before, after, WINDOWS, shards))
        .isEqualTo(EntityShards.batches(EntityContributions.delta(before, after, WINDOWS), time, shards));
  }

  @Test
  void anEntityAlwaysHasTheSameShardAndShardsSpreadEntities() {
    int[] perShard = new int[3];
    for (int i = 0; i < 3000; i++) {
      String key = "PERSON|Name " + i;
      int s = EntityShards.of(key, 3);
      assertThat(EntityShards.of(key, 3)).isEqualTo(s);
      perShard[s]++;
    }
    for (int n : perShard) {
      assertThat(n).isBetween(800, 1200);
    }
    assertThat(EntityShards.of("PERSON|Kaja Kallas", 1)).isZero();
  }

  @Test
  void noChangeNoBatch() {
    Random r = new Random(7);
    ArticleEntities same = null;
    while (same == null) {
      same = randomContribution(r);
    }
    assertThat(EntityShards.batches(EntityContributions.delta(null, same, WINDOWS), 0L, 2)).as("control").isNotEmpty();
    assertThat(EntityShards.batches(EntityContributions.delta(same, same, WINDOWS), 0L, 2)).as("redelivery").isEmpty();
    assertThat(EntityShards.batches(EntityContributions.delta(null, null, WINDOWS), 0L, 2)).isEmpty();
  }

  @Test
  void theKeyIsTheShardAndThePartitionerSendsItThere() {
    var p = EntityShards.<EntityDeltas>partitioner();
    assertThat(p.partitions("t", "0", null, 2)).contains(Set.of(0));
    assertThat(p.partitions("t", "1", null, 2)).contains(Set.of(1));
  }
}
