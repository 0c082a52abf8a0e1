package dev.newsstream.streams.dedup;

import dev.newsstream.streams.PipelineTestDriver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.url.CanonicalUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts do not depend on arrival order: the same pages (originals, exact and near copies, updates and stale
 * re-crawls, each with its own crawl time) sent in crawl order, in reverse and in shuffled orders end in the same final state, where a copy that
 * was published before its original arrived has been withdrawn (correction notice + tombstone).
 */
class ArrivalOrderTest {
  private static final Instant T0 = Instant.parse("2025-11-25T06:00:00Z");
  private static final List<String> STORIES = List.of("ecb-holds-rates", "storm-landfall", "louvre-heist");
  @TempDir Path work;

  record Sent(String url, byte[] page, Instant fetched, String body) {}

  /** Final state per article id: "clean" or "NEAR_DUPLICATE of <id>"; absent ids had no outcome. */
  private Map<String, String> run(List<Sent> pages, String name) throws Exception {
    Path dir = Files.createDirectory(work.resolve(name));
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", dir.toString()));
    try (PipelineTestDriver pipeline = PipelineTestDriver.start(cfg)) {
      TestInputTopic<String, byte[]> raw = pipeline.raw();
      TestOutputTopic<String, Article> clean = pipeline.clean();
      TestOutputTopic<String, DuplicateNotice> duplicates = pipeline.duplicates();
      // Record timestamps are arrival times, deliberately unrelated to the crawl times.
      Instant arrival = T0.plus(Duration.ofDays(1));
      for (Sent s : pages) {
        raw.pipeInput(new TestRecord<>(s.url(), s.page(), arrival));
        arrival = arrival.plusSeconds(1);
      }
      List<FinalVerdicts.CleanRecord> records = clean.readRecordsToList().stream()
          .map(r -> new FinalVerdicts.CleanRecord(r.key(), r.value() == null)).toList();
      List<TestRecord<String, DuplicateNotice>> notices = duplicates.readRecordsToList();
      // Every notice (URL, content and decision stage, corrections too) is keyed by its own article id.
      assertThat(notices).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
      Map<String, String> state = FinalVerdicts.of(records, notices.stream().map(TestRecord::value).toList());
      return state;
    }
  }

  private static List<Sent> pages() {
    List<Sent> out = new ArrayList<>();
    for (int i = 0; i < STORIES.size(); i++) {
      Story s = TestPages.story(STORIES.get(i));
      Instant t = T0.plus(Duration.ofHours(i));
      String origin = "https://www.publisher.example/" + s.id();
      out.add(sent(origin, s.headline(), t, s.paragraphs()));
      out.add(sent("https://aggregator.example/item/" + s.id(), s.headline(), t.plusSeconds(600), s.paragraphs()));
      List<String> updated = new ArrayList<>(s.paragraphs());
      updated.add("This story has been updated with comments from officials on the ground.");
      Instant update = t.plus(Duration.ofHours(3));
      out.add(new Sent(origin + "?utm_source=feed", TestPages.page(origin, s.headline(), t, update, update, updated),
          update, String.join("\n", updated)));
      List<String> stale = new ArrayList<>(s.paragraphs());
      stale.add("More to follow.");
      out.add(new Sent(origin, TestPages.page(origin, s.headline(), t, t.plusSeconds(300), update.plusSeconds(600), stale),
          update.plusSeconds(600), String.join("\n", stale)));
      out.add(sent("https://syndicator.example/wire/" + s.id(), "Wire: " + s.headline(), t.plusSeconds(1200),
          TestPages.syndicated(s)));
      List<String> cut = new ArrayList<>(s.paragraphs().subList(0, s.paragraphs().size() - 1));
      cut.add("Reporting by our correspondents; additional reporting by staff writers; editing by the news desk.");
      out.add(sent("https://regional.example/" + s.id(), s.headline(), t.plusSeconds(2400), cut));
    }
    return out;
  }

  private static Sent sent(String url, String title, Instant fetched, List<String> paragraphs) {
    return new Sent(url, TestPages.page(url, title, fetched, fetched, paragraphs), fetched, String.join("\n", paragraphs));
  }

  @Test
  void everyArrivalOrderEndsInTheSameVerdictsAndNoPairIsBothCleanOrClaimsEachOther() throws Exception {
    List<Sent> inOrder = pages();
    Map<String, String> expected = run(inOrder, "in-order");
    assertThat(expected.values()).filteredOn("clean"::equals).hasSize(STORIES.size());
    assertThat(expected.values()).filteredOn(v -> v.startsWith("SAME_CONTENT")).hasSize(STORIES.size());

    List<Sent> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);
    assertThat(run(reversed, "reversed")).as("copies first").isEqualTo(expected);
    for (long seed = 1; seed <= 4; seed++) {
      List<Sent> shuffled = new ArrayList<>(inOrder);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(run(shuffled, "seed-" + seed)).as("shuffle seed %d", seed).isEqualTo(expected);
    }

    // The invariant on every clearly similar pair (exact Jaccard >= 0.7 over 3-word shingles).
    Map<String, Sent> byId = new HashMap<>();
    inOrder.forEach(s -> byId.putIfAbsent(CanonicalUrl.of(s.url()).id(), s)); // first versions
    List<String> ids = new ArrayList<>(byId.keySet());
    int pairs = 0;
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        Sent x = byId.get(ids.get(a));
        Sent y = byId.get(ids.get(b));
        if (Shingles.jaccard(Shingles.of(x.body(), 3), Shingles.of(y.body(), 3)) >= 0.7) {
          pairs++;
          String earlier = x.fetched().isBefore(y.fetched()) ? ids.get(a) : ids.get(b);
          String later = earlier.equals(ids.get(a)) ? ids.get(b) : ids.get(a);
          assertThat(expected.get(later)).as("the later of a pair is a duplicate").matches("(NEAR_DUPLICATE|SAME_CONTENT) of .*");
          assertThat(expected.get(earlier)).as("the earlier is never a copy of the later")
              .isNotEqualTo("NEAR_DUPLICATE of " + later);
          String original = FinalVerdicts.originalOf(expected.get(later));
          assertThat(expected.get(original)).as("it points at a clean article").isEqualTo("clean");
        }
      }
    }
    assertThat(pairs).as("the set has clearly similar pairs").isGreaterThanOrEqualTo(STORIES.size());
  }
}
