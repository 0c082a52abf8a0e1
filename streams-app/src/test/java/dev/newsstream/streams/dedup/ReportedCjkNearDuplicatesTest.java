package dev.newsstream.streams.dedup;

import dev.newsstream.streams.PipelineTestDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared reported case {@code cjk-near-duplicates}: a Chinese story, a syndicated copy with a small edit in
 * every clause, and an unrelated story, through the whole topology. Before character shingles each clause was one
 * "word", so the copy shared almost no 3-word shingle with the original and came out clean.
 */
class ReportedCjkNearDuplicatesTest {
  static final Path DIR = Path.of(System.getProperty("user.dir"))
      .resolve("../../shared/eval/reported/cjk-near-duplicates").normalize();
  private static final AvroSerde<RawPage> RAW = new AvroSerde<>(RawPage.class);
  @TempDir Path stateDir;

  @Test
  void syndicatedCopyIsNearDuplicateAndUnrelatedStoryStaysClean() throws Exception {
    assumeTrue(Files.isDirectory(DIR), "shared eval data not found at " + DIR + " (needs ../shared beside the repo)");
    List<Path> files;
    try (var list = Files.list(DIR)) {
      files = list.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    Path original = files.stream().filter(f -> f.getFileName().toString().contains("original")).findFirst().orElseThrow();
    Path copy = files.stream().filter(f -> f.getFileName().toString().contains("copy")).findFirst().orElseThrow();
    Path unrelated = files.stream().filter(f -> f.getFileName().toString().contains("unrelated")).findFirst().orElseThrow();

    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString()));
    try (PipelineTestDriver pipeline = PipelineTestDriver.start(cfg)) {
      TestInputTopic<String, byte[]> raw = pipeline.raw();
      TestOutputTopic<String, Article> clean = pipeline.clean();
      TestOutputTopic<String, DuplicateNotice> duplicates = pipeline.duplicates();
      Instant t = Instant.parse("2025-11-24T02:00:00Z");
      for (Path f : List.of(original, unrelated, copy)) {
        String url = "https://reported.example/" + f.getFileName();
        raw.pipeInput(new TestRecord<>(url, rawPage(url, Files.readAllBytes(f), t), t));
        t = t.plusSeconds(600);
      }

      List<Article> articles = clean.readValuesToList();
      assertThat(articles).as("original and unrelated story are clean, the copy is not").hasSize(2);
      assertThat(articles.get(0).getTitle()).isNotEqualTo(articles.get(1).getTitle());
      assertThat(duplicates.readValuesToList()).singleElement().satisfies(d -> {
        assertThat(d.getKind()).isEqualTo(DuplicateKind.NEAR_DUPLICATE);
        assertThat(d.getDuplicateOf()).isEqualTo(articles.get(0).getId());
        assertThat(d.getSimilarity()).isBetween(0.5, 0.99);
      });
    }
  }

  private static byte[] rawPage(String url, byte[] html, Instant fetched) {
    RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setSource("reported")
        .setContentType("text/html").setBody(ByteBuffer.wrap(html)).setHeaders(Map.of()).build();
    return RAW.serializer().serialize("pages.raw", raw);
  }
}
