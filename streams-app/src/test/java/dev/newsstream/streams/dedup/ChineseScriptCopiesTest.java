package dev.newsstream.streams.dedup;

import static dev.newsstream.streams.dedup.ChineseScriptPages.SHENZHEN_HANS;
import static dev.newsstream.streams.dedup.ChineseScriptPages.SHENZHEN_TITLE;
import static dev.newsstream.streams.dedup.ChineseScriptPages.TAIPEI_HANS;
import static dev.newsstream.streams.dedup.ChineseScriptPages.TAIPEI_HANT;
import static dev.newsstream.streams.dedup.ChineseScriptPages.TAIPEI_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.PipelineTestDriver;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.url.CanonicalUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Traditional Chinese story and its Simplified copy through the whole topology (TopologyTestDriver, no NER), with a
 * different Simplified story on the same kind of news: in every arrival order the copy is a NEAR_DUPLICATE of the
 * original and the other story stays clean; the published text is not folded.
 */
class ChineseScriptCopiesTest {
  private static final Instant PUBLISHED = Instant.parse("2026-12-05T08:00:00Z");
  @TempDir Path work;

  record Sent(String url, byte[] page) {}

  private static Sent page(String url, String title, int hour, List<String> paragraphs) {
    Instant published = PUBLISHED.plus(Duration.ofHours(hour));
    return new Sent(url, TestPages.html(url, title, published, published.plusSeconds(600), paragraphs));
  }

  @Test
  void theCopyInTheOtherScriptIsANearDuplicateInEveryOrderAndTheTextStaysAsPublished() throws Exception {
    Sent original = page("https://news.taipei-daily.example/metro-loop", TAIPEI_TITLE, 0, TAIPEI_HANT);
    Sent other = page("https://www.shenzhen-evening.example/line-16", SHENZHEN_TITLE, 1, SHENZHEN_HANS);
    Sent copy = page("https://portal.mainland-news.example/tw/metro-loop", "台北捷运环状线北环段动工", 2, TAIPEI_HANS);
    String originalId = CanonicalUrl.of(original.url()).id();
    Map<String, String> expected = Map.of(originalId, "clean", CanonicalUrl.of(other.url()).id(), "clean",
        CanonicalUrl.of(copy.url()).id(), "NEAR_DUPLICATE of " + originalId);
    int n = 0;
    for (List<Sent> order : Permutations.of(List.of(original, other, copy))) {
      Path dir = Files.createDirectory(work.resolve("order-" + n++));
      Map<String, String> config = new HashMap<>(Map.of("state.dir", dir.toString(), "enrich.enabled", "false"));
      try (PipelineTestDriver pipeline = PipelineTestDriver.start(StreamsAppConfig.load(null, Map.of(), config))) {
        Instant arrival = PUBLISHED.plus(Duration.ofDays(1));
        for (Sent s : order) {
          pipeline.raw().pipeInput(new TestRecord<>(s.url(), s.page(), arrival));
          arrival = arrival.plusSeconds(1);
        }
        List<TestRecord<String, Article>> clean = pipeline.clean().readRecordsToList();
        List<DuplicateNotice> notices = pipeline.duplicates().readValuesToList();
        assertThat(FinalVerdicts.of(clean.stream()
            .map(r -> new FinalVerdicts.CleanRecord(r.key(), r.value() == null)).toList(), notices))
            .as("order %s", order.stream().map(Sent::url).toList()).isEqualTo(expected);
        assertThat(clean).filteredOn(r -> r.value() != null && r.key().equals(originalId)).isNotEmpty()
            .allSatisfy(r -> assertThat(r.value().getBody()).as("published text").contains("臺北捷運環狀線北環段")
                .doesNotContain("台北捷运"));
      }
    }
  }
}
