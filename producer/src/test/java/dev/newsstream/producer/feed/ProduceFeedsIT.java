package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.producer.RawPageReader;
import dev.newsstream.schema.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code produce} on WARC (plain and gz) and JSON lines into a real broker, read back as RawPage. */
class ProduceFeedsIT {
  @TempDir Path dir;

  @Test
  void warcAndJsonLinesArriveWithStatusCharsetAndBody() throws Exception {
    Path plain = WarcFixtures.writeCrawl(dir.resolve("a.warc"), false);
    Path gz = WarcFixtures.writeCrawl(dir.resolve("b.warc.gz"), true);
    Path jsonl = Files.writeString(dir.resolve("c.jsonl"), String.join("\n",
        "{\"url\":\"https://j.example/1\",\"html\":\"<p>One</p>\",\"status\":200}",
        "{oops",
        "{\"url\":\"https://j.example/2\",\"text\":\"Two.\"}"));
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(2, "feeds.raw");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ProduceCommand produce = new ProduceCommand();
      PrintStream stdout = System.out;
      int rc;
      try {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        rc = new CommandLine(produce).execute("-b", broker.bootstrapServers(), "-t", "feeds.raw", "-q",
            "--source", "it", plain.toString(), gz.toString(), jsonl.toString());
      } finally {
        System.setOut(stdout);
      }
      String summary = out.toString(StandardCharsets.UTF_8);
      assertThat(rc).as(summary).isEqualTo(1); // the bad JSON line is a failure
      assertThat(produce.lastSentCount()).isEqualTo(6);
      assertThat(produce.lastSummary().skippedByReason())
          .isEqualTo(Map.of("WARC request record", 2L, "not HTML", 2L, "HTTP 3xx", 2L, "HTTP 4xx", 2L));
      assertThat(summary).contains("Sent 6 of 7 pages", "8 skipped, 1 failed", "skipped 2: not HTML",
          "FAILED " + jsonl + ":2: not valid JSON");

      List<RawPage> pages = RawPageReader.readAll(broker.bootstrapServers(), "feeds.raw", 6, Duration.ofSeconds(30));
      assertThat(pages).hasSize(6);
      assertThat(pages).extracting(RawPage::getUrl).containsExactlyInAnyOrder(
          WarcFixtures.CYRILLIC_URL, WarcFixtures.CYRILLIC_URL, WarcFixtures.GZIP_URL, WarcFixtures.GZIP_URL,
          "https://j.example/1", "https://j.example/2");
      List<RawPage> cyrillic = pages.stream().filter(p -> p.getUrl().equals(WarcFixtures.CYRILLIC_URL)).toList();
      assertThat(cyrillic).allSatisfy(p -> {
        assertThat(p.getHttpStatus()).isEqualTo(200);
        assertThat(p.getCharset()).isEqualTo("windows-1251");
        assertThat(p.getFetchedAt()).isEqualTo(WarcFixtures.FETCHED);
        assertThat(p.getSource()).isEqualTo("it");
        assertThat(new String(RawPageReader.bytes(p), WarcFixtures.CP1251)).isEqualTo(WarcFixtures.cyrillicHtml());
      });
      assertThat(cyrillic).extracting(p -> p.getHeaders().get("x-warc-file"))
          .containsExactlyInAnyOrder("a.warc", "b.warc.gz");
    }
  }
}
