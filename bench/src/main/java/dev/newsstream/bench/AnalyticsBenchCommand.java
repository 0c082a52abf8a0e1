package dev.newsstream.bench;

import dev.newsstream.bench.crash.TrendLedger;
import dev.newsstream.config.ProjectHome;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.WorkDirs;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.analytics.AnalyticsTopology;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench analytics}: the analytics sub-topology alone on a real broker (exactly-once), fed the articles the
 * pipeline's pure stages make of the bench pages (entities from NER), against a topology that only reads the same
 * articles: the difference is what the analytics sub-topology costs per clean article, without the noise of NER
 * in the same threads.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true, usageHelpWidth = 116,
    description = {"Stream-thread CPU per article of the analytics sub-topology alone, on a real broker.",
        "The bench pages go through parse and NER once (pure stages); the articles are written to a clean topic",
        "read by (1) a topology that only reads them, (2) the analytics sub-topology (trends and story reach).",
        "Prints CPU µs per article of each, their difference, and records per article per analytics topic."})
public final class AnalyticsBenchCommand implements Callable<Integer> {
  @Option(names = {"-n", "--pages"}, defaultValue = "300", description = "Articles per measured pass (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--warmup", defaultValue = "100", description = "Warm-up articles per topology (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "2", description = "Measured passes per topology (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--partitions", defaultValue = "2", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--samples", defaultValue = "../shared/samples",
      description = "Directory of sample text dumps to mutate (default ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--timeout", defaultValue = "300", description = "Seconds allowed per pass (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    int total = warmup + pages * rounds;
    List<Article> articles = articles(total);
    out.printf(Locale.ROOT, "Analytics benchmark: %,d articles with %,d entities (%.1f per article), %d partitions%n",
        articles.size(), articles.stream().mapToInt(a -> a.getEntities().size()).sum(),
        articles.stream().mapToInt(a -> a.getEntities().size()).average().orElse(0), partitions);
    out.println(PipelineBenchCommand.machine());
    Path work = Files.createTempDirectory("newsstream-bench-analytics-");
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start()) {
      String bootstrap = broker.bootstrapServers();
      Map<String, double[]> perArticle = new LinkedHashMap<>();
      for (boolean analytics : new boolean[] {false, true}) {
        String prefix = "ab-" + System.currentTimeMillis() + (analytics ? ".a." : ".r.");
        StreamsAppConfig cfg = config(bootstrap, prefix, work);
        TopicSetup.create(cfg, partitions);
        AtomicLong read = new AtomicLong();
        StreamsBuilder builder = new StreamsBuilder();
        EventSerdes serdes = EventSerdes.plainAvro();
        KStream<String, Article> clean = builder.stream(cfg.topics().clean(), Consumed.with(Serdes.String(), serdes.article()));
        KStream<String, DuplicateNotice> notices = builder.stream(cfg.topics().duplicates(),
            Consumed.with(Serdes.String(), serdes.duplicate()));
        clean.foreach((k, v) -> read.incrementAndGet());
        if (analytics) {
          AnalyticsTopology.attach(builder, clean, notices, cfg, serdes);
        }
        String label = analytics ? "analytics sub-topology (+ reading)" : "reading the articles only";
        double[] micros = new double[rounds];
        try (StreamsRunner app = StreamsRunner.start(cfg, builder.build());
            KafkaProducer<String, Article> producer = producer(bootstrap, serdes);
            TrendsReader trends = new TrendsReader(bootstrap, cfg.analytics().trendsTopic(), serdes)) {
          app.awaitRunning(Duration.ofSeconds(120));
          int from = 0;
          for (int round = -1; round < rounds; round++) {
            List<Article> batch = articles.subList(from, from + (round < 0 ? warmup : pages));
            from += batch.size();
            // The pass is through when the committed trends equal a recount of every article sent so far (the topic
            // is written at each commit, one record per changed count, so its record count is no guide).
            Map<String, TrendLedger.Counts> expectedTrends = TrendLedger.expected(articles.subList(0, from),
                cfg.analytics().windows());
            long expectedRead = read.get() + batch.size();
            long cpu = PipelineRun.streamThreadCpuNanos();
            long start = System.nanoTime();
            batch.forEach(a -> producer.send(new ProducerRecord<>(cfg.topics().clean(), a.getId(), a)));
            producer.flush();
            long deadline = start + Duration.ofSeconds(timeoutSeconds).toNanos();
            while ((read.get() < expectedRead || (analytics && !trends.poll().equals(expectedTrends)))
                && System.nanoTime() < deadline) {
              Thread.sleep(20);
            }
            if (System.nanoTime() >= deadline) {
              out.printf(Locale.ROOT, "  %s: not through after %d s (trends topic differs from the recount)%n", label,
                  timeoutSeconds);
            }
            double us = (PipelineRun.streamThreadCpuNanos() - cpu) / 1000.0 / batch.size();
            if (round >= 0) {
              micros[round] = us;
              out.printf(Locale.ROOT, "  %-36s round %d: %,8.0f µs of stream-thread CPU per article (%.1f s, load %s)%n",
                  label, round + 1, us, (System.nanoTime() - start) / 1e9, load());
            }
          }
        }
        perArticle.put(label, micros);
        if (analytics) {
          String appPrefix = cfg.applicationId() + "-";
          TopicRecordCounts.print(out, "analytics records", TopicRecordCounts.count(bootstrap, new Properties(),
                  t -> t.startsWith(appPrefix) || t.equals(cfg.analytics().trendsTopic())),
              appPrefix, articles.size());
        }
      }
      double[] base = perArticle.get("reading the articles only");
      double[] full = perArticle.get("analytics sub-topology (+ reading)");
      for (int r = 0; r < rounds; r++) {
        out.printf(Locale.ROOT, "analytics sub-topology, round %d: %,.0f µs of stream-thread CPU per article%n", r + 1,
            full[r] - base[r]);
      }
      out.println(PipelineBenchCommand.machine());
    } finally {
      WorkDirs.deleteQuietly(work);
    }
    return 0;
  }

