package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.PipelineTestDriver;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.url.CanonicalUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session 9 fresh-user review's dedup scenarios through the whole topology (TopologyTestDriver, no NER), in
 * every arrival order: syndicated copies stating the original's publication time (they tie on it), a copy of an
 * updated article's first text, and how many notices a page gets.
 */
class ReviewScenariosTest {
  private static final Instant PUBLISHED = Instant.parse("2025-12-02T08:00:00Z");
  @TempDir Path work;

  record Sent(String url, byte[] page) {}

  record Run(Map<String, String> verdicts, List<DuplicateNotice> notices, List<String> tombstones) {
    long noticesFor(String id) {
      return notices.stream().filter(n -> n.getId().equals(id) && n.getKind() != DuplicateKind.SAME_URL).count();
    }
  }

  private Run run(List<Sent> pages, String name, Map<String, String> settings) throws Exception {
    Path dir = Files.createDirectory(work.resolve(name));
    Map<String, String> all = new HashMap<>(settings);
    all.put("state.dir", dir.toString());
    all.put("enrich.enabled", "false");
    try (PipelineTestDriver pipeline = PipelineTestDriver.start(StreamsAppConfig.load(null, Map.of(), all))) {
      Instant arrival = PUBLISHED.plus(Duration.ofDays(2)); // arrival times unrelated to crawl times
      for (Sent s : pages) {
        pipeline.raw().pipeInput(new TestRecord<>(s.url(), s.page(), arrival));
        arrival = arrival.plusSeconds(1);
      }
      List<TestRecord<String, Article>> clean = pipeline.clean().readRecordsToList();
      List<DuplicateNotice> notices = pipeline.duplicates().readValuesToList();
      Map<String, String> verdicts = FinalVerdicts.of(
          clean.stream().map(r -> new FinalVerdicts.CleanRecord(r.key(), r.value() == null)).toList(), notices);
      return new Run(verdicts, notices, clean.stream().filter(r -> r.value() == null).map(TestRecord::key).toList());
    }
  }

  private static String id(String url) {
    return CanonicalUrl.of(url).id();
  }

  /** The first URL of the form {@code prefix + i} whose article id sorts before {@code id}: ranked by id it would win. */
  private static String urlSortingBefore(String prefix, String id) {
    for (int i = 0; ; i++) {
      if (id(prefix + i).compareTo(id) < 0) {
        return prefix + i;
      }
    }
  }

  @Test
  void syndicatedCopiesStatingTheOriginalsPublicationTimeNeverWithdrawItInAnyOrder() throws Exception {
    Story s = TestPages.story("ecb-holds-rates");
    String original = "https://www.publisher.example/" + s.id();
    String low = urlSortingBefore("https://syndic.example/story-", id(original));
    String high = urlSortingBefore("https://syndic.example/wire-", id(low));
    List<String> copy = TestPages.syndicated(s);
    Instant crawled = PUBLISHED.plus(Duration.ofHours(1));
    // All three state the same publication time (the copies took it over with the text); the original was
    // crawled first, the two identical copies 8 and 9 seconds later. Ranked by id alone both copies would win.
    List<Sent> pages = List.of(
        new Sent(original, TestPages.page(original, s.headline(), PUBLISHED, PUBLISHED, crawled, s.paragraphs())),
        new Sent(low, TestPages.page(low, s.headline(), PUBLISHED, PUBLISHED, crawled.plusSeconds(8), copy)),
        new Sent(high, TestPages.page(high, s.headline(), PUBLISHED, PUBLISHED, crawled.plusSeconds(9), copy)));
    Map<String, String> expected = Map.of(id(original), "clean", id(low), "NEAR_DUPLICATE of " + id(original),
        id(high), "SAME_CONTENT of " + id(low));
    int order = 0;
    for (List<Sent> p : Permutations.of(pages)) {
      Run r = run(p, "tie-" + order++, Map.of());
      assertThat(r.verdicts()).as("order %s", p.stream().map(Sent::url).toList()).isEqualTo(expected);
      assertThat(r.tombstones()).as("the original is never withdrawn").doesNotContain(id(original));
      assertThat(r.noticesFor(id(original))).as("nor gets a notice").isZero();
    }
  }

