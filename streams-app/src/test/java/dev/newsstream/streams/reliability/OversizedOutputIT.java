package dev.newsstream.streams.reliability;

import dev.newsstream.streams.cli.OutputLimits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page under max.page.bytes whose article is bigger than the clean topic's max.message.bytes (60 KB here): the
 * output size guard, fitted to the topic's limit at start, rejects the page (OUTPUT_TOO_LARGE, pointer to the raw
 * record) instead of letting the broker refuse it, which under exactly-once fails the transaction for ever; the app
 * keeps running and the next page still becomes an article.
 */
class OversizedOutputIT {
  private final AvroSerde<RawPage> rawSerde = new AvroSerde<>(RawPage.class);

  private byte[] rawPage(String url, byte[] body) {
    return rawSerde.toBytes(RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.now()).setSource("test")
        .setContentType(null).setCharset(null).setBody(ByteBuffer.wrap(body)).setHttpStatus(200)
        .setHeaders(Map.of()).build());
  }

  /** A text dump with ~400 KB of random words: compresses poorly, so it stays big on the wire. */
  private static byte[] bigArticle(String url) {
    Random r = new Random(7);
    StringBuilder b = new StringBuilder("date 2025-11-25 ").append(url).append("\nA very long report\nA very long report\n"
        + "Test Gazette\n2025-11-25T09:57+0000\n");
    while (b.length() < 400_000) {
      for (int w = 0; w < 40; w++) {
        for (int c = 0; c < 3 + r.nextInt(7); c++) {
          b.append((char) ('a' + r.nextInt(26)));
        }
        b.append(' ');
      }
      b.append("end.\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOutputTheBrokerRefusesRejectsThePageAndTheStreamGoesOn(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "bootstrap.servers", broker.bootstrapServers(), "state.dir", dir.toString(),
          "application.id", "oversized-it", "replication.factor", "1"));
      broker.createTopics(2, Map.of("max.message.bytes", "60000"), cfg.topics().clean());
      TopicSetup.create(cfg, 2);

      String bigUrl = "https://big.example/long-report";
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
          ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000), new StringSerializer(), new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(cfg.topics().raw(), bigUrl, rawPage(bigUrl, bigArticle(bigUrl)))).get();
        producer.send(new ProducerRecord<>(cfg.topics().raw(), SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()))).get();
      }

      cfg = OutputLimits.fitToCleanTopic(cfg);
      assertThat(cfg.maxOutputBytes()).isEqualTo(60000);
      EventSerdes serdes = EventSerdes.plainAvro();
      try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes));
           OutputReader reader = new OutputReader(cfg, serdes)) {
        reader.readUntil(2, Duration.ofSeconds(120));
        assertThat(reader.rejected()).hasSize(1);
        RejectedPage r = reader.rejected().get(0).value();
        assertThat(r.getReason()).isEqualTo("OUTPUT_TOO_LARGE");
        assertThat(r.getStage()).isEqualTo("produce");
        assertThat(r.getMessage()).contains("over the 60000 bytes");
        // The guard runs after dedup and enrich; the pointer to the raw page is its raw-topic key.
        assertThat(r.getMessage()).contains("raw page key " + bigUrl);
        assertThat(r.getUrl()).isEqualTo(bigUrl);
        assertThat(reader.articles()).hasSize(1);
        assertThat(reader.articles().get(0).value().getUrl()).isEqualTo(SeedPage.URL);
        assertThat(runner.streams().state().isRunningOrRebalancing()).isTrue();
      }
    }
  }
}
