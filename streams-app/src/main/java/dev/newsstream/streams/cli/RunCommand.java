package dev.newsstream.streams.cli;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.reliability.OutputLimits;
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
        "any Kafka Streams/client setting through (security, tuning)."})
public final class RunCommand implements Callable<Integer> {
  @Option(names = {"-c", "--config"}, description = "Properties file.")
  Path config;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default localhost:9092).")
  String bootstrapServers;

  @Option(names = "--application-id", description = "Kafka Streams application.id (default newsstream).")
  String applicationId;

  @Option(names = "--create-topics", description = "Create missing topics first (partitions: --partitions).")
  boolean createTopics;

  @Option(names = "--partitions", defaultValue = "6", description = "Partitions for --create-topics (default ${DEFAULT-VALUE}).")
  int partitions;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("bootstrap.servers", bootstrapServers);
    flags.put("application.id", applicationId);
    StreamsAppConfig cfg;
    try {
      cfg = StreamsAppConfig.load(config, System.getenv(), flags);
    } catch (ConfigException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (createTopics) {
      TopicSetup.create(cfg, partitions);
    }
    cfg = OutputLimits.fitToCleanTopic(cfg);
    try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, EventSerdes.plainAvro()))) {
      System.err.println("newsstream running: " + cfg.topics().raw() + " -> " + cfg.topics().clean()
          + " (application.id " + cfg.applicationId() + ", " + cfg.bootstrapServers() + "); Ctrl-C to stop");
      if (!cfg.kafkaOverrides().isEmpty()) {
        System.err.println("kafka settings: " + ConfigSource.redacted(cfg.kafkaOverrides()));
      }
      runner.awaitTermination();
    }
    return 0;
  }
}
