package dev.newsstream.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A real Apicurio Registry child process answering the Confluent REST API, gone after close. */
class LocalSchemaRegistryIT {
  private static final String CT = "application/vnd.schemaregistry.v1+json";

  @Test
  void servesTheConfluentApiAndStopsOnClose() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    LocalSchemaRegistry registry;
    try (LocalSchemaRegistry r = LocalSchemaRegistry.builder().startTimeout(Duration.ofSeconds(150)).start()) {
      registry = r;
      assertThat(r.url()).isEqualTo("http://localhost:" + r.port() + "/apis/ccompat/v7");
      String schema = "{\"type\":\"record\",\"name\":\"Smoke\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
      HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(r.url() + "/subjects/smoke-value/versions"))
          .header("Content-Type", CT).POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
      assertThat(registered.body()).contains("\"id\"");
      HttpResponse<String> subjects = http.send(HttpRequest.newBuilder(URI.create(r.url() + "/subjects")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(subjects.body()).contains("smoke-value");
      assertThat(r.logFile()).exists();
    }
    assertThat(registry.isAlive()).isFalse();
  }
}
