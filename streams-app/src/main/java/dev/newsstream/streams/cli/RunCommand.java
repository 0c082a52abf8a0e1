package dev.newsstream.streams.cli;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.registry.SchemaRegistryException;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.enrich.EnrichStage;
import dev.newsstream.streams.enrich.LanguageModels;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.metrics.Telemetry;
import dev.newsstream.streams.metrics.StoreMetricTags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: the streams app in production: runs the topology until stopped (SIGTERM/Ctrl-C). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the article topology against a Kafka cluster until stopped.",
        "Settings: --config FILE (or NEWSSTREAM_CONFIG), NEWSSTREAM_* env vars, then flags; kafka.<name> passes",
        "any Kafka Streams/client setting through (security, tuning).",
        "Serves /metrics (Prometheus) and /health on metrics.port (default 9464; 0 = any free port, -1 = off),",
        "and the analytics queries /trends/entities and /stories/{articleId} (analytics.*, docs/ANALYTICS.md;",
        "with several instances set analytics.advertised.host to a name the others can reach).",
        "A schema registry that does not answer is waited for (schema.registry.max.wait.seconds, default 300) at",
        "start-up and while running: pages are held, not rejected; newsstream_registry_unavailable shows the wait.",
        "Entities: enrich.enabled (true), enrich.types (PERSON,ORGANIZATION,LOCATION,MISC), enrich.min.confidence",
        "(0.5), enrich.max.chars (100000). Heap: the English NER ensemble needs ~347 MB (3-class 112 MB, 4-class +",
        "caseless 203 MB, caches 32 MB), shared by all stream.threads; the models of enrich.preload (all) load",
        "before the stream threads start, each while the heap has room (at -Xmx1g: en,de,fr,es). Run instances",
        "with at least -Xmx768m (NEWSSTREAM_JAVA_OPTS=-Xmx768m); below that, one WARN at start.",
        "Without NER (enrich.enabled=false) a smaller heap does.",
        "At start it waits --kafka-wait seconds for Kafka to answer (a line per attempt), then exits 2; a broker",
        "lost later is waited for by Kafka Streams, without exiting."})