  @Test
  void aCopyOfAnUpdatedArticlesFirstTextIsItsCopyAndNeverWithdrawsTheCurrentVersion() throws Exception {
    Story s = TestPages.story("storm-landfall");
    String url = "https://www.publisher.example/" + s.id();
    String copyUrl = urlSortingBefore("https://other.example/news/x", id(url));
    List<String> updated = new ArrayList<>(s.paragraphs());
    updated.set(1, updated.get(1) + " (Correction: an earlier version gave a wrong figure.)");
    Instant v1 = PUBLISHED.plus(Duration.ofHours(1));
    Instant v2 = PUBLISHED.plus(Duration.ofHours(7));
    List<Sent> pages = List.of(
        new Sent(url, TestPages.page(url, s.headline(), PUBLISHED, PUBLISHED, v1, s.paragraphs())),
        new Sent(url, TestPages.page(url, s.headline(), PUBLISHED, v2, v2, updated)),
        // The first text again, at another URL, stating the same publication time, crawled after both versions.
        new Sent(copyUrl, TestPages.page(copyUrl, s.headline(), PUBLISHED, PUBLISHED, v2.plusSeconds(600),
            s.paragraphs())));
    Map<String, String> expected = Map.of(id(url), "clean", id(copyUrl), "SAME_CONTENT of " + id(url));
    int order = 0;
    for (List<Sent> p : Permutations.of(pages)) {
      Run r = run(p, "update-" + order++, Map.of());
      assertThat(r.verdicts()).as("order %s", p.stream().map(Sent::url).toList()).isEqualTo(expected);
      assertThat(r.tombstones()).doesNotContain(id(url));
      assertThat(r.noticesFor(id(url))).isZero();
    }
  }

  @Test
  void exactCopiesEndAsSameContentOfTheEarliestInEveryOrderWithNoNearNoticeOnTheWay() throws Exception {
    // Three pages with one body: the earliest (crawled first) is the original. Copies first: each copy is decided
    // (clean or a copy of the other) before the original arrives and must be re-pointed to it. Until session 9
    // only the body's previous owner got the exact correction (the other copy kept naming it), and near corrections
    // from the other band shard gave a NEAR_DUPLICATE notice next to the SAME_CONTENT one.
    Story s = TestPages.story("louvre-heist");
    String original = "https://www.publisher.example/" + s.id();
    String copy = "https://aggregator.example/item/" + s.id();
    String copy2 = "https://mirror.example/" + s.id();
    Instant crawled = PUBLISHED.plus(Duration.ofHours(1));
    List<Sent> pages = List.of(
        new Sent(original, TestPages.page(original, s.headline(), PUBLISHED, PUBLISHED, crawled, s.paragraphs())),
        new Sent(copy, TestPages.page(copy, s.headline(), PUBLISHED, PUBLISHED, crawled.plusSeconds(60),
            s.paragraphs())),
        new Sent(copy2, TestPages.page(copy2, s.headline(), PUBLISHED, PUBLISHED, crawled.plusSeconds(120),
            s.paragraphs())));
    Map<String, String> expected = Map.of(id(original), "clean", id(copy), "SAME_CONTENT of " + id(original),
        id(copy2), "SAME_CONTENT of " + id(original));
    int order = 0;
    for (List<Sent> p : Permutations.of(pages)) {
      Run r = run(p, "exact-" + order++, Map.of());
      assertThat(r.verdicts()).as("order %s", p.stream().map(Sent::url).toList()).isEqualTo(expected);
      assertThat(r.notices()).as("one body: never a near verdict").noneMatch(
          n -> n.getKind() == DuplicateKind.NEAR_DUPLICATE);
      // At most: its first outcome (or clean) and one correction per earlier page with its body that came later.
      assertThat(r.noticesFor(id(copy))).isLessThanOrEqualTo(2);
      assertThat(r.noticesFor(id(copy2))).isLessThanOrEqualTo(3);
    }
  }
}
