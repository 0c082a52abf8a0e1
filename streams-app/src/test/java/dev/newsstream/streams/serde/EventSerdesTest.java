package dev.newsstream.streams.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.registry.SchemaRegistryException;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up checks that need no registry: a missing URL, and a URL where nothing answers. */
class EventSerdesTest {

  @Test
  void registrySerdesNeedAUrl() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of());
    assertThatThrownBy(() -> EventSerdes.withRegistry(cfg))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url").hasMessageContaining("NEWSSTREAM_SCHEMA_REGISTRY_URL");
  }

  @Test
  void unreachableRegistryFailsAtStartNamingTheUrl() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://localhost:" + closedPort + "/apis/ccompat/v7";
    // Waits for a registry that does not answer (here 1 s), then fails before any record.
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("schema.registry.url", url,
        "schema.registry.max.wait.seconds", "1"));
    assertThat(EventSerdes.unregistered(cfg).registryClient()).isPresent();
    assertThatThrownBy(() -> EventSerdes.withRegistry(cfg))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("no schema registry reachable at " + url);
  }
}