public final class RunCommand implements Callable<Integer> {
  @Option(names = {"-c", "--config"}, description = "Properties file.")
  Path config;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default localhost:9092).")
  String bootstrapServers;

  @Option(names = "--application-id", description = "Kafka Streams application.id (default newsstream).")
  String applicationId;

  @Option(names = "--schema-registry-url", description = {"Confluent-compatible schema registry API (required; or "
      + "schema.registry.url / NEWSSTREAM_SCHEMA_REGISTRY_URL). Output values are Avro in the Confluent wire format.",
      "Apicurio: http://HOST:PORT/apis/ccompat/v7; Confluent Schema Registry: http://HOST:8081."})
  String schemaRegistryUrl;

  @Option(names = "--metrics-port", description = "HTTP port for /metrics and /health (default 9464; 0 = any, -1 = off).")
  Integer metricsPort;

  @Option(names = "--create-topics", description = "Create missing topics first (partitions: --partitions).")
  boolean createTopics;

  @Option(names = "--partitions", defaultValue = "6", description = "Partitions for --create-topics (default ${DEFAULT-VALUE}).")
  int partitions;

  // No picocli default from the env: a bad NEWSSTREAM_KAFKA_WAIT_SECONDS would be reported as a bad --kafka-wait.
  @Option(names = "--kafka-wait", paramLabel = "SECONDS",
      description = "At start, wait this long for Kafka to answer, then exit 2 "
          + "(default 60, or NEWSSTREAM_KAFKA_WAIT_SECONDS).")
  Integer kafkaWaitSeconds;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("bootstrap.servers", bootstrapServers);
    flags.put("application.id", applicationId);
    flags.put("schema.registry.url", schemaRegistryUrl);
    flags.put("metrics.port", metricsPort == null ? null : metricsPort.toString());
    StreamsAppConfig cfg;
    EventSerdes serdes;
    int kafkaWait;
    try {
      kafkaWait = RunOptions.kafkaWaitSeconds(kafkaWaitSeconds, System.getenv());
      if (createTopics) {
        RunOptions.partitions(partitions);
      }
      cfg = StreamsAppConfig.load(config, System.getenv(), flags);
      RunOptions.checkMetricsPort(cfg.metrics().port());
      serdes = EventSerdes.unregistered(cfg); // registered in runUntilStopped, once /metrics and /health serve
    } catch (ConfigException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    // Before any client: one pointed at an HTTP port dies of OutOfMemoryError reading the reply as a frame size.
    java.util.Optional<String> notKafka = dev.newsstream.config.KafkaProtocolProbe.notKafka(cfg.bootstrapServers(),
        cfg.kafkaOverrides(), dev.newsstream.config.KafkaProtocolProbe.DEFAULT_TIMEOUT);
    if (notKafka.isPresent()) {
      System.err.println("error: " + notKafka.get());
      return 2;
    }
    // Before "running": Kafka Streams would wait silently forever for a wrong address. Only at start (see class).
    java.util.concurrent.atomic.AtomicReference<String> clusterId = new java.util.concurrent.atomic.AtomicReference<>();
    String unreachable = KafkaStartupWait.await(
        KafkaStartupWait.describeCluster(cfg.adminProperties(), cfg.bootstrapServers(), clusterId), cfg.bootstrapServers(),
        java.time.Duration.ofSeconds(kafkaWait), java.time.Duration.ofSeconds(5), System::nanoTime,
        System.err);
    if (unreachable != null) {
      System.err.println("error: " + unreachable);
      return 2;
    }
    try {
      // Local state of another cluster is not this cluster's: the default dir is keyed by its id (StateDirGuard).
      cfg = StateDirGuard.forCluster(cfg, Path.of(StreamsAppConfig.defaults().getProperty("state.dir")),
          clusterId.get());
    } catch (ConfigException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (createTopics) {
      TopicSetup.create(cfg, partitions);
    }
    String layout = IdTopicLayout.check(cfg);
    if (layout != null) {
      System.err.println("error: " + layout);
      return 2;
    }
    StreamsAppConfig running = OutputLimits.fitToCleanTopic(cfg);
    return runUntilStopped(running, serdes, System.err, runner -> {
      System.err.println("newsstream running: " + running.topics().raw() + " -> " + running.topics().clean()
          + " (application.id " + running.applicationId() + ", " + running.bootstrapServers() + ", state "
          + running.stateDir() + "); Ctrl-C to stop");
      if (!running.kafkaOverrides().isEmpty()) {
        System.err.println("kafka settings: " + ConfigSource.redacted(running.kafkaOverrides()));
      }
    });
  }

  /**
   * An instance's life once configured, shared by {@code run} and the fault-matrix instances: serves /metrics and
   * /health (not ready), registers the output schemas (waiting for a registry that does not answer, up to
   * schema.registry.max.wait.seconds: the wait shows in the log and as newsstream_registry_unavailable), then runs
   * the topology until stopped.
   *
   * @param log receives "metrics: URL" and error lines
   * @param onStarted called once Kafka Streams is started
   * @return 0 after a normal stop; 2 when the registry stays unreachable, is not a registry or refuses a schema;
   *     {@link StreamsRunner#FATAL_EXIT_CODE} after an unrecoverable failure, so an orchestrator restarts it
   */
  public static int runUntilStopped(StreamsAppConfig cfg, EventSerdes serdes, PrintStream log,
      Consumer<StreamsRunner> onStarted) throws InterruptedException {
    String heapWarning = HeapCheck.warning(Runtime.getRuntime().maxMemory(), cfg.enrich().enabled());
    if (heapWarning != null) {
      LoggerFactory.getLogger(RunCommand.class).warn(heapWarning);
    }
    PrometheusMeterRegistry registry = StoreMetricTags.newRegistry();
    PipelineMetrics metrics = new PipelineMetrics(registry);
    AtomicReference<StreamsRunner> started = new AtomicReference<>();
    Telemetry telemetry;
    try {
      telemetry = Telemetry.start(cfg, registry,
          () -> started.get() == null ? KafkaStreams.State.CREATED : started.get().streams().state());
    } catch (ConfigException e) {
      log.println("error: " + e.getMessage()); // metrics.port in use: a setting to change, not a crash
      return 2;
    }
    try (telemetry) {
      if (telemetry.port() >= 0) {
        log.println("metrics: http://localhost:" + telemetry.port() + "/metrics, health: /health");
      }
      try {
        serdes.registerOutputSchemas(cfg);
      } catch (SchemaRegistryException e) {
        log.println("error: " + e.getMessage());
        return 2;
      }
      // Before the stream threads start: a model loaded at its first article would hold the exactly-once
      // transaction open for the load, past its timeout (docs/NER.md, "Loading the models").
      LanguageModels.Preloaded models = EnrichStage.preload(cfg);
      if (!models.loaded().isEmpty() || !models.off().isEmpty()) {
        log.println("NER models loaded: " + String.join(",", models.loaded()) + " in " + models.millis() + " ms"
            + (models.off().isEmpty() ? "" : "; no heap room for " + String.join(",", models.off())
            + " (those articles get no entities; raise -Xmx)"));
      }
      try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes, metrics))) {
        started.set(runner);
        telemetry.bind(runner.streams());
        if (AnalyticsHttp.mount(cfg, runner.streams(), telemetry)) {
          log.println("analytics: http://localhost:" + telemetry.port() + "/trends/entities, /stories/{articleId}, "
              + "page: /trends");
        }
        onStarted.accept(runner);
        runner.awaitTermination();
        // Non-zero after an unrecoverable failure (StreamsRunner), so that an orchestrator restarts the instance.
        return runner.exitCode();
      }
    }
  }
}
