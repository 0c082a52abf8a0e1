package dev.newsstream.bench.crash;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Exactly-once under crashes, on a real broker: produces N varied pages while two topology instances (separate JVMs,
 * same application.id, exactly_once_v2, own state dirs) process them; kills one with kill -9 at random moments and
 * restarts it; then reads the outputs read_committed and checks the {@link OutcomeLedger}, and that the entity counts
 * the analytics sub-topology ends with on its trends topic are the counts of the final clean articles
 * ({@link TrendLedger}).
 */
public final class CrashTestHarness {
  /**
   * {@code pages} inputs sent in {@code kills + 1} chunks; after each chunk but the last, a kill -9 of a random instance
   * at a random moment (0.5-3 s, from {@code seed}) while the chunk is being processed.
   */
  public record Options(int pages, int kills, int partitions, long seed, Duration settleTimeout) {}

  public record Result(int pages, int kills, double seconds, String counts, boolean dedupStage, String trends,
      List<String> violations) {
    public String summary() {
      return String.format("%d pages, %d kill -9s, %.1f s: %s; dedup stage %s; %s; %s", pages, kills, seconds, counts,
          dedupStage ? "present" : "absent", trends, violations.isEmpty()
              ? "exactly one outcome per page, no id twice, entity counts = recount of articles.clean"
              : violations.size() + " VIOLATIONS");
    }
  }

  /**
   * Fewer clean articles than this fraction naming an entity makes the trend check vacuous, which fails the run:
   * {@link CrashPages} puts named people, places and organisations in every article page, and NER finds most.
   */
  static final double MIN_SHARE_WITH_ENTITIES = 0.5;
  private static final Duration TRENDS_SETTLE = Duration.ofMinutes(3);

  private CrashTestHarness() {}

  public static Result run(String bootstrapServers, Path workDir, Options o, PrintStream log) throws Exception {
    long started = System.nanoTime();
    String runId = Long.toHexString(o.seed() & 0xffffff) + Long.toHexString(System.nanoTime() & 0xfff);
    Properties settings = instanceSettings(bootstrapServers, runId);
    StreamsAppConfig cfg = StreamsAppConfig.from(settings);
    TopicSetup.create(cfg, o.partitions());
    boolean dedupStage = ArticleTopology.build(cfg, EventSerdes.plainAvro()).describe().toString()
        .contains(cfg.topics().duplicates());

    List<CrashPages.Input> inputs = new CrashPages(o.seed(), runId).generate(o.pages());
    OutcomeLedger ledger = new OutcomeLedger(inputs);
    Random random = new Random(o.seed() * 31 + 7);
    List<InstanceProcess> instances = List.of(new InstanceProcess("A", workDir, settings),
        new InstanceProcess("B", workDir, settings));
    EventSerdes serdes = EventSerdes.plainAvro();
    int chunks = o.kills() + 1;
    int sent = 0;
    List<String> trendViolations;
    String trends;
    try (KafkaProducer<String, byte[]> producer = producer(cfg); OutputReader reader = new OutputReader(cfg, serdes)) {
      // Inside the try: instances that never get RUNNING are stopped too, not left running after the failure.
      instances.forEach(InstanceProcess::start);
      for (InstanceProcess i : instances) {
        i.awaitReady(180_000);
      }
      log.printf("crash test %s: %d pages onto %d partitions, instances A (pid %d) and B (pid %d)%n", runId,
          o.pages(), o.partitions(), instances.get(0).pid(), instances.get(1).pid());
      for (int k = 1; k <= chunks; k++) {
        // Every kill lands while a fresh chunk of pages is in flight: both instances are up and processing.
        for (InstanceProcess i : instances) {
          i.awaitReady(180_000);
        }
        int end = (int) ((long) inputs.size() * k / chunks);
        send(producer, cfg, inputs.subList(sent, end));
        sent = end;
        if (k == chunks) {
          break;
        }
        reader.readUntil(Integer.MAX_VALUE, Duration.ofMillis(500 + random.nextInt(2500)));
        InstanceProcess victim = instances.get(random.nextInt(instances.size()));
        long pid = victim.pid();
        victim.killHard();
        victim.start();
        log.printf("kill -9 %d/%d: instance %s (pid %d) restarted as pid %d; %d sent, %d outcomes read%n", k,
            o.kills(), victim.name(), pid, victim.pid(), sent, reader.total());
      }
      long deadline = System.nanoTime() + o.settleTimeout().toNanos();
      while (reader.total() < inputs.size() && System.nanoTime() < deadline) {
        reader.readUntil(inputs.size(), Duration.ofSeconds(10));
        log.printf("waiting for outcomes: %d/%d%n", reader.total(), inputs.size());
        for (InstanceProcess i : instances) {
          if (!i.isAlive()) {
            throw new IllegalStateException("instance " + i.name() + " died:\n" + i.logTail());
          }
        }
      }
      // Linger: duplicates from a broken exactly-once would arrive after the expected count.
      reader.readUntil(Integer.MAX_VALUE, Duration.ofSeconds(5));
      reader.articles().forEach(r -> ledger.article(r.value()));
      reader.duplicates().forEach(r -> ledger.duplicate(r.value()));
      reader.rejected().forEach(r -> ledger.rejected(r.value()));
      // Before the instances stop: the trends stage runs behind a repartition topic and may still be catching up.
      TrendCheck check = checkTrends(cfg, serdes, log);
      trendViolations = check.violations();
      trends = check.summary();
    } finally {
      // Both closes at once: the second need not wait out the first.
      instances.forEach(InstanceProcess::requestStop);
      for (InstanceProcess i : instances) {
        i.stop();
      }
    }
    List<String> violations = new java.util.ArrayList<>(ledger.violations(dedupStage));
    violations.addAll(trendViolations);
    return new Result(o.pages(), o.kills(), (System.nanoTime() - started) / 1e9, ledger.counts(), dedupStage, trends,
        violations);
  }

