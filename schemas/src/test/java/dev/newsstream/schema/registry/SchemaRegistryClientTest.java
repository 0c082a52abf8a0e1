package dev.newsstream.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What needs no registry: URL validation and failing fast, naming the URL, when none answers. */
class SchemaRegistryClientTest {

  @Test
  void urlIsNormalisedWithoutTrailingSlash() {
    assertThat(SchemaRegistryClient.validUrl(" http://localhost:8081/apis/ccompat/v7/ "))
        .isEqualTo("http://localhost:8081/apis/ccompat/v7");
  }

  @Test
  void nonHttpUrlsAreRefused() {
    assertThatThrownBy(() -> SchemaRegistryClient.validUrl("localhost:8081"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)://host");
    assertThatThrownBy(() -> SchemaRegistryClient.validUrl("ftp://registry/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://registry/x");
    assertThatThrownBy(() -> SchemaRegistryClient.validUrl(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void unreachableRegistryFailsFastNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://localhost:" + closedPort + "/apis/ccompat/v7";
    long start = System.nanoTime();
    assertThatThrownBy(() -> new SchemaRegistryClient(url).checkReachable())
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("No schema registry reachable at " + url)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(SchemaRegistryException.NO_ANSWER));
    assertThat((System.nanoTime() - start) / 1_000_000).as("fails fast (ms)").isLessThan(10_000);
  }
}
