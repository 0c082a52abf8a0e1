package dev.newsstream.bench;

import dev.newsstream.config.ProjectHome;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.WorkDirs;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.enrich.EntityExtractor;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.url.CanonicalUrl;
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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench pipeline}: end-to-end throughput and latency on a real broker, against a pass-through baseline
 * on the same broker in the same run, plus CPU time per stage.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, usageHelpWidth = 116,
    description = {"End-to-end throughput and latency on a real broker, against a pass-through baseline.",
        "Producer -> pages.raw -> ArticleTopology -> articles.clean consumer (read_committed).",
        "Prints pages/s, MB/s and p50/p95/p99 produce-to-clean latency,",
        "the same for the pipeline without NER (enrich.enabled=false), without analytics (analytics.enabled=false:",
        "what trending entities and story reach cost per page) and for a pass-through topology",
        "(raw bytes in, raw bytes out) on the same broker, their ratios,",
        "p99 latency at half of the measured maximum load, and CPU time per stage on one thread.",
        "Pages are generated from the samples and HTML templates, each distinct (URL, title, text).",
        "Starts a local single-node broker unless --bootstrap-servers is given (topics are created per run",
        "with a unique prefix, and deleted at the end)."})
public final class PipelineBenchCommand implements Callable<Integer> {
  @Option(names = {"-n", "--pages"}, defaultValue = "2000", description = "Pages per measured pass (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--warmup", defaultValue = "300", description = "Warm-up pages per topology, not measured (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Use this cluster instead of a local broker.")
  String bootstrapServers;

  @Option(names = "--partitions", defaultValue = "2",
      description = "Partitions per topic and dedup.id.partitions (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--stream-threads", defaultValue = "1", description = "Kafka Streams threads (default ${DEFAULT-VALUE}).")
  int streamThreads;

  @Option(names = "--guarantee", defaultValue = "exactly_once_v2",
      description = "exactly_once_v2 or at_least_once (default ${DEFAULT-VALUE}).")
  String guarantee;

  @Option(names = "--samples", defaultValue = "../shared/samples",
      description = "Directory of sample text dumps to mutate (default ${DEFAULT-VALUE}; templates alone if absent).")
  Path samples;

