package dev.newsstream.streams;

import dev.newsstream.streams.reliability.ErrorHandlers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.serde.EventSerdes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology counts what it reads and writes: pages in, articles out, rejections by stage and reason. */
class ArticleTopologyMetricsTest {
  static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
      .resolve("../../shared/samples/sputnik-2025-11-25-rubio-kallas.txt");

  @Test
  void countsPagesInArticlesOutAndRejectionsAndTimesTheParseAndEnrichStages(@TempDir Path state) throws Exception {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", state.toString()));
    EventSerdes serdes = EventSerdes.plainAvro();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (TopologyTestDriver driver = new TopologyTestDriver(
        ArticleTopology.build(cfg, serdes, new PipelineMetrics(registry)), ErrorHandlers.streamsProperties(cfg))) {
      // Every parse reason exists at 0 once the topology is built, before the first rejection.
      assertThat(registry.scrape()).contains("newsstream_rejected_total{reason=\"NOT_AN_ARTICLE\",stage=\"parse\"} 0.0");
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(),
          new ByteArraySerializer());
      RawPage page = RawPage.newBuilder().setUrl("https://sputnikglobe.com/20251125/rubio.html")
          .setFetchedAt(Instant.now()).setBody(ByteBuffer.wrap(Files.readAllBytes(SAMPLE))).build();
      raw.pipeInput("https://sputnikglobe.com/20251125/rubio.html",
          serdes.rawPage().serializer().serialize(cfg.topics().raw(), page));
      raw.pipeInput("garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));

      assertThat(driver.createOutputTopic(cfg.topics().clean(), (t, b) -> b, (t, b) -> b).getQueueSize()).isEqualTo(1);
      String text = registry.scrape();
      assertThat(text).contains("newsstream_pages_in_total 2.0");
      assertThat(text).contains("newsstream_articles_out_total 1.0");
      assertThat(text).contains("newsstream_rejected_total{reason=\"BAD_RECORD\",stage=\"parse\"} 1.0");
      // Only the page that reached the parser is timed; the undecodable record is rejected before it.
      assertThat(text).contains("newsstream_stage_latency_seconds_count{stage=\"parse\"} 1");
      // NER, the costly stage, is timed per article.
      assertThat(text).contains("newsstream_stage_latency_seconds_count{stage=\"enrich\"} 1");
    }
  }
}
