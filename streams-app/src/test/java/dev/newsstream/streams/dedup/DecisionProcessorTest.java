package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deciding task alone: counts one reply per band, decides once, and never leaves a page without outcome. */
class DecisionProcessorTest {
  private static final int BANDS = 4;
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, DecisionInput> in;
  private final List<PageOutcome> out = new java.util.ArrayList<>();
  private final DedupSerdes serdes = new DedupSerdes(new AvroSerde<>(Article.class));

  @BeforeEach
  void start() {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<DecisionInput> inputs = serdes.decisionInput();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DecisionProcessor.STORE),
        Serdes.String(), DedupSerdes.pendingDecision()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DecisionProcessor.ARTICLES),
        Serdes.String(), serdes.pendingArticle()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DecisionProcessor.VERDICTS),
        Serdes.Bytes(), DedupSerdes.verdict()));
    builder.stream("in", Consumed.with(Serdes.String(), inputs))
        .process(() -> new DecisionProcessor(BANDS, Duration.ofDays(30)), DecisionProcessor.STORE,
            DecisionProcessor.ARTICLES, DecisionProcessor.VERDICTS)
        .foreach((id, outcome) -> out.add(outcome));
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "decision-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(builder.build(), p);
    in = driver.createInputTopic("in", Serdes.String().serializer(), inputs.serializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private static PendingArticle article(String id) {
    Article a = Article.newBuilder().setId(id).setVersion(1).setUrl("https://x.example/" + id)
        .setCanonicalUrl("https://x.example/" + id).setBody("body").setContentHash("h-" + id)
        .setIngestedAt(Instant.EPOCH).setParserVersion("test").build();
    return new PendingArticle(a, 1000);
  }

  /** A shard's reply for one band; the shard of band 0 is, in these tests, the one that checked the body. */
  private void reply(String key, int band, NearMatch... matches) {
    in.pipeInput(key.substring(0, key.indexOf('#')), DecisionInput.of(new BandReply(key, 1L << band, List.of(matches),
        null, band == 0)));
  }

  private void correct(String id, NearMatch original) {
    in.pipeInput(id, DecisionInput.of(new Correction(id, 1, original, false)));
  }

  private void allBands(String key) {
    for (int b = 0; b < BANDS; b++) {
      reply(key, b);
    }
  }

  @Test
  void decidesOnceAllBandsRepliedInAnyOrderAndPicksTheEarliestMatch() {
    reply("b#1", 2);
    reply("b#1", 0, new NearMatch("later", 900, 0.9));
    in.pipeInput("b", DecisionInput.of(article("b")));
    reply("b#1", 1, new NearMatch("first", 500, 0.6));
    assertThat(out).isEmpty();
    reply("b#1", 3);
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.duplicate().getKind()).isEqualTo(DuplicateKind.NEAR_DUPLICATE);
      assertThat(o.duplicate().getDuplicateOf()).isEqualTo("first");
      assertThat(o.duplicate().getSimilarity()).isEqualTo(0.6);
    });
  }

  @Test
  void aDecisionLeavesNothingPendingWhetherTheArticleOrAReplyCameLast() {
    allBands("a#1");
    in.pipeInput("a", DecisionInput.of(article("a")));
    in.pipeInput("b", DecisionInput.of(article("b")));
    allBands("b#1");
    in.pipeInput("c", DecisionInput.of(article("c")));
    reply("c#1", 0);
    assertThat(out).hasSize(2);
    org.apache.kafka.streams.state.KeyValueStore<String, Object> pending = driver.getKeyValueStore(DecisionProcessor.STORE);
    org.apache.kafka.streams.state.KeyValueStore<String, Object> articles =
        driver.getKeyValueStore(DecisionProcessor.ARTICLES);
    for (String key : List.of("a#1", "b#1")) {
      assertThat(pending.get(key)).as("pending " + key).isNull();
      assertThat(articles.get(key)).as("article " + key).isNull();
    }
    assertThat(pending.get("c#1")).as("still waiting for bands 1-3").isNotNull();
    assertThat(articles.get("c#1")).isNotNull();
    try (var all = articles.all()) {
      assertThat(all).toIterable().hasSize(1);
    }
  }

  @Test
  void aRedeliveredReplyIsNotCountedTwiceAndAnIncompleteDecisionIsMadeAfterTheTimeout() {
    in.pipeInput("c", DecisionInput.of(article("c")));
    reply("c#1", 0);
    reply("c#1", 1);
    reply("c#1", 1);
    reply("c#1", 1);
    assertThat(out).as("band 1 three times is still one band").isEmpty();
    driver.advanceWallClockTime(DecisionProcessor.STUCK_AFTER.plus(Duration.ofMinutes(2)));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.article().getId()).isEqualTo("c"));
    reply("c#1", 2);
    reply("c#1", 3);
    driver.advanceWallClockTime(DecisionProcessor.STUCK_AFTER.plus(Duration.ofMinutes(2)));
    assertThat(out).as("late replies without their article are dropped, not turned into outcomes").hasSize(1);
  }

  @Test
  void anArticleArrivingFirstWritesNoPendingDecisionAndIsStillDecidedOnceWhenNoReplyComes() {
    org.apache.kafka.streams.state.KeyValueStore<String, Object> pending = driver.getKeyValueStore(DecisionProcessor.STORE);
    org.apache.kafka.streams.state.KeyValueStore<String, Object> articles =
        driver.getKeyValueStore(DecisionProcessor.ARTICLES);
    in.pipeInput("d", DecisionInput.of(article("d")));
    assertThat(pending.get("d#1")).as("the article alone writes no pending decision").isNull();
    assertThat(articles.get("d#1")).isNotNull();
    driver.advanceWallClockTime(DecisionProcessor.STUCK_AFTER.minus(Duration.ofMinutes(2)));
    assertThat(out).as("not stuck yet").isEmpty();
    driver.advanceWallClockTime(Duration.ofMinutes(4));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.article().getId()).isEqualTo("d"));
    assertThat(articles.get("d#1")).isNull();
    driver.advanceWallClockTime(DecisionProcessor.STUCK_AFTER.plus(Duration.ofMinutes(2)));
    assertThat(out).as("decided once").hasSize(1);
  }

  @Test
  void theStuckTimeoutRunsFromTheArticlesArrivalWhenItsFirstReplyComesLater() {
    in.pipeInput("e", DecisionInput.of(article("e")));
    driver.advanceWallClockTime(DecisionProcessor.STUCK_AFTER.minus(Duration.ofMinutes(1)));
    reply("e#1", 0);
    assertThat(out).isEmpty();
    driver.advanceWallClockTime(Duration.ofMinutes(3));
    assertThat(out).as("stuck 5 minutes after the article, not after its first reply")
        .singleElement().satisfies(o -> assertThat(o.article().getId()).isEqualTo("e"));
  }

  @Test
  void aCorrectionBeforeTheDecisionIsOneMoreMatch() {
    in.pipeInput("d", DecisionInput.of(article("d")));
    correct("d", new NearMatch("earlier", 400, 0.8));
    allBands("d#1");
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.duplicate().getDuplicateOf()).isEqualTo("earlier");
      assertThat(o.duplicate().getRetractedVersion()).as("nothing was published").isNull();
    });
  }

  @Test
  void aCorrectionAfterACleanVerdictRetractsItOnceAndOnlyAnEarlierOriginalRepointsANotice() {
    in.pipeInput("e", DecisionInput.of(article("e")));
    allBands("e#1");
    assertThat(out).singleElement().satisfies(o -> assertThat(o.isArticle()).isTrue());
    correct("e", new NearMatch("orig", 700, 0.75));
    correct("e", new NearMatch("orig", 700, 0.75)); // the same original via another shared band
    assertThat(out).hasSize(2);
    assertThat(out.get(1).duplicate()).satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.NEAR_DUPLICATE);
      assertThat(d.getDuplicateOf()).isEqualTo("orig");
      assertThat(d.getRetractedVersion()).as("version 1 went out clean: withdraw it").isEqualTo(1);
      assertThat(d.getUrl()).isEqualTo("https://x.example/e");
    });
    correct("e", new NearMatch("later-one", 900, 0.95));
    assertThat(out).as("a later candidate does not replace the original").hasSize(2);
    correct("e", new NearMatch("earliest", 100, 0.7));
    assertThat(out).hasSize(3);
    assertThat(out.get(2).duplicate()).satisfies(d -> {
      assertThat(d.getDuplicateOf()).isEqualTo("earliest");
      assertThat(d.getRetractedVersion()).as("already withdrawn").isNull();
    });
  }

  @Test
  void aCorrectionNoticeCarriesTheCopysOwnTimeNotTheDetectionTime() {
    Instant published = Instant.parse("2025-11-25T09:00:00Z");
    Article dated = article("f").article();
    dated.setPublishedAt(published);
    dated.setFetchedAt(published.plusSeconds(3600));
    in.pipeInput("f", DecisionInput.of(new PendingArticle(dated, published.toEpochMilli())));
    allBands("f#1");
    in.pipeInput("g", DecisionInput.of(article("g")));
    allBands("g#1");
    correct("f", new NearMatch("orig", 700, 0.75));
    correct("g", new NearMatch("orig", 700, 0.75));
    assertThat(out).hasSize(4);
    assertThat(out.get(2).duplicate().getPageTime()).as("published before fetched: the order time")
        .isEqualTo(published);
    assertThat(out.get(3).duplicate().getPageTime()).as("a page stating no time has none").isNull();
  }

  @Test
  void theContentCheckIsAwaitedLikeABandAndASameContentOwnerOutranksNearMatches() {
    in.pipeInput("h", DecisionInput.of(article("h")));
    assertThat(driver.<String, PendingArticle>getKeyValueStore(DecisionProcessor.ARTICLES).get("h#1"))
        .as("the article waits apart from the replies").isNotNull();
    for (int b = 0; b < BANDS; b++) {
      in.pipeInput("h", DecisionInput.of(new BandReply("h#1", 1L << b, List.of(new NearMatch("near", 100, 0.9)))));
    }
    assertThat(out).as("every band answered, but not the body's shard").isEmpty();
    in.pipeInput("h", DecisionInput.of(new BandReply("h#1", 0L, List.of(), new NearMatch("owner", 500, 1.0), true)));
    assertThat(out).singleElement().satisfies(o -> {
      assertThat(o.duplicate().getKind()).as("the same body outranks a near match").isEqualTo(DuplicateKind.SAME_CONTENT);
      assertThat(o.duplicate().getDuplicateOf()).isEqualTo("owner");
      assertThat(o.duplicate().getSimilarity()).isEqualTo(1.0);
    });
    assertThat(driver.<String, PendingArticle>getKeyValueStore(DecisionProcessor.ARTICLES).get("h#1")).isNull();
    assertThat(driver.getKeyValueStore(DecisionProcessor.STORE).get("h#1")).isNull();
    // The replies may all come first: then the article decides on arrival, and leaves nothing behind.
    allBands("i#1");
    assertThat(out).hasSize(1);
    in.pipeInput("i", DecisionInput.of(article("i")));
    assertThat(out).hasSize(2);
    assertThat(out.get(1).isArticle()).isTrue();
    assertThat(driver.<String, PendingArticle>getKeyValueStore(DecisionProcessor.ARTICLES).get("i#1")).isNull();
    assertThat(driver.getKeyValueStore(DecisionProcessor.STORE).get("i#1")).isNull();
  }

  private static PendingArticle version(String id, int version) {
    Article a = Article.newBuilder(article(id).article()).setVersion(version).setBody("body v" + version).build();
    return new PendingArticle(a, 1000);
  }

  @Test
  void aCorrectionOfAnOlderVersionsBodyOrOfAStaleBodyNeverTouchesTheCurrentVersion() {
    in.pipeInput("u", DecisionInput.of(article("u")));
    allBands("u#1");
    in.pipeInput("u", DecisionInput.of(version("u", 2)));
    allBands("u#2");
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(o.isArticle()).isTrue());
    // A copy of version 1's text that ranks earlier (exact, and near): not a reason to withdraw version 2.
    in.pipeInput("u", DecisionInput.of(new Correction("u", 1, new NearMatch("copy", 10, 1.0), true)));
    in.pipeInput("u", DecisionInput.of(new Correction("u", 1, new NearMatch("copy", 10, 0.97), false)));
    // A body seen only as a stale older version (version 0): the same.
    in.pipeInput("u", DecisionInput.of(new Correction("u", PendingArticle.STALE_VERSION,
        new NearMatch("copy", 10, 0.9), false)));
    assertThat(out).hasSize(2);
    assertThat(driver.getKeyValueStore(DecisionProcessor.STORE).get("u#0")).as("nothing left pending").isNull();
    // An earlier original of version 2's own body does withdraw it: near, as its body is not the copy's.
    in.pipeInput("u", DecisionInput.of(new Correction("u", 2, new NearMatch("copy", 10, 0.9), false)));
    assertThat(out).hasSize(3);
    assertThat(out.get(2).duplicate()).satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.NEAR_DUPLICATE);
      assertThat(d.getRetractedVersion()).isEqualTo(2);
    });
  }
}