  @Option(names = "--timeout", defaultValue = "300", description = "Seconds allowed per pass (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = {"-k", "--kafka"}, description = "Extra Kafka client/streams setting NAME=VALUE (repeatable).")
  Map<String, String> kafka = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    BenchPages generator = BenchPages.from(ProjectHome.resolveDefault(samples, "../shared/samples"), 42);
    int half = pages;
    // The last warmup + pages are the without-analytics pass's own: on the full pass's pages NER would answer from
    // its sentence cache, and the difference would be NER's, not the analytics'.
    List<RawPage> all = generator.generate(0, warmup + pages + half + warmup + pages);
    AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
    List<byte[]> values = all.stream().map(serde::toBytes).toList();
    List<String> keys = all.stream().map(p -> CanonicalUrl.of(p.getUrl()).toString()).toList();
    List<byte[]> measured = values.subList(warmup, warmup + pages);
    long measuredBytes = measured.stream().mapToLong(v -> v.length).sum();
    out.printf(Locale.ROOT, "Pipeline benchmark: %,d pages per pass (%.1f MB, from %d sample(s) + %d templates), "
            + "%d partitions, %s, %d stream thread(s)%n", pages, measuredBytes / 1e6, generator.sampleCount(),
        HtmlTemplates.COUNT, partitions, guarantee, streamThreads);
    out.println(machine());

    // CPU per stage first, while nothing else of ours runs.
    StreamsAppConfig probe = config("probe", "x", Path.of("."), Map.of());
    List<StageCpuBench.StageCost> costs = StageCpuBench.measure(measured, () -> BenchStages.pipeline(probe.maxPageBytes()));

    Path work = Files.createTempDirectory("newsstream-bench-");
    LocalKafkaBroker broker = null;
    try {
      String bootstrap = bootstrapServers;
      if (bootstrap == null) {
        out.println("▶ starting a local Kafka broker (KRaft, single node, child JVM)…");
        broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start();
        bootstrap = broker.bootstrapServers();
      }
      String prefix = "bench-" + System.currentTimeMillis() + ".";
      StreamsAppConfig full = config(bootstrap, prefix, work, Map.of());
      TopicSetup.create(full, partitions);
      // The same topology with enrich.enabled=false: how far the rest of the pipeline is from the target.
      StreamsAppConfig noNer = config(bootstrap, prefix + "noner.", work, Map.of("enrich.enabled", "false"));
      TopicSetup.create(noNer, partitions);
      // And with NER but analytics.enabled=false: the difference is what the analytics sub-topology costs.
      StreamsAppConfig noAnalytics = config(bootstrap, prefix + "noanalytics.", work, Map.of("analytics.enabled", "false"));
      TopicSetup.create(noAnalytics, partitions);
      StreamsAppConfig passCfg = config(bootstrap, prefix + "pass.", work, Map.of());
      TopicSetup.create(passCfg, partitions);
      PipelineRun runner = new PipelineRun(bootstrap, full.kafkaOverrides(), full.maxPageBytes());
      Duration timeout = Duration.ofSeconds(timeoutSeconds);
      Passes passes = new Passes(runner, keys, values, warmup, pages, timeout);

      out.println("▶ full pipeline (ArticleTopology)…");
      long cacheHitsBefore = EntityExtractor.sharedCacheHits();
      PipelineRun.Result fullMax;
      PipelineRun.Result fullHalf;
      try (StreamsRunner app = startAndWait(full, ArticleTopology.build(full, EventSerdes.plainAvro()))) {
        fullMax = passes.warmThenMax("full pipeline, max load", full);
        double rate = fullMax.pagesPerSecond() / 2;
        out.printf(Locale.ROOT, "▶ full pipeline at half load (%.0f pages/s)…%n", rate);
        fullHalf = runner.run(String.format(Locale.ROOT, "full pipeline, 50%% load (%.0f pages/s)", rate),
            full.topics().raw(), keys.subList(warmup + pages, warmup + pages + half),
            values.subList(warmup + pages, warmup + pages + half), rate, outcomes(full), full.topics().clean(),
            timeout);
      }
      long cacheHits = EntityExtractor.sharedCacheHits() - cacheHitsBefore;
      // What the analytics sub-topology writes per page (repartition, changelogs, output topics) in the full passes.
      String appPrefix = full.applicationId() + "-";
      TopicRecordCounts.print(out, "analytics records in the full pipeline's passes", TopicRecordCounts.count(
              bootstrap, full.kafkaOverrides(), t -> (t.startsWith(appPrefix) && t.contains("analytics"))
                  || t.equals(full.analytics().trendsTopic()) || t.equals(full.analytics().storiesTopic())),
          appPrefix, warmup + pages + half);

      out.println("▶ full pipeline without NER (enrich.enabled=false)…");
      PipelineRun.Result noNerMax;
      try (StreamsRunner app = startAndWait(noNer, ArticleTopology.build(noNer, EventSerdes.plainAvro()))) {
        noNerMax = passes.warmThenMax("without NER, max load", noNer);
      }
      // What a page costs in records inside the app (repartition topics and changelogs of every stage), without NER.
      String noNerPrefix = noNer.applicationId() + "-";
      TopicRecordCounts.print(out, "internal records in the without-NER passes", TopicRecordCounts.count(
          bootstrap, noNer.kafkaOverrides(), t -> t.startsWith(noNerPrefix)), noNerPrefix, warmup + pages);

      out.println("▶ full pipeline without analytics (analytics.enabled=false)…");
      PipelineRun.Result noAnalyticsMax;
      try (StreamsRunner app = startAndWait(noAnalytics, ArticleTopology.build(noAnalytics, EventSerdes.plainAvro()))) {
        int fresh = warmup + pages + half;
        noAnalyticsMax = new Passes(runner, keys.subList(fresh, keys.size()), values.subList(fresh, values.size()),
            warmup, pages, timeout).warmThenMax("without analytics, max load (own pages)", noAnalytics);
      }

      out.println("▶ pass-through topology (raw bytes in, raw bytes out)…");
      PipelineRun.Result pass;
      String passOut = passCfg.topics().clean();
      try (StreamsRunner app = startAndWait(passCfg, PassThroughTopology.build(passCfg.topics().raw(), passOut))) {
        pass = passes.warmThenMax("pass-through, max load", passCfg.topics().raw(), List.of(passOut), passOut);
      }
      new BenchReport(out).print(costs, List.of(fullMax, noNerMax, noAnalyticsMax, pass, fullHalf), fullMax, noNerMax,
          pass, fullHalf);
      BenchReport.printAnalyticsCost(out, fullMax, noAnalyticsMax);
      // Pages are distinct, so the NER sentence cache should rarely answer; say how often it did.
      out.printf(Locale.ROOT, "NER sentence cache hits in the full-pipeline passes: %,d%n", cacheHits);
      out.println(machine());
      if (bootstrapServers != null) {
        deleteTopics(full, noNer, noAnalytics, passCfg);
      }
      return fullMax.complete() && noNerMax.complete() && noAnalyticsMax.complete() && pass.complete()
          && fullHalf.complete() ? 0 : 1;
    } finally {
      if (broker != null) {
        broker.close();
      }
      WorkDirs.deleteQuietly(work);
    }
  }

