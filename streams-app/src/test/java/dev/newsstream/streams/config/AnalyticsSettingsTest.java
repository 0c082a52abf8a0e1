package dev.newsstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class AnalyticsSettingsTest {
  private static StreamsAppConfig load(Map<String, String> flags) {
    return StreamsAppConfig.load(null, Map.of(), flags);
  }

  @Test
  void defaultsAreHourAndDayWindowsADaysGraceAndTheMetricsPortAsApplicationServer() {
    StreamsAppConfig cfg = load(Map.of());
    assertThat(cfg.analytics().enabled()).isTrue();
    assertThat(cfg.analytics().windows()).extracting(StreamsAppConfig.TrendWindow::label).containsExactly("1h", "1d");
    assertThat(cfg.analytics().windows().get(1).size()).isEqualTo(Duration.ofDays(1));
    assertThat(cfg.analytics().grace()).isEqualTo(Duration.ofDays(1));
    assertThat(cfg.streamsProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("localhost:9464");
  }

  @Test
  void windowsHostAndGraceAreParsed() {
    StreamsAppConfig cfg = load(Map.of("analytics.windows", "15m, 2H,7d", "analytics.grace", "PT10M",
        "analytics.advertised.host", "app-1.internal", "metrics.port", "8080"));
    assertThat(cfg.analytics().windows()).extracting(StreamsAppConfig.TrendWindow::size)
        .containsExactly(Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofDays(7));
    assertThat(cfg.analytics().applicationServer()).isEqualTo("app-1.internal:8080");
    assertThat(load(Map.of("analytics.advertised-host", "10.0.0.5:9000")).analytics().applicationServer())
        .isEqualTo("10.0.0.5:9000");
    assertThat(StreamsAppConfig.load(null, Map.of("NEWSSTREAM_ANALYTICS_ADVERTISED_HOST", "pod-2.app"), Map.of())
        .analytics().applicationServer()).as("settable from the environment").isEqualTo("pod-2.app:9464");
    assertThat(load(Map.of("metrics.port", "0")).streamsProperties())
        .as("no fixed port: peers cannot reach this instance").doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
    assertThat(load(Map.of("analytics.enabled", "false")).streamsProperties())
        .doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
  }

  @Test
  void badSettingsAreRefusedWithTheKeyNamed() {
    assertThatThrownBy(() -> load(Map.of("analytics.windows", "1h,1w"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("analytics.windows").hasMessageContaining("1w");
    assertThatThrownBy(() -> load(Map.of("analytics.windows", "7h"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("divides a day");
    assertThatThrownBy(() -> load(Map.of("analytics.windows", "60m,1h"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> load(Map.of("analytics.windows", "0h"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> load(Map.of("analytics.grace", "soon"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("analytics.grace");
    assertThatThrownBy(() -> load(Map.of("analytics.advertised-host", "a b:1"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> load(Map.of("analytics.advertised-host", "host:99999"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> load(Map.of("analytics.topic.trends", "articles.clean"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("must differ");
  }
}
