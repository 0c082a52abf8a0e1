package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.PipelineTestDriver;
import dev.newsstream.streams.config.StreamsAppConfig;
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
 * The session 10 fresh-user review's dedup scenarios through the whole topology (TopologyTestDriver, no NER): distinct
 * stories of one site sharing its standard ending (item 1), in every arrival order, and the page time of notices for
 * pages that state no publication time (item 3).
 */
class Review10ScenariosTest {
  private static final Instant PUBLISHED = Instant.parse("2026-12-05T08:00:00Z");
  @TempDir Path work;

  record Sent(String url, byte[] page) {}

  record Run(Map<String, String> verdicts, List<DuplicateNotice> notices) {}

  private Run run(List<Sent> pages, String name) throws Exception {
    Path dir = Files.createDirectory(work.resolve(name));
    Map<String, String> all = new HashMap<>();
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
      return new Run(FinalVerdicts.of(
          clean.stream().map(r -> new FinalVerdicts.CleanRecord(r.key(), r.value() == null)).toList(), notices),
          notices);
    }
  }

  private static String id(String url) {
    return CanonicalUrl.of(url).id();
  }

  private static Sent page(String url, String title, int hour, List<String> story) {
    List<String> paragraphs = new ArrayList<>(story);
    paragraphs.addAll(SiteEndingPages.ENDING);
    Instant published = PUBLISHED.plus(Duration.ofHours(hour));
    return new Sent(url, TestPages.html(url, title, published, published.plusSeconds(600), paragraphs));
  }

  @Test
  void distinctStoriesSharingTheSitesEndingStayCleanAndTheSyndicatedCopyIsCaughtInEveryOrder() throws Exception {
    String site = "https://harbour-post.example/";
    Sent fire = page(site + "kelby-fire", "Family rescued from Kelby house fire", 0, SiteEndingPages.FIRE);
    Sent boathouse = page(site + "milford-boathouse", "Rowing club wins boathouse fight", 1,
        SiteEndingPages.BOATHOUSE);
    Sent buses = page(site + "ashby-buses", "Ashby coast buses to be halved", 2, SiteEndingPages.BUSES);
    // Another site's copy of the bus story, the same ending (a partner paper republishing it), crawled later.
    Sent copy = page("https://estuary-courier.example/news/buses", "Ashby coast buses to be halved", 3,
        SiteEndingPages.BUSES_SYNDICATED);
    Map<String, String> expected = Map.of(id(fire.url()), "clean", id(boathouse.url()), "clean",
        id(buses.url()), "clean", id(copy.url()), "NEAR_DUPLICATE of " + id(buses.url()));
    // Every 4th of the 24 orders (each of the four pages first at least once): a driver costs about a second, and
    // the pure core runs all 720 orders of six such pages (BodyEndingTest).
    List<List<Sent>> orders = Permutations.of(List.of(fire, boathouse, buses, copy));
    for (int order = 0; order < orders.size(); order += 4) {
      List<Sent> p = orders.get(order);
      Run r = run(p, "ending-" + order);
      assertThat(r.verdicts()).as("order %s", p.stream().map(Sent::url).toList()).isEqualTo(expected);
    }
  }

  @Test
  void noticesOfPagesWithoutAPublicationTimeCarryTheirCrawlTime() throws Exception {
    DedupStories.Story s = TestPages.story("louvre-heist");
    Instant crawled = Instant.parse("2017-03-06T04:02:06Z");
    Instant copyCrawled = crawled.plusSeconds(3600);
    String original = "https://www.publisher.example/" + s.id();
    String copy = "https://mirror.example/" + s.id();
    // The copy first: decided clean, then corrected to SAME_CONTENT when the earlier-crawled original arrives (a
    // correction notice, from the verdict store); the original again: a SAME_URL notice.
    Run r = run(List.of(new Sent(copy, TestPages.html(copy, copy, s, copyCrawled)),
        new Sent(original, TestPages.html(original, original, s, crawled)),
        new Sent(original, TestPages.html(original, original, s, crawled))), "no-date");
    assertThat(r.verdicts()).containsEntry(id(copy), "SAME_CONTENT of " + id(original));
    assertThat(r.notices()).extracting(DuplicateNotice::getKind)
        .contains(DuplicateKind.SAME_URL, DuplicateKind.SAME_CONTENT);
    for (DuplicateNotice n : r.notices()) {
      assertThat(n.getPageTime()).as("%s %s", n.getKind(), n.getUrl())
          .isEqualTo(n.getId().equals(id(copy)) ? copyCrawled : crawled);
    }
  }
}
