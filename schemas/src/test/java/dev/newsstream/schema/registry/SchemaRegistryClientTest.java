package dev.newsstream.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What needs no registry: URL validation and failing fast, naming the URL, when none answers. */
class SchemaRegistryClientTest {

  @Test
  void aRefusedConnectionIsSaidInWordsNotAsTheJdksClosedChannelException() {
    // The JDK HttpClient's shape for "connection refused": a ConnectException without message around this.
    Exception refused = new java.net.ConnectException();
    refused.initCause(new java.nio.channels.ClosedChannelException());
    assertThat(SchemaRegistryClient.describe(refused)).isEqualTo("cannot connect (connection refused)");
    Exception unknownHost = new java.net.ConnectException();
    unknownHost.initCause(new java.net.UnknownHostException("Registry.invalid: Name or service not known"));
    assertThat(SchemaRegistryClient.describe(unknownHost))
        .isEqualTo("cannot connect (registry.invalid: Name or service not known)");
    assertThat(SchemaRegistryClient.describe(new java.net.http.HttpTimeoutException("request timed out")))
        .isEqualTo("timed out");
  }

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
        .hasMessageContaining("no schema registry reachable at " + url).hasMessageNotContaining("ClosedChannel")
        .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(SchemaRegistryException.NO_ANSWER));
    assertThat((System.nanoTime() - start) / 1_000_000).as("fails fast (ms)").isLessThan(10_000);
  }

  @Test
  void anInstanceStartedDuringAnOutageWaitsAndGoesOnWhenTheRegistryAnswers() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://localhost:" + port + "/apis/ccompat/v7";
    SchemaRegistryClient client = new SchemaRegistryClient(url);
    HttpServer[] registry = new HttpServer[1];
    Thread comesBack = new Thread(() -> {
      try {
        Thread.sleep(2500);
        registry[0] = answering(port, 200, "[]");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    comesBack.start();
    long start = System.nanoTime();
    try {
      client.awaitReachable(); // connection refused for 2.5 s, then a registry
      assertThat((System.nanoTime() - start) / 1_000_000).as("waited (ms)").isGreaterThanOrEqualTo(2500);
      assertThat(client.outage().outages()).isEqualTo(1);
      assertThat(client.outage().unavailable()).isFalse();
      assertThat(client.outage().waitedSeconds()).isGreaterThan(1.0);
    } finally {
      comesBack.join();
      registry[0].stop(0);
    }
  }

  @Test
  void somethingThatAnswersButIsNoRegistryFailsAtOnceWithoutWaiting() throws Exception {
    HttpServer notARegistry = answering(0, 200, "<html>hello</html>");
    try {
      SchemaRegistryClient client = new SchemaRegistryClient("http://localhost:" + notARegistry.getAddress().getPort());
      long start = System.nanoTime();
      assertThatThrownBy(client::awaitReachable).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("not a Confluent-compatible schema registry");
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
      assertThat(client.outage().outages()).isZero();
    } finally {
      notARegistry.stop(0);
    }
  }

  @Test
  void anUnreachableRegistryFailsAfterTheBoundNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://localhost:" + closedPort + "/apis/ccompat/v7";
    SchemaRegistryClient client = new SchemaRegistryClient(url);
    client.outage().maxWait(java.time.Duration.ofSeconds(2));
    long start = System.nanoTime();
    assertThatThrownBy(client::awaitReachable).hasMessageContaining("no schema registry reachable at " + url);
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isBetween(2_000L, 15_000L);
    assertThat(client.outage().unavailable()).isTrue();
  }

  private static HttpServer answering(int port, int status, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }
}
