package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProducerSettings;
import dev.newsstream.producer.RawPageReader;
import dev.newsstream.schema.RawPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /pages against a real broker: single, batch, raw HTML, bad input, and 429 backpressure. */
class IngestServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = LocalKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static ProducerSettings settings(String topic, Map<String, String> kafka) {
    Properties overrides = new Properties();
    overrides.putAll(kafka);
    return new ProducerSettings(broker.bootstrapServers(), topic, "http-test", 1 << 20, overrides);
  }

  @Test
  void acceptsSingleBatchAndRawPagesAndRejectsBadInputClearly() throws Exception {
    broker.createTopics(2, "ingest.raw");
    try (PageProducer producer = new PageProducer(settings("ingest.raw", Map.of()));
         IngestServer server = IngestServer.start(new IngestSettings("127.0.0.1", 0, 4, 100, 1 << 20, 1 << 20,
             30_000, 1), producer)) {
      String base = "http://127.0.0.1:" + server.port();

      HttpResponse<String> single = post(base + "/pages", "application/json",
          "{\"url\":\"https://news.example/a\",\"html\":\"<html><body><p>Alpha</p></body></html>\","
              + "\"fetchedAt\":\"2025-11-25T09:57:00Z\",\"status\":200,\"headers\":{\"server\":\"nginx\"}}");
      assertThat(single.statusCode()).as(single.body()).isEqualTo(202);
      JsonNode one = JSON.readTree(single.body());
      assertThat(one.get("accepted").asInt()).isEqualTo(1);
      assertThat(one.at("/results/0/status").asText()).isEqualTo("accepted");
      assertThat(one.at("/results/0/offset").isIntegralNumber()).isTrue();

      HttpResponse<String> batch = post(base + "/pages", "application/json", "["
          + "{\"url\":\"https://news.example/b\",\"html\":\"<p>Beta</p>\"},"
          + "{\"html\":\"<p>no url</p>\"},"
          + "{\"url\":\"https://news.example/c\",\"text\":\"Gamma line.\"}]");
      assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
      JsonNode b = JSON.readTree(batch.body());
      assertThat(b.get("accepted").asInt()).isEqualTo(2);
      assertThat(b.get("invalid").asInt()).isEqualTo(1);
      assertThat(b.at("/results/1/status").asText()).isEqualTo("invalid");
      assertThat(b.at("/results/1/error").asText()).isEqualTo("missing 'url'");

      byte[] latin1 = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
      HttpResponse<String> raw = HTTP.send(HttpRequest.newBuilder(URI.create(base
              + "/pages?url=https%3A%2F%2Fnews.example%2Fd&status=200"))
          .header("Content-Type", "text/html; charset=ISO-8859-1")
          .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(raw.statusCode()).as(raw.body()).isEqualTo(202);

      HttpResponse<String> badJson = post(base + "/pages", "application/json", "{\"url\": \"https://x.example/\", ");
      assertThat(badJson.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(badJson.body()).get("error").asText()).startsWith("body is not valid JSON");

      HttpResponse<String> noValid = post(base + "/pages", "application/json", "[{\"url\":\"https://x.example/\"}]");
      assertThat(noValid.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(noValid.body()).at("/results/0/error").asText()).isEqualTo("missing 'html' or 'text'");

      HttpResponse<String> rawNoUrl = post(base + "/pages", "text/html", "<html><body><p>x</p></body></html>");
      assertThat(rawNoUrl.statusCode()).isEqualTo(400);
      assertThat(rawNoUrl.body()).contains("?url=");

      assertThat(post(base + "/pages", "application/xml", "<x/>").statusCode()).isEqualTo(415);
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/pages")).GET().build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);

      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(health.body()).get("acked").asInt()).isEqualTo(4);
    }

    List<RawPage> pages = RawPageReader.readAll(broker.bootstrapServers(), "ingest.raw", 4, Duration.ofSeconds(30));
    assertThat(pages).extracting(RawPage::getUrl).containsExactlyInAnyOrder(
        "https://news.example/a", "https://news.example/b", "https://news.example/c", "https://news.example/d");
    RawPage a = pages.stream().filter(p -> p.getUrl().endsWith("/a")).findFirst().orElseThrow();
    assertThat(a.getFetchedAt()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(a.getHttpStatus()).isEqualTo(200);
    assertThat(a.getHeaders()).containsEntry("server", "nginx");
    assertThat(a.getSource()).isEqualTo("http-test");
    RawPage d = pages.stream().filter(p -> p.getUrl().endsWith("/d")).findFirst().orElseThrow();
    assertThat(d.getCharset()).isEqualTo("iso-8859-1");
    assertThat(new String(RawPageReader.bytes(d), Charset.forName(d.getCharset()))).contains("Caf\u00e9 cr\u00e8me");
  }

  @Test
  void answers429WithRetryAfterWhileTheInFlightLimitIsFull() throws Exception {
    broker.createTopics(1, "ingest.slow");
    // linger.ms=3000 keeps the first page unacknowledged for ~3 s, so it holds the only in-flight slot.
    try (PageProducer producer = new PageProducer(settings("ingest.slow", Map.of("linger.ms", "3000")));
         IngestServer server = IngestServer.start(new IngestSettings("127.0.0.1", 0, 4, 1, 1 << 20, 1 << 20,
             30_000, 2), producer)) {
      String base = "http://127.0.0.1:" + server.port();
      String page = "{\"url\":\"https://news.example/%s\",\"html\":\"<p>%s</p>\"}";
      CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(request(base, page.formatted("first", "1")),
          HttpResponse.BodyHandlers.ofString());
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (server.limit().pages() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(server.limit().pages()).as("first request holds the in-flight slot").isEqualTo(1);

      HttpResponse<String> busy = HTTP.send(request(base, page.formatted("second", "2")),
          HttpResponse.BodyHandlers.ofString());
      assertThat(busy.statusCode()).isEqualTo(429);
      assertThat(busy.headers().firstValue("Retry-After")).contains("2");
      assertThat(JSON.readTree(busy.body()).get("error").asText()).startsWith("busy:");

      HttpResponse<String> batchTooBig = post(base + "/pages", "application/json",
          "[" + page.formatted("x", "x") + "," + page.formatted("y", "y") + "]");
      assertThat(batchTooBig.statusCode()).as("a batch that can never fit is 413, not 429").isEqualTo(413);

      assertThat(first.get().statusCode()).isEqualTo(202);
      assertThat(server.limit().pages()).isZero();
      HttpResponse<String> retry = HTTP.send(request(base, page.formatted("second", "2")),
          HttpResponse.BodyHandlers.ofString());
      assertThat(retry.statusCode()).as("the retry passes once the slot is free").isEqualTo(202);
    }
    assertThat(RawPageReader.readAll(broker.bootstrapServers(), "ingest.slow", 2, Duration.ofSeconds(30)))
        .extracting(RawPage::getUrl).containsExactlyInAnyOrder("https://news.example/first", "https://news.example/second");
  }

  private static HttpRequest request(String base, String json) {
    return HttpRequest.newBuilder(URI.create(base + "/pages")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
