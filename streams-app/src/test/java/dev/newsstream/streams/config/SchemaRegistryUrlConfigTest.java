package dev.newsstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaRegistryUrlConfigTest {

  @Test
  void noUrlByDefault() {
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of()).schemaRegistryUrl()).isEmpty();
  }

  @Test
  void urlFromEnvironmentIsNormalised() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null,
        Map.of("NEWSSTREAM_SCHEMA_REGISTRY_URL", "http://registry:8080/apis/ccompat/v7/"), Map.of());
    assertThat(cfg.schemaRegistryUrl()).contains(URI.create("http://registry:8080/apis/ccompat/v7"));
  }

  @Test
  void invalidUrlNamesTheSetting() {
    assertThatThrownBy(() -> StreamsAppConfig.load(null, Map.of(), Map.of("schema.registry.url", "registry:8081")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url").hasMessageContaining("registry:8081");
  }
}
