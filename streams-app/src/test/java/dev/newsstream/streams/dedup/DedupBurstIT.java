package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.dedup.DedupLabelledSet;
import dev.newsstream.streams.dedup.DedupLabelledSet.Label;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import dev.newsstream.streams.dedup.DedupStories;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, bursts, on a real broker: the labelled dedup set ({@code bench dedup}'s pages) over 4 partitions and
 * 2 topology instances, sent once page by page (each waits for its outcome) and then as one shuffled burst under
 * 3 seeds. The near-duplicate F1 (over article ids' final state, corrections and tombstones applied) must be the
 * same, the final verdicts identical (kind and original), and every clearly similar pair (exact Jaccard >= 0.7)
 * must end with the earlier one clean and the later one a duplicate of a clean article, never the other way round.
 * The four runs share one broker (each its own topics, application id and state dirs) and run at the same time.
 */
class DedupBurstIT {
  /**
   * Nothing new for this long after every page has its outcome: the final state. A correction is one hop (the
   * decide-by-id topic, 100 ms commits) behind the band reply that completed the last decision.
   */
  private static final Duration QUIET = Duration.ofSeconds(5);
  private static final long[] SEEDS = {1, 2, 3};
  @TempDir Path work;

  @Test
  void aShuffledBurstGetsTheSameVerdictsAsPagesSentOneByOne() throws Exception {
    List<LabelledPage> pages = DedupLabelledSet.build(DedupStories.bundled(), 42);
    // One broker for the four runs, each with its own topics, application id and state: the one-by-one run mostly
    // waits for outcomes, the bursts mostly for start-up and rebalances, so they run side by side.
    Map<String, Map<String, String>> states = new LinkedHashMap<>();
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start()) {
      ExecutorService runs = Executors.newFixedThreadPool(1 + SEEDS.length);
      try {
        Map<String, Future<Map<String, String>>> futures = new LinkedHashMap<>();
        futures.put("one-by-one", runs.submit(() -> run(broker, pages, false, "one-by-one")));
        for (long seed : SEEDS) {
          List<LabelledPage> shuffled = new ArrayList<>(pages);
          Collections.shuffle(shuffled, new Random(seed));
          futures.put("burst-" + seed, runs.submit(() -> run(broker, shuffled, true, "burst-" + seed)));
        }
        for (Map.Entry<String, Future<Map<String, String>>> f : futures.entrySet()) {
          states.put(f.getKey(), f.getValue().get(20, TimeUnit.MINUTES));
        }
      } finally {
        runs.shutdownNow();
      }
    }
    Map<String, String> oneByOne = states.get("one-by-one");
    double f1 = nearF1(pages, oneByOne);
    assertThat(f1).as("near-duplicate F1, one by one").isGreaterThan(0.8);
    assertInvariant(pages, oneByOne);
    for (long seed : SEEDS) {
      Map<String, String> burst = states.get("burst-" + seed);
      System.out.printf("DedupBurstIT: near F1 one by one %.4f, burst seed %d %.4f%n", f1, seed, nearF1(pages, burst));
      for (LabelledPage p : pages) {
        String id = p.page().id();
        if (!java.util.Objects.equals(burst.get(id), oneByOne.get(id))) {
          System.out.printf("DedupBurstIT: seed %d differs: %s %s / %s: one by one %s, burst %s%n", seed, p.story(),
              p.variant(), id, oneByOne.get(id), burst.get(id));
        }
      }
      assertThat(nearF1(pages, burst)).as("near F1, burst seed %d", seed).isEqualTo(f1);
      assertInvariant(pages, burst);
      // Every article ends with the same verdict and the same original as one by one (the original is the
      // earliest match in the global order, and every body an article had stays comparable).
      assertThat(burst).as("final verdicts, burst seed %d", seed).isEqualTo(oneByOne);
    }
  }

  /**
   * Final state per article id after sending {@code pages} to two fresh instances of application {@code name}
   * (its own topics and state dirs on the shared broker).
   */
  private Map<String, String> run(LocalKafkaBroker broker, List<LabelledPage> pages, boolean burst, String name)
      throws Exception {
    long t0 = System.nanoTime();
    StreamsAppConfig a = config(broker, name, "a", burst);
    StreamsAppConfig b = config(broker, name, "b", burst);
    TopicSetup.create(a, 4);
    EventSerdes serdes = EventSerdes.plainAvro();
    Map<String, Instant> published = publicationTimes(pages);
    try (StreamsRunner one = StreamsRunner.start(a, ArticleTopology.build(a, serdes));
         StreamsRunner two = StreamsRunner.start(b, ArticleTopology.build(b, serdes));
         OutputReader reader = new OutputReader(a, serdes);
         KafkaProducer<String, byte[]> producer = producer(broker)) {
      one.awaitRunning(Duration.ofSeconds(180));
      two.awaitRunning(Duration.ofSeconds(180));
      long running = System.nanoTime();
      int sent = 0;
      for (LabelledPage p : pages) {
        producer.send(new ProducerRecord<>(a.topics().raw(), p.url(), raw(p, published.get(p.page().id()))));
        sent++;
        if (!burst) {
          producer.flush();
          reader.readUntil(sent, Duration.ofSeconds(120));
          assertThat(reader.total()).as("outcome of page %d (%s)", sent, p.url()).isGreaterThanOrEqualTo(sent);
        }
      }
      producer.flush();
      reader.readUntil(sent, Duration.ofSeconds(600));
      assertThat(reader.total()).as("every page has an outcome").isGreaterThanOrEqualTo(sent);
      long outcomes = System.nanoTime();
      // Corrections may still be on their way (one hop behind the last outcome): read until nothing new arrives
      // for a while.
      reader.readSettled(sent, Duration.ofSeconds(600), QUIET);
      System.out.printf("DedupBurstIT: %s: %d pages, running after %.1f s, all outcomes %.1f s later, settled"
          + " %.1f s later%n", name, sent, (running - t0) / 1e9, (outcomes - running) / 1e9,
          (System.nanoTime() - outcomes) / 1e9);
      List<FinalVerdicts.CleanRecord> clean = new ArrayList<>();
      reader.articles().forEach(r -> clean.add(new FinalVerdicts.CleanRecord(r.key(), false)));
      // Per key, the clean topic is in order; a tombstone always follows its article (checked by FinalVerdicts).
      reader.tombstones().forEach(id -> clean.add(new FinalVerdicts.CleanRecord(id, true)));
      return FinalVerdicts.of(clean, reader.duplicates().stream().map(r -> r.value()).toList());
    }
  }

  /** An article id's publication time: its first page's crawl time (re-crawls of a URL keep the original's date). */
  private static Map<String, Instant> publicationTimes(List<LabelledPage> pages) {
    Map<String, Instant> out = new HashMap<>();
    for (LabelledPage p : pages) {
      Instant t = Instant.ofEpochMilli(p.page().eventTime());
      out.merge(p.page().id(), t, (x, y) -> x.isBefore(y) ? x : y);
    }
    return out;
  }

  private static byte[] raw(LabelledPage p, Instant published) {
    Instant fetched = Instant.ofEpochMilli(p.page().eventTime());
    Instant modified = p.page().modifiedAt() < 0 ? fetched : Instant.ofEpochMilli(p.page().modifiedAt());
    return TestPages.page(p.url(), "Story " + p.story(), published, modified, fetched,
        List.of(p.page().body().split("\n\n")));
  }

  /** Near-duplicate F1 over article ids: an id labelled NEAR_DUPLICATE must end as a near-duplicate of its story. */
  static double nearF1(List<LabelledPage> pages, Map<String, String> state) {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Boolean> near = new HashMap<>();
    for (LabelledPage p : pages) {
      storyOf.putIfAbsent(p.page().id(), p.story());
      near.merge(p.page().id(), p.label() == Label.NEAR_DUPLICATE, Boolean::logicalOr);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Boolean> e : near.entrySet()) {
      String s = state.get(e.getKey());
      boolean saidNear = s != null && s.startsWith("NEAR_DUPLICATE");
      boolean right = saidNear && storyOf.get(e.getKey()).equals(storyOf.get(FinalVerdicts.originalOf(s)));
      if (e.getValue() && right) {
        tp++;
      } else {
        fp += saidNear ? 1 : 0;
        fn += e.getValue() ? 1 : 0;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** Every pair with exact Jaccard >= 0.7 (first versions): the later is a duplicate of a clean article. */
  private static void assertInvariant(List<LabelledPage> pages, Map<String, String> state) {
    Map<String, LabelledPage> first = new HashMap<>();
    pages.forEach(p -> first.merge(p.page().id(), p,
        (x, y) -> x.page().eventTime() <= y.page().eventTime() ? x : y));
    Map<String, long[]> shingles = new HashMap<>();
    first.forEach((id, p) -> shingles.put(id, Shingles.of(p.page().body(), 3)));
    List<String> ids = new ArrayList<>(first.keySet());
    int pairs = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (Shingles.jaccard(shingles.get(ids.get(i)), shingles.get(ids.get(j))) < 0.7) {
          continue;
        }
        pairs++;
        String x = ids.get(i);
        String y = ids.get(j);
        boolean xFirst = first.get(x).page().eventTime() < first.get(y).page().eventTime()
            || (first.get(x).page().eventTime() == first.get(y).page().eventTime() && x.compareTo(y) < 0);
        String earlier = xFirst ? x : y;
        String later = xFirst ? y : x;
        assertThat(state.get(later)).as("later of pair %s / %s", first.get(earlier).variant(), first.get(later).variant())
            .matches("(NEAR_DUPLICATE|SAME_CONTENT) of .*");
        assertThat(FinalVerdicts.originalOf(state.get(earlier))).as("never each other's copy").isNotEqualTo(later);
        assertThat(state.get(FinalVerdicts.originalOf(state.get(later)))).as("original of %s", later).isEqualTo("clean");
      }
    }
    assertThat(pairs).as("clearly similar pairs in the set").isPositive();
  }

  /** Instance {@code instance} of run {@code run}: the run's own application id and topics on the shared broker. */
  private StreamsAppConfig config(LocalKafkaBroker broker, String run, String instance, boolean burst) {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", broker.bootstrapServers());
    settings.put("application.id", "dedup-burst-it-" + run);
    for (String t : List.of("raw", "clean", "duplicates", "rejected")) {
      settings.put("topic." + t, run + "." + t);
    }
    settings.put("kafka.errors.dead.letter.queue.topic.name", run + ".deadletter");
    settings.put("state.dir", work.resolve(run + "-state-" + instance).toString());
    settings.put("replication.factor", "1");
    // Dedup is under test: NER and the analytics behind it would only slow a loaded machine down.
    settings.put("enrich.enabled", "false");
    settings.put("analytics.enabled", "false");
    // As many URL/decision tasks as raw partitions (the by-id topics' count before dedup.id.partitions existed).
    settings.put("dedup.id.partitions", "4");
    // Page by page, each page waits for its outcome, which crosses the dedup repartition topics (by id, by band,
    // the replies by id), each hop readable downstream once its transaction commits: the commit interval is most of that
    // wait (~0.5 s a page at 100 ms on a loaded box). A burst commits at 100 ms, taking larger batches.
    settings.put("kafka.commit.interval.ms", burst ? "100" : "20");
    return StreamsAppConfig.load(null, Map.of(), settings);
  }

  private static KafkaProducer<String, byte[]> producer(LocalKafkaBroker broker) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
  }
}
