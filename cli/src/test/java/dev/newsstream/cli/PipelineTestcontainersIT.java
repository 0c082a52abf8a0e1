package dev.newsstream.cli;

import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same slice against the official apache/kafka image, for machines with a Docker engine. Skipped cleanly
 * where there is none (as on CI here); {@link PipelineIT} covers the same on a broker started from Maven Central.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT {
  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

  @Test
  void seedPageBecomesACleanArticleOnTheOfficialImage(@TempDir Path dir) throws Exception {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
        "bootstrap.servers", KAFKA.getBootstrapServers(), "state.dir", dir.toString(),
        "application.id", "pipeline-tc", "replication.factor", "1"));
    TopicSetup.create(cfg, 2);
    assertThat(new picocli.CommandLine(new ProduceCommand()).execute("-b", KAFKA.getBootstrapServers(), "-q",
        SeedPage.FILE.toString())).isZero();
    EventSerdes serdes = EventSerdes.plainAvro();
    try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes));
         OutputReader reader = new OutputReader(cfg, serdes)) {
      reader.readUntil(1, Duration.ofSeconds(90));
      assertThat(reader.articles()).hasSize(1);
      PipelineAssertions.assertSeedArticle(reader.articles().get(0).value());
    }
  }
}
