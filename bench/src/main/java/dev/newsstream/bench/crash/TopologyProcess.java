package dev.newsstream.bench.crash;

import dev.newsstream.streams.cli.OutputLimits;
import dev.newsstream.streams.cli.RunCommand;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * One topology instance as its own JVM, for the crash test and the fault matrix: {@code TopologyProcess
 * <config.properties>}. Runs what {@code run} runs ({@link RunCommand#runUntilStopped}): with schema.registry.url set,
 * the output topics in the Confluent wire format and the registry waited for at start-up, otherwise plain Avro.
 * Prints {@code metrics: URL} when metrics.port is not -1, {@code RUNNING} once Kafka Streams runs, then runs until
 * killed (kill -9 is the point) or stopped.
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
    EventSerdes serdes = cfg.schemaRegistryUrl().isPresent() ? EventSerdes.unregistered(cfg) : EventSerdes.plainAvro();
    int code = RunCommand.runUntilStopped(cfg, serdes, System.out, runner -> {
      try {
        runner.awaitRunning(Duration.ofMinutes(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted before RUNNING", e);
      }
      System.out.println(READY_LINE);
      System.out.flush();
    });
    if (code != 0) {
      System.exit(code);
    }
  }
}
