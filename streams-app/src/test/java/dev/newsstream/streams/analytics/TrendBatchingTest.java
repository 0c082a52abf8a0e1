package dev.newsstream.streams.analytics;

import static dev.newsstream.streams.analytics.AnalyticsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batched trends path (one repartition record per entity shard, cached window stores) against the per-entity
 * rule it replaced, on random pages: new articles, re-crawl updates that add, drop and re-weigh entities,
 * redeliveries and withdrawals. The window stores and the compacted topic's final state must equal the counts
 * obtained by adding each article version's per-entity difference one entity and window at a time, and a recount
 * of the articles still published.
 */
class TrendBatchingTest {
  private static final String[] TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};
  private static final long DAY0 = Instant.parse("2026-12-05T00:00:00Z").toEpochMilli();
  @TempDir Path stateDir;

  @ParameterizedTest(name = "seed {0}, {1} shard(s)")
  @CsvSource({"1,1", "2,2", "3,3", "4,2", "5,5", "6,2"})
  void batchedStoresAndTopicEqualThePerEntityFold(long seed, int shards) {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "enrich.enabled", "false", "analytics.grace", "P30D", "analytics.entity.shards", String.valueOf(shards)));
    List<TrendWindow> windows = cfg.analytics().windows();
    EventSerdes serdes = EventSerdes.plainAvro();
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, Article> in = builder.stream("in.clean", Consumed.with(Serdes.String(), serdes.article()));
    KStream<String, DuplicateNotice> dup = builder.stream("in.notices", Consumed.with(Serdes.String(), serdes.duplicate()));
    AnalyticsTopology.attach(builder, in, dup, cfg, serdes);

    Random r = new Random(seed);
    Map<String, ArticleEntities> published = new HashMap<>();
    Map<String, Article> last = new HashMap<>();
    Map<TrendKey, EntityContributions.Counts> perEntity = new HashMap<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), cfg.streamsProperties())) {
      TestInputTopic<String, Article> clean = driver.createInputTopic("in.clean", new StringSerializer(),
          serdes.article().serializer());
      var topic = driver.createOutputTopic(cfg.analytics().trendsTopic(), new StringDeserializer(),
          serdes.entityTrend().deserializer());
      for (int op = 0; op < 150; op++) {
        String id = "a" + r.nextInt(25);
        Article a = nextVersion(r, id, last.get(id));
        if (a != null) {
          last.put(id, a);
        }
        clean.pipeInput(id, a);
        // The rule the batching must keep: the difference, added per entity and window.
        ArticleEntities after = EntityContributions.of(a);
        EntityContributions.delta(published.get(id), after, windows).forEach((k, c) ->
            perEntity.compute(k, (key, cur) -> EntityContributions.add(cur, c)));
        if (after == null) {
          published.remove(id);
        } else {
          published.put(id, after);
        }
      }
      Map<TrendKey, EntityContributions.Counts> recount = new HashMap<>();
      published.values().forEach(c -> EntityContributions.counts(c, windows).forEach((k, n) ->
          recount.compute(k, (key, cur) -> EntityContributions.add(cur, n))));
      assertThat(perEntity).as("the per-entity fold is a recount").isEqualTo(recount);
      assertThat(perEntity.size()).as("the random pages name many entities").isGreaterThan(100);

      Map<TrendKey, EntityContributions.Counts> stores = new HashMap<>();
      for (TrendWindow w : windows) {
        WindowStore<String, EntityContributions.Counts> store = driver.getWindowStore(AnalyticsStores.trends(w));
        try (KeyValueIterator<Windowed<String>, EntityContributions.Counts> it = store.all()) {
          while (it.hasNext()) {
            KeyValue<Windowed<String>, EntityContributions.Counts> kv = it.next();
            EntityTrend t = CountsSerde.trend(w, kv.key.window().start(), kv.key.key(), kv.value);
            stores.put(new TrendKey(w.label(), t.getWindowStart().toEpochMilli(), t.getType(), t.getName()), kv.value);
          }
        }
      }
      assertThat(stores).isEqualTo(perEntity);

      Map<String, EntityContributions.Counts> compacted = new HashMap<>();
      topic.readKeyValuesToList().forEach(kv -> {
        if (kv.value == null) {
          compacted.remove(kv.key);
        } else {
          compacted.put(kv.key, new EntityContributions.Counts(kv.value.getArticles(), kv.value.getMentions()));
        }
      });
      Map<String, EntityContributions.Counts> expected = new HashMap<>();
      perEntity.forEach((k, c) -> expected.put(k.topicKey(), c));
      assertThat(compacted).isEqualTo(expected);
    }
  }

  /**
   * The next record for {@code id}: a withdrawal (null) now and then, a redelivery of the same version, or a new
   * version keeping some of the previous entities (re-weighed) and adding others, at a time within two days.
   */
  private static Article nextVersion(Random r, String id, Article previous) {
    int roll = r.nextInt(10);
    if (previous != null && roll == 0) {
      return null;
    }
    if (previous != null && roll == 1) {
      return previous;
    }
    List<String> entities = new ArrayList<>();
    if (previous != null) {
      previous.getEntities().stream().filter(e -> r.nextBoolean())
          .forEach(e -> entities.add(e.getType() + ":" + e.getCanonical() + ":" + (1 + r.nextInt(5))));
    }
    int more = r.nextInt(12);
    for (int i = 0; i < more; i++) {
      entities.add(TYPES[r.nextInt(TYPES.length)] + ":Name " + r.nextInt(40) + ":" + (1 + r.nextInt(5)));
    }
    // Before the fixtures' fetch time (2026-12-06T18:00Z), so the published time is believed.
    Instant time = Instant.ofEpochMilli(DAY0 + (long) r.nextInt(42 * 60) * 60_000L);
    int version = previous == null ? 1 : previous.getVersion() + 1;
    // Updates keep the article's time most of the time, and sometimes move it to another hour or day.
    if (previous != null && r.nextInt(3) > 0) {
      time = previous.getPublishedAt();
    }
    return article(id, version, time.toString(), entities.toArray(String[]::new));
  }
}