  /** The topics a topology's outcomes go to: every raw page gets exactly one. */
  private static List<String> outcomes(StreamsAppConfig cfg) {
    return List.of(cfg.topics().clean(), cfg.topics().duplicates(), cfg.topics().rejected());
  }

  /** The warm-up pages, then the measured ones at full speed: the same two steps for every topology. */
  private record Passes(PipelineRun runner, List<String> keys, List<byte[]> values, int warmup, int pages,
      Duration timeout) {
    PipelineRun.Result warmThenMax(String label, StreamsAppConfig cfg) throws InterruptedException {
      return warmThenMax(label, cfg.topics().raw(), outcomes(cfg), cfg.topics().clean());
    }

    PipelineRun.Result warmThenMax(String label, String raw, List<String> outTopics, String latencyTopic)
        throws InterruptedException {
      runner.run("warm-up", raw, keys.subList(0, warmup), values.subList(0, warmup), 0, outTopics, latencyTopic,
          timeout);
      return runner.run(label, raw, keys.subList(warmup, warmup + pages), values.subList(warmup, warmup + pages), 0,
          outTopics, latencyTopic, timeout);
    }
  }

  /** Cores and load: figures on a shared machine mean little without them. */
  static String machine() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return String.format(Locale.ROOT, "machine: %d cores, load average %.1f, Java %s", os.getAvailableProcessors(),
        os.getSystemLoadAverage(), System.getProperty("java.version"));
  }

  private StreamsAppConfig config(String bootstrap, String prefix, Path work, Map<String, String> settings) {
    Map<String, String> o = new HashMap<>();
    o.put("bootstrap.servers", bootstrap);
    o.put("application.id", prefix.replace('.', '-') + "app");
    o.put("topic.raw", prefix + "pages.raw");
    o.put("topic.clean", prefix + "articles.clean");
    o.put("topic.duplicates", prefix + "articles.duplicates");
    o.put("topic.rejected", prefix + "pages.rejected");
    o.put("analytics.topic.trends", prefix + "analytics.entity-trends");
    o.put("analytics.topic.stories", prefix + "analytics.story-reach");
    o.put("processing.guarantee", guarantee);
    o.put("stream.threads", String.valueOf(streamThreads));
    o.put("state.dir", work.resolve("state").toString());
    o.put("replication.factor", bootstrapServers == null ? "1" : "-1");
    // The dedup stage's by-id topics as many partitions as the raw topic, as they had when they followed it (before
    // dedup.id.partitions): the same number of URL/decision tasks as the parse stage, for every jar compared.
    o.put("dedup.id.partitions", String.valueOf(partitions));
    kafka.forEach((k, v) -> o.put("kafka." + k, v));
    o.putAll(settings);
    return StreamsAppConfig.load(null, Map.of(), o);
  }

  private static StreamsRunner startAndWait(StreamsAppConfig cfg, Topology topology) throws InterruptedException {
    StreamsRunner app = StreamsRunner.start(cfg, topology);
    app.awaitRunning(Duration.ofSeconds(120));
    return app;
  }

  private static void deleteTopics(StreamsAppConfig... configs) {
    List<String> topics = new ArrayList<>();
    Properties p = new Properties();
    for (StreamsAppConfig c : configs) {
      topics.addAll(c.topics().all());
      topics.add(c.analytics().trendsTopic());
      topics.add(c.analytics().storiesTopic());
      p.putAll(c.kafkaOverrides());
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
    }
    try (Admin admin = Admin.create(p)) {
      admin.deleteTopics(topics).all().get();
    } catch (Exception e) {
      System.err.println("warning: could not delete benchmark topics " + topics + ": " + e.getMessage());
    }
  }
}
