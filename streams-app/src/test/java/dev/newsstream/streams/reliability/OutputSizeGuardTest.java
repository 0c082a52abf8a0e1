package dev.newsstream.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSizeGuardTest {
  @TempDir Path stateDir;

  private static byte[] seedRawPage() {
    return new AvroSerde<>(RawPage.class).toBytes(RawPage.newBuilder().setUrl(SeedPage.URL)
        .setFetchedAt(Instant.parse("2025-11-25T10:00:00Z")).setSource("test").setContentType(null).setCharset(null)
        .setBody(ByteBuffer.wrap(SeedPage.bytes())).setHttpStatus(200).setHeaders(Map.of()).build());
  }

  private record Outputs(TestOutputTopic<String, Article> clean, TestOutputTopic<String, RejectedPage> rejected) {}

  private void run(String maxOutputBytes, java.util.function.Consumer<Outputs> check) {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "max.output.bytes", maxOutputBytes));
    EventSerdes serdes = EventSerdes.plainAvro();
    try (TopologyTestDriver driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes), ErrorHandlers.streamsProperties(cfg))) {
      driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(SeedPage.URL, seedRawPage());
      check.accept(new Outputs(
          driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(), serdes.article().deserializer()),
          driver.createOutputTopic(cfg.topics().rejected(), new StringDeserializer(), serdes.rejected().deserializer())));
    }
  }

  @Test
  void anArticleThatFitsIsWritten() {
    run("1000000", out -> {
      assertThat(out.clean().readValuesToList()).hasSize(1);
      assertThat(out.rejected().isEmpty()).isTrue();
    });
  }

  @Test
  void anArticleBiggerThanTheCleanTopicAcceptsIsRejectedWithAPointer() {
    run("5000", out -> {
      assertThat(out.clean().isEmpty()).isTrue();
      RejectedPage r = out.rejected().readValue();
      assertThat(r.getReason()).isEqualTo("OUTPUT_TOO_LARGE");
      assertThat(r.getStage()).isEqualTo("produce");
      assertThat(r.getUrl()).isEqualTo(SeedPage.URL);
      // The guard runs after dedup's repartition hops: the pointer to the raw page is its key, the canonical URL.
      assertThat(r.getMessage()).contains("over the 5000 bytes").contains("raw page key " + SeedPage.URL);
      assertThat(r.getSourceTopic()).isNull();
    });
  }

  @Test
  void eachArticleIsSerialisedOnceAndTheSinkWritesTheBytesTheGuardMeasured() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString()));
    EventSerdes plain = EventSerdes.plainAvro();
    java.util.concurrent.atomic.AtomicInteger forClean = new java.util.concurrent.atomic.AtomicInteger();
    org.apache.kafka.common.serialization.Serializer<Article> counting = (topic, article) -> {
      if (cfg.topics().clean().equals(topic)) {
        forClean.incrementAndGet();
      }
      return plain.article().serializer().serialize(topic, article);
    };
    EventSerdes serdes = new EventSerdes(plain.rawPage(),
        org.apache.kafka.common.serialization.Serdes.serdeFrom(counting, plain.article().deserializer()),
        plain.duplicate(), plain.rejected());
    try (TopologyTestDriver driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes), ErrorHandlers.streamsProperties(cfg))) {
      driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput(SeedPage.URL, seedRawPage());
      List<byte[]> written = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(),
          new org.apache.kafka.common.serialization.ByteArrayDeserializer()).readValuesToList();
      assertThat(written).hasSize(1);
      assertThat(forClean).as("serialisations of the article for the clean topic").hasValue(1);
      Article article = plain.article().deserializer().deserialize(cfg.topics().clean(), written.get(0));
      assertThat(article.getUrl()).isEqualTo(SeedPage.URL);
      assertThat(article.getEntities()).as("the bytes are of the enriched article").isNotEmpty();
    }
  }

  @Test
  void theTopicLimitOnlyLowersTheConfiguredOne() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("max.output.bytes", "200000"));
    assertThat(cfg.withMaxOutputBytes(60_000).maxOutputBytes()).isEqualTo(60_000);
    assertThat(cfg.withMaxOutputBytes(8_000_000).maxOutputBytes()).isEqualTo(200_000);
  }
}
