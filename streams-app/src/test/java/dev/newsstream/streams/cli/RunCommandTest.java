package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run}'s life once configured, where it ends before any Kafka client exists. */
class RunCommandTest {

  @Test
  void aMetricsPortInUseIsOneErrorLineAndExit2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "bootstrap.servers", "localhost:1", "schema.registry.url", "http://localhost:1",
          "metrics.port", String.valueOf(taken.getLocalPort()), "enrich.enabled", "false"));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      int exit = RunCommand.runUntilStopped(cfg, EventSerdes.unregistered(cfg),
          new PrintStream(log, true, StandardCharsets.UTF_8), runner -> { });
      assertThat(exit).isEqualTo(2);
      assertThat(log.toString(StandardCharsets.UTF_8))
          .startsWith("error: cannot listen on metrics.port " + taken.getLocalPort() + ": ")
          .contains("--metrics-port")
          .hasLineCount(1);
    }
  }

  @Test
  void aBadKafkaPassThroughValueIsOneErrorLineAndExit2BeforeAnyClient(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.properties"), "kafka.commit.interval.ms=abc\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int exit;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      // localhost:1: were the value not refused first, the Kafka wait would show in the output instead.
      exit = new CommandLine(new RunCommand()).execute("-c", config.toString(), "-b", "localhost:1",
          "--schema-registry-url", "http://localhost:1", "--kafka-wait", "0");
    } finally {
      System.setErr(saved);
    }
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: kafka.commit.interval.ms: ").contains("abc").hasLineCount(1);
  }
}