  /** The trend check's one-line summary and its violations. */
  record TrendCheck(String summary, List<String> violations) {}

  /**
   * Reads the final articles.clean and the final trends topic until the counts agree (the trends stage lags behind
   * the clean topic by a repartition hop) or {@link #TRENDS_SETTLE} passes, then once more 5 s later: a delta
   * applied twice by a broken transaction would arrive after the right count. Returns the differences, plus one
   * violation when too few articles name an entity for the check to mean anything.
   */
  static TrendCheck checkTrends(StreamsAppConfig cfg, EventSerdes serdes, PrintStream log) throws InterruptedException {
    if (!cfg.analytics().enabled()) {
      return new TrendCheck("analytics absent", List.of());
    }
    long deadline = System.nanoTime() + TRENDS_SETTLE.toNanos();
    boolean lingered = false;
    while (true) {
      Map<String, Article> clean = FinalStateReader.read(cfg, cfg.topics().clean(),
          b -> serdes.article().deserializer().deserialize(cfg.topics().clean(), b), Duration.ofMinutes(1));
      String trendsTopic = cfg.analytics().trendsTopic();
      Map<String, TrendLedger.Counts> topic = TrendLedger.fromTopic(FinalStateReader.read(cfg, trendsTopic,
          b -> serdes.entityTrend().deserializer().deserialize(trendsTopic, b), Duration.ofMinutes(1)));
      Map<String, TrendLedger.Counts> expected = TrendLedger.expected(clean.values(), cfg.analytics().windows());
      List<String> out = new java.util.ArrayList<>(TrendLedger.violations(expected, topic));
      if (!out.isEmpty() && System.nanoTime() < deadline) {
        log.printf("entity counts not settled yet: %d of %d differ%n", out.size(), Math.max(expected.size(), topic.size()));
        Thread.sleep(2_000);
        continue;
      }
      if (out.isEmpty() && !lingered) {
        lingered = true;
        Thread.sleep(5_000);
        continue;
      }
      int named = TrendLedger.articlesWithEntities(clean.values());
      long entities = expected.keySet().stream().map(k -> k.substring(k.indexOf('|', k.indexOf('|') + 1) + 1))
          .distinct().count();
      String summary = String.format("%d of %d final clean articles name an entity: %d distinct entities, %d "
          + "(window, entity) counts checked", named, clean.size(), entities, expected.size());
      if (named < Math.max(1, clean.size() * MIN_SHARE_WITH_ENTITIES)) {
        out.add("only " + summary + ": the trend check is vacuous (is NER on? do the pages name anyone?)");
      }
      return new TrendCheck(summary, out);
    }
  }

  /** Settings of the topology instances of one run: its own application id and topics, exactly-once. */
  static Properties instanceSettings(String bootstrapServers, String runId) {
    Properties settings = StreamsAppConfig.defaults();
    settings.setProperty("bootstrap.servers", bootstrapServers);
    settings.setProperty("application.id", "crash-" + runId);
    settings.setProperty("processing.guarantee", "exactly_once_v2");
    settings.setProperty("replication.factor", "1");
    for (String t : List.of("raw", "clean", "duplicates", "rejected")) {
      settings.setProperty("topic." + t, "crash-" + runId + "." + t);
    }
    settings.setProperty("kafka.errors.dead.letter.queue.topic.name", "crash-" + runId + ".deadletter");
    // The analytics sub-topology runs, on NER's entities: the trend check needs both (defaults today; set so a
    // changed default cannot make the check vacuous unnoticed).
    settings.setProperty("enrich.enabled", "true");
    // CrashPages are English: load only that model at start (enrich.preload=all), as before, at the 768 MB heap.
    settings.setProperty("enrich.languages", "en");
    settings.setProperty("analytics.enabled", "true");
    settings.setProperty("analytics.topic.trends", "crash-" + runId + ".entity-trends");
    settings.setProperty("analytics.topic.stories", "crash-" + runId + ".story-reach");
    // The pages' own times span weeks (dates in their text) and arrive in any order: with the default grace of a
    // day, which late changes are dropped would depend on arrival order, and the recount could not be exact.
    settings.setProperty("analytics.grace", "P3650D");
    // A dead instance leaves the group after 6 s (the broker minimum) instead of 45 s.
    settings.setProperty("kafka.consumer.session.timeout.ms", "6000");
    settings.setProperty("kafka.consumer.heartbeat.interval.ms", "1500");
    // Several instances per machine: no fixed metrics port (a case that reads the metrics sets 0, any free port).
    settings.setProperty("metrics.port", "-1");
    return settings;
  }

  static KafkaProducer<String, byte[]> producer(StreamsAppConfig cfg) {
    Properties p = new Properties();
    p.putAll(cfg.kafkaOverrides());
    p.remove("errors.dead.letter.queue.topic.name");
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    // A crawler's producer rides out a broker restart: on a loaded 2-core CI box, a restarted broker left a fresh
    // producer's first batches unserved for the default 120 s, failing a run on the harness, not on the instance.
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  static void send(KafkaProducer<String, byte[]> producer, StreamsAppConfig cfg, List<CrashPages.Input> chunk)
      throws Exception {
    List<java.util.concurrent.Future<?>> acks = new java.util.ArrayList<>(chunk.size());
    for (CrashPages.Input in : chunk) {
      acks.add(producer.send(new ProducerRecord<>(cfg.topics().raw(), in.key(), in.value())));
    }
    producer.flush();
    for (java.util.concurrent.Future<?> ack : acks) {
      ack.get(); // a page that did not reach the broker would void the verdict
    }
  }
}
