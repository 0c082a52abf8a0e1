package dev.newsstream.streams.cli;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.registry.SchemaRegistryException;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.metrics.Telemetry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.newsstream.streams.cli.OutputLimits;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: the streams app in production: runs the topology until stopped (SIGTERM/Ctrl-C). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the article topology against a Kafka cluster until stopped.",
        "Settings: --config FILE (or NEWSSTREAM_CONFIG), NEWSSTREAM_* env vars, then flags; kafka.<name> passes",
        "any Kafka Streams/client setting through (security, tuning).",
        "Serves /metrics (Prometheus) and /health on metrics.port (default 9464; 0 = any free port, -1 = off).",
        "Entities: enrich.enabled (true), enrich.types (PERSON,ORGANIZATION,LOCATION,MISC), enrich.min.confidence",
        "(0.5), enrich.max.chars (100000); the NER model needs ~112 MB of heap, shared by all stream.threads."})
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

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("bootstrap.servers", bootstrapServers);
    flags.put("application.id", applicationId);
    flags.put("schema.registry.url", schemaRegistryUrl);
    flags.put("metrics.port", metricsPort == null ? null : metricsPort.toString());
    StreamsAppConfig cfg;
    EventSerdes serdes;
    try {
      cfg = StreamsAppConfig.load(config, System.getenv(), flags);
      serdes = EventSerdes.withRegistry(cfg); // fails fast: no registry, or a schema it refuses
    } catch (ConfigException | SchemaRegistryException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (createTopics) {
      TopicSetup.create(cfg, partitions);
    }
    cfg = OutputLimits.fitToCleanTopic(cfg);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PipelineMetrics metrics = new PipelineMetrics(registry);
    try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes, metrics));
         Telemetry telemetry = Telemetry.start(cfg, runner.streams(), registry)) {
      System.err.println("newsstream running: " + cfg.topics().raw() + " -> " + cfg.topics().clean()
          + " (application.id " + cfg.applicationId() + ", " + cfg.bootstrapServers() + "); Ctrl-C to stop");
      if (telemetry.port() >= 0) {
        System.err.println("metrics: http://localhost:" + telemetry.port() + "/metrics, health: /health");
      }
      if (!cfg.kafkaOverrides().isEmpty()) {
        System.err.println("kafka settings: " + ConfigSource.redacted(cfg.kafkaOverrides()));
      }
      runner.awaitTermination();
      // Non-zero after an unrecoverable failure (StreamsRunner), so that an orchestrator restarts the instance.
      return runner.exitCode();
    }
  }
}
