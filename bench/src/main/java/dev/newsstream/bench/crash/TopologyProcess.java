package dev.newsstream.bench.crash;

import dev.newsstream.streams.cli.OutputLimits;

import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * One topology instance as its own JVM, for the crash test: {@code TopologyProcess <config.properties>}. Prints
 * {@code RUNNING} once Kafka Streams runs, then runs until killed (kill -9 is the point).
 */
public final class TopologyProcess {
  public static final String READY_LINE = "RUNNING";

  private TopologyProcess() {}

  public static void main(String[] args) throws Exception {
    Properties p = StreamsAppConfig.defaults();
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      p.load(in);
    }
    StreamsAppConfig cfg = OutputLimits.fitToCleanTopic(StreamsAppConfig.from(p));
    StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, EventSerdes.plainAvro()));
    runner.awaitRunning(Duration.ofMinutes(5));
    System.out.println(READY_LINE);
    System.out.flush();
    runner.awaitTermination();
    if (runner.exitCode() != 0) {
      System.exit(runner.exitCode());
    }
  }
}
