package dev.newsstream.cli;

import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.metrics.Telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.streams.metrics.StoreMetricTags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The streams app's /metrics and /health, scraped over HTTP while it runs on a real broker. */
class MetricsEndpointIT {
  private static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
      .resolve("../../shared/samples/sputnik-2025-11-25-rubio-kallas.txt");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void scrapesPipelineKafkaAndLagMetricsAndHealth(@TempDir Path state) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "bootstrap.servers", broker.bootstrapServers(), "state.dir", state.toString(),
          "application.id", "metrics-it", "replication.factor", "1",
          "metrics.port", "0", "metrics.lag.interval.seconds", "1"));
      TopicSetup.create(cfg, 2);
      PrometheusMeterRegistry registry = StoreMetricTags.newRegistry();
      List<String> dropped = new CopyOnWriteArrayList<>();
      registry.config().onMeterRegistrationFailed((id, reason) -> dropped.add(reason));
      StreamsRunner runner = StreamsRunner.start(cfg,
          ArticleTopology.build(cfg, EventSerdes.plainAvro(), new PipelineMetrics(registry)));
      try (Telemetry telemetry = Telemetry.start(cfg, runner.streams(), registry)) {
        String base = "http://localhost:" + telemetry.port();
        runner.awaitRunning(Duration.ofSeconds(60));
        HttpResponse<String> health = get(base + "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.get("state").asText()).isEqualTo("RUNNING");
        assertThat(body.get("ready").asBoolean()).isTrue();
        assertThat(get(base + "/health/live").statusCode()).isEqualTo(200);

        int rc = new CommandLine(new ProduceCommand()).execute("-b", broker.bootstrapServers(), "-q", SAMPLE.toString());
        assertThat(rc).isZero();

        String text = awaitScrape(base, t -> t.contains("newsstream_articles_out_total 1.0")
            && t.contains("newsstream_consumer_lag_records{group=\"metrics-it\""), Duration.ofSeconds(60));
        HttpResponse<String> metrics = get(base + "/metrics");
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
            ct -> assertThat(ct).startsWith("text/plain; version=0.0.4"));
        assertThat(text).contains("newsstream_pages_in_total 1.0");
        assertThat(text).contains("newsstream_rejected_total{reason=\"NOT_AN_ARTICLE\",stage=\"parse\"} 0.0");
        assertThat(text).contains("newsstream_stage_latency_seconds_count{stage=\"parse\"} 1");
        assertThat(text).contains("newsstream_duplicates_total{kind=\"SAME_URL\"} 0.0");
        assertThat(text).contains("newsstream_consumer_lag_seconds{group=\"metrics-it\"");
        assertThat(text).contains("newsstream_consumer_group_status{group=\"metrics-it\"}");
        // Kafka Streams and client metrics, bound through Micrometer.
        assertThat(text).containsPattern("(?m)^kafka_stream_thread_process_total\\{");
        assertThat(text).containsPattern("(?m)^kafka_consumer_");
        assertThat(text).containsPattern("(?m)^jvm_memory_used_bytes\\{");
        // RocksDB meters of key-value and window stores alike (Kafka Streams names their tag keys per store type),
        // bound within the metrics refresh after the tasks were created.
        Pattern kvStore = Pattern.compile("(?m)^kafka_stream_state_[a-z_]+\\{.*store_type=\"rocksdb\"");
        Pattern windowStore = Pattern.compile("(?m)^kafka_stream_state_[a-z_]+\\{.*store_type=\"rocksdb-window\"");
        String stores = awaitScrape(base, t -> kvStore.matcher(t).find() && windowStore.matcher(t).find(),
            Duration.ofSeconds(45));
        assertThat(stores).containsPattern(kvStore).containsPattern(windowStore);
        // Once the app has committed, its own lag is 0 on the raw topic.
        String caughtUp = awaitScrape(base, t -> t.lines().anyMatch(l -> l.startsWith(
            "newsstream_consumer_lag_records{group=\"metrics-it\",partition=") && l.contains("pages.raw")
            && l.endsWith(" 0.0")) && !t.lines().anyMatch(l -> l.startsWith("newsstream_consumer_lag_records{")
            && !l.endsWith(" 0.0")), Duration.ofSeconds(60));
        assertThat(caughtUp).contains("newsstream_consumer_group_status{group=\"metrics-it\"} 0.0");
        assertThat(dropped).as("meters Prometheus refused").isEmpty();
        // Kept for a look at every exported name (e.g. when editing the Grafana dashboard).
        Files.writeString(Path.of("target", "metrics-scrape.txt"), caughtUp);
        // The Grafana dashboard only queries metrics the app really exports.
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "deploy", "grafana", "dashboards",
            "newsstream.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode expr : dashboard.findValues("expr")) {
          Matcher m = Pattern.compile("\\b(newsstream|kafka)_[a-z_]+").matcher(expr.asText());
          while (m.find()) {
            queried.add(m.group());
          }
        }
        assertThat(queried).hasSizeGreaterThan(5);
        assertThat(queried).allSatisfy(name -> assertThat(caughtUp).containsPattern("(?m)^" + name + "[{ ]"));

        runner.close();
        HttpResponse<String> stopped = get(base + "/health");
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).contains("\"state\":\"NOT_RUNNING\"");
        assertThat(get(base + "/health/live").statusCode()).isEqualTo(503);
        assertThat(get(base + "/nothing").statusCode()).isEqualTo(404);
      } finally {
        runner.close();
      }
    }
  }

  private String awaitScrape(String base, Predicate<String> until, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String text = "";
    while (System.nanoTime() < deadline) {
      text = get(base + "/metrics").body();
      if (until.test(text)) {
        return text;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("metrics never matched within " + timeout + "; last scrape:\n"
        + text.lines().filter(l -> l.startsWith("newsstream_")).reduce("", (a, b) -> a + b + "\n"));
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
