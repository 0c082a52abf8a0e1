package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

  @Test
  void kafkaWaitComesFromTheFlagThenTheEnvThenTheDefault() {
    assertThat(RunOptions.kafkaWaitSeconds(7, Map.of("NEWSSTREAM_KAFKA_WAIT_SECONDS", "9"))).isEqualTo(7);
    assertThat(RunOptions.kafkaWaitSeconds(null, Map.of("NEWSSTREAM_KAFKA_WAIT_SECONDS", " 9 "))).isEqualTo(9);
    assertThat(RunOptions.kafkaWaitSeconds(null, Map.of())).isEqualTo(60);
    assertThat(RunOptions.kafkaWaitSeconds(0, Map.of())).isZero();
  }

  @Test
  void aNegativeWaitIsRefusedNamingTheFlag() {
    assertThatThrownBy(() -> RunOptions.kafkaWaitSeconds(-5, Map.of()))
        .isInstanceOf(ConfigException.class).hasMessage("--kafka-wait must be 0 or more seconds, got -5");
  }

  @Test
  void aBadEnvValueIsRefusedNamingTheVariableNotTheFlag() {
    assertThatThrownBy(() -> RunOptions.kafkaWaitSeconds(null, Map.of("NEWSSTREAM_KAFKA_WAIT_SECONDS", "abc")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("NEWSSTREAM_KAFKA_WAIT_SECONDS must be a whole number of seconds, 0 or more, got 'abc'");
    assertThatThrownBy(() -> RunOptions.kafkaWaitSeconds(null, Map.of("NEWSSTREAM_KAFKA_WAIT_SECONDS", "-1")))
        .hasMessageStartingWith("NEWSSTREAM_KAFKA_WAIT_SECONDS must be");
  }

  @Test
  void partitionsBelowOneAreRefused() {
    assertThat(RunOptions.partitions(1)).isEqualTo(1);
    assertThatThrownBy(() -> RunOptions.partitions(0))
        .isInstanceOf(ConfigException.class).hasMessage("--partitions must be 1 or more, got 0");
  }

  @Test
  void aTakenMetricsPortIsSaidBeforeAnythingWaits() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      assertThatThrownBy(() -> RunOptions.checkMetricsPort(taken.getLocalPort()))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("cannot listen on metrics.port " + taken.getLocalPort() + ": ");
    }
    RunOptions.checkMetricsPort(0);
    RunOptions.checkMetricsPort(-1);
  }
}
