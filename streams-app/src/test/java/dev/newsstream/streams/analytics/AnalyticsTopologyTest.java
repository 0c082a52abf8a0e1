package dev.newsstream.streams.analytics;

import static dev.newsstream.streams.analytics.AnalyticsFixtures.article;
import static dev.newsstream.streams.analytics.AnalyticsFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.StoryReach;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics sub-topology alone (TopologyTestDriver), fed as ArticleTopology feeds it: what reached the clean
 * topic (articles, tombstones) and the duplicate notices, keyed by article id.
 */
class AnalyticsTopologyTest {
  private static final long H15 = Instant.parse("2026-12-06T15:00:00Z").toEpochMilli();
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> clean;
  private TestInputTopic<String, DuplicateNotice> notices;
  private TestOutputTopic<String, EntityTrend> trendsTopic;
  private TestOutputTopic<String, StoryReach> storiesTopic;
  private WindowStore<String, EntityContributions.Counts> hourly;
  private KeyValueStore<String, StoryReach> stories;
  private final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());

  @BeforeEach
  void setUp() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "enrich.enabled", "false", "analytics.grace", "PT2H"));
    EventSerdes serdes = EventSerdes.plainAvro();
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, Article> in = builder.stream("in.clean", Consumed.with(Serdes.String(), serdes.article()));
    KStream<String, DuplicateNotice> dup = builder.stream("in.notices", Consumed.with(Serdes.String(), serdes.duplicate()));
    AnalyticsTopology.attach(builder, in, dup, cfg, serdes, metrics);
    driver = new TopologyTestDriver(builder.build(), cfg.streamsProperties());
    clean = driver.createInputTopic("in.clean", new StringSerializer(), serdes.article().serializer());
    notices = driver.createInputTopic("in.notices", new StringSerializer(), serdes.duplicate().serializer());
    trendsTopic = driver.createOutputTopic(cfg.analytics().trendsTopic(), new StringDeserializer(),
        serdes.entityTrend().deserializer());
    storiesTopic = driver.createOutputTopic(cfg.analytics().storiesTopic(), new StringDeserializer(),
        serdes.storyReach().deserializer());
    hourly = driver.getWindowStore(AnalyticsStores.trends(cfg.analytics().windows().get(0)));
    stories = driver.getKeyValueStore(AnalyticsStores.STORIES);
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  /** The compacted topic's final state: latest value per key, tombstones removing it. */
  private Map<String, EntityTrend> compacted() {
    Map<String, EntityTrend> out = new HashMap<>();
    trendsTopic.readKeyValuesToList().forEach(kv -> {
      if (kv.value == null) {
        out.remove(kv.key);
      } else {
        out.put(kv.key, kv.value);
      }
    });
    return out;
  }

  @Test
  void anUpdateReplacesItsContributionAndATombstoneRemovesIt() {
    clean.pipeInput("a", article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2", "LOCATION:Geneva:1"));
    clean.pipeInput("b", article("b", 1, "2026-12-06T15:40:00Z", "PERSON:Kaja Kallas:3"));
    assertThat(hourly.fetch("PERSON|Kaja Kallas", H15)).extracting(EntityContributions.Counts::articles, EntityContributions.Counts::mentions)
        .containsExactly(2, 5);
    // The re-crawl of 'a' no longer names Geneva and names Kaja Kallas 4 times: it replaces, it does not add.
    clean.pipeInput("a", article("a", 2, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:4"));
    clean.pipeInput("a", article("a", 2, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:4"));
    assertThat(hourly.fetch("PERSON|Kaja Kallas", H15)).extracting(EntityContributions.Counts::articles, EntityContributions.Counts::mentions)
        .containsExactly(2, 7);
    assertThat(hourly.fetch("LOCATION|Geneva", H15)).isNull();
    Map<String, EntityTrend> topic = compacted();
    assertThat(topic).containsOnlyKeys("1h|2026-12-06T15:00:00Z|PERSON|Kaja Kallas",
        "1d|2026-12-06T00:00:00Z|PERSON|Kaja Kallas");
    assertThat(topic.get("1d|2026-12-06T00:00:00Z|PERSON|Kaja Kallas").getMentions()).isEqualTo(7);
    // 'b' withdrawn from the clean topic (dedup found an earlier original): its contribution goes.
    clean.pipeInput("b", (Article) null);
    assertThat(hourly.fetch("PERSON|Kaja Kallas", H15)).extracting(EntityContributions.Counts::articles, EntityContributions.Counts::mentions)
        .containsExactly(1, 4);
  }

  @Test
  void aDuplicateNoticeCountsNothingButJoinsTheOriginalsStory() {
    clean.pipeInput("orig", article("orig", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2"));
    notices.pipeInput("copy", notice("copy", DuplicateKind.NEAR_DUPLICATE, "orig", null, "2026-12-06T15:50:00Z"));
    assertThat(hourly.fetch("PERSON|Kaja Kallas", H15).articles()).isEqualTo(1);
    StoryReach s = stories.get("orig");
    assertThat(s.getCopies()).hasSize(1);
    assertThat(Stories.spreadSeconds(s)).isEqualTo(30 * 60);
    var out = storiesTopic.readKeyValuesToList();
    assertThat(out).as("a story without copies is kept in the store, not sent").hasSize(1);
    assertThat(out.get(0).key).isEqualTo("orig");
    // A correction moves the copy away: the story loses its last copy, a tombstone follows on the topic.
    notices.pipeInput("copy", notice("copy", DuplicateKind.NEAR_DUPLICATE, "earlier", null, "2026-12-06T15:50:00Z"));
    assertThat(stories.get("orig").getCopies()).isEmpty();
    assertThat(stories.get("earlier").getCopies()).hasSize(1);
    var after = storiesTopic.readKeyValuesToList();
    assertThat(after).extracting(kv -> kv.key).containsExactlyInAnyOrder("orig", "earlier");
    assertThat(after.stream().filter(kv -> kv.key.equals("orig")).findFirst().orElseThrow().value).isNull();
  }

  @Test
  void aCopyThatGoesOutCleanLeavesTheOriginalsStory() {
    clean.pipeInput("orig", article("orig", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2"));
    notices.pipeInput("copy", notice("copy", DuplicateKind.SAME_CONTENT, "orig", null, "2026-12-06T15:50:00Z"));
    assertThat(stories.get("orig").getCopies()).hasSize(1);
    // The copy's URL later carries new text: version 2 goes out clean, it is no longer anyone's copy.
    clean.pipeInput("copy", article("copy", 2, "2026-12-06T16:10:00Z", "PERSON:Kaja Kallas:1"));
    assertThat(stories.get("orig").getCopies()).isEmpty();
    assertThat(storiesTopic.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value == null)
        .endsWith(org.assertj.core.groups.Tuple.tuple("orig", true));
  }

  @Test
  void outputRecordsKeepTheInputTimestampNotAFuturePublicationTime() {
    Instant ingested = Instant.parse("2026-12-06T19:00:00Z");
    // A page claiming a publication next year: not believed after its fetch (18:00, OrderTime), and never a record
    // timestamp (the broker refuses timestamps far in the future).
    clean.pipeInput("a", article("a", 1, "2027-06-01T12:00:00Z", "PERSON:Kaja Kallas:1"), ingested);
    var out = trendsTopic.readRecordsToList();
    assertThat(out).hasSize(2);
    assertThat(out).allSatisfy(r -> assertThat(r.getRecordTime()).isEqualTo(ingested));
    assertThat(out).extracting(r -> r.key()).containsExactlyInAnyOrder("1h|2026-12-06T18:00:00Z|PERSON|Kaja Kallas",
        "1d|2026-12-06T00:00:00Z|PERSON|Kaja Kallas");
  }

  @Test
  void aChangeForAWindowClosedLongerThanTheGraceIsDropped() {
    clean.pipeInput("a", article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2"));
    // Stream time (article time) moves to 18:30; the 15:00 hour closed at 16:00, grace 2 h: closed for good at 18:00.
    clean.pipeInput("b", article("b", 1, "2026-12-06T18:30:00Z", "PERSON:Kaja Kallas:1"));
    clean.pipeInput("c", article("c", 1, "2026-12-06T15:30:00Z", "PERSON:Kaja Kallas:9"));
    assertThat(hourly.fetch("PERSON|Kaja Kallas", H15).articles()).as("late article not counted in 1h").isEqualTo(1);
    assertThat(metrics.lateTrendChanges()).as("its one 1h change dropped, counted").isEqualTo(1.0);
    assertThat(metrics.registry().get("newsstream.analytics.late.changes").counter().count()).isEqualTo(1.0);
    EntityContributions.Counts day = driver.<String, EntityContributions.Counts>getWindowStore("analytics-trends-1d")
        .fetch("PERSON|Kaja Kallas", Instant.parse("2026-12-06T00:00:00Z").toEpochMilli());
    assertThat(day.articles()).as("the day is still open").isEqualTo(3);
  }
}
