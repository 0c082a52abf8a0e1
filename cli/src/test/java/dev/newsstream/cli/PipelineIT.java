package dev.newsstream.cli;

import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.schema.Article;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The vertical slice on a real Apache Kafka broker: producer CLI -> topology (exactly-once) -> consumer. */
class PipelineIT {

  @Test
  void seedPageThroughProducerCliAndTopologyBecomesACleanArticle(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "bootstrap.servers", broker.bootstrapServers(), "state.dir", dir.resolve("state").toString(),
          "application.id", "pipeline-it", "replication.factor", "1"));
      assertThat(cfg.processingGuarantee()).isEqualTo("exactly_once_v2");
      TopicSetup.create(cfg, 2);
      Path junk = dir.resolve("junk.html");
      Files.writeString(junk, "<html><head><link rel=canonical href='https://x.example/nav'></head>"
          + "<body><nav><a href='/'>Home</a></nav></body></html>");

      int rc = new CommandLine(new ProduceCommand()).execute("-b", broker.bootstrapServers(), "-q",
          SeedPage.FILE.toString(), junk.toString());
      assertThat(rc).isZero();

      EventSerdes serdes = EventSerdes.plainAvro();
      try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes));
           OutputReader reader = new OutputReader(cfg, serdes)) {
        reader.readUntil(2, Duration.ofSeconds(90));
        assertThat(reader.articles()).hasSize(1);
        Article a = reader.articles().get(0).value();
        assertThat(reader.articles().get(0).key()).isEqualTo(a.getId());
        PipelineAssertions.assertSeedArticle(a);
        assertThat(reader.rejected()).hasSize(1);
        assertThat(reader.rejected().get(0).value().getReason()).isEqualTo("NOT_AN_ARTICLE");
        assertThat(reader.rejected().get(0).value().getUrl()).isEqualTo("https://x.example/nav");
      }
    }
  }
}
