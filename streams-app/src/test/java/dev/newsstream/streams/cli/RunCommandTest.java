package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
