package dev.newsstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class CommitIntervalTest {
  private static Properties streams(Map<String, String> overrides) {
    return StreamsAppConfig.load(null, Map.of(), overrides).streamsProperties();
  }

  @Test
  void exactlyOnceCommitsEvery50MsBecauseEachRepartitionHopWaitsForACommit() {
    Properties p = streams(Map.of());
    assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(new StreamsConfig(p).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50L);
  }

  @Test
  void anExplicitSettingWins() {
    Properties p = streams(Map.of("kafka.commit.interval.ms", "200"));
    assertThat(new StreamsConfig(p).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(200L);
  }

  @Test
  void atLeastOnceKeepsStreamsOwnDefault() {
    Properties p = streams(Map.of("processing.guarantee", "at_least_once"));
    assertThat(new StreamsConfig(p).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(30_000L);
  }
}