  /** The bench pages through parse, dedup and NER (pure stages, one thread): clean articles with entities. */
  private List<Article> articles(int n) {
    BenchPages generator = BenchPages.from(ProjectHome.resolveDefault(samples, "../shared/samples"), 42);
    AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
    List<Object> items = new ArrayList<>();
    // Some pages are rejected or dropped by the stages: generate a few more than needed.
    for (RawPage p : generator.generate(0, n + n / 5 + 10)) {
      items.add(serde.toBytes(p));
    }
    StreamsAppConfig probe = StreamsAppConfig.load(null, Map.of(), Map.of());
    List<BenchStage<?, ?>> stages = BenchStages.pipeline(probe.maxPageBytes());
    for (BenchStage stage : stages.subList(0, stages.size() - 1)) {
      List<Object> next = new ArrayList<>();
      for (Object item : items) {
        Object o = stage.apply(item);
        if (o != null) {
          next.add(o);
        }
      }
      items = next;
    }
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Object o : items) {
      byId.putIfAbsent(((Article) o).getId(), (Article) o);
    }
    List<Article> out = new ArrayList<>(byId.values());
    if (out.size() < n) {
      throw new IllegalStateException("only " + out.size() + " distinct articles from the bench pages, need " + n);
    }
    return out.subList(0, n);
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static StreamsAppConfig config(String bootstrap, String prefix, Path work) {
    Map<String, String> o = new HashMap<>();
    o.put("bootstrap.servers", bootstrap);
    o.put("application.id", prefix.replace('.', '-') + "app");
    o.put("topic.raw", prefix + "pages.raw");
    o.put("topic.clean", prefix + "articles.clean");
    o.put("topic.duplicates", prefix + "articles.duplicates");
    o.put("topic.rejected", prefix + "pages.rejected");
    o.put("analytics.topic.trends", prefix + "analytics.entity-trends");
    o.put("analytics.topic.stories", prefix + "analytics.story-reach");
    o.put("state.dir", work.resolve("state").toString());
    o.put("replication.factor", "1");
    o.put("enrich.enabled", "false");
    o.put("metrics.port", "-1");
    o.put("kafka.errors.dead.letter.queue.topic.name", "");
    return StreamsAppConfig.load(null, Map.of(), o);
  }

  private static KafkaProducer<String, Article> producer(String bootstrap, EventSerdes serdes) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(p, new StringSerializer(), serdes.article().serializer());
  }

  /** The trends topic's committed state so far (read_committed, folded per key), to know when a pass is through. */
  private static final class TrendsReader implements AutoCloseable {
    private final KafkaConsumer<String, EntityTrend> consumer;
    private final Map<String, EntityTrend> state = new HashMap<>();

    TrendsReader(String bootstrap, String topic, EventSerdes serdes) {
      Properties p = new Properties();
      p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      consumer = new KafkaConsumer<>(p, new StringDeserializer(), serdes.entityTrend().deserializer());
      List<org.apache.kafka.common.TopicPartition> parts = consumer.partitionsFor(topic).stream()
          .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
    }

    /** The counts the topic holds now, per key. */
    Map<String, TrendLedger.Counts> poll() {
      consumer.poll(Duration.ofMillis(100)).forEach(r -> TrendLedger.fold(state, r.key(), r.value()));
      return TrendLedger.fromTopic(state);
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
