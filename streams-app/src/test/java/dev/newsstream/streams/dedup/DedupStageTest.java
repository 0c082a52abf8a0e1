package dev.newsstream.streams.dedup;

import dev.newsstream.streams.reliability.ErrorHandlers;
import static dev.newsstream.streams.dedup.TestPages.page;
import static dev.newsstream.streams.dedup.TestPages.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.StoryReach;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.analytics.AnalyticsStores;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.url.CanonicalUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dedup stage inside the whole topology, one test per outcome kind. */
class DedupStageTest {
  private static final Instant T0 = Instant.parse("2025-11-25T09:00:00Z");
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, Article> clean;
  private TestOutputTopic<String, DuplicateNotice> duplicates;
  private final EventSerdes serdes = EventSerdes.plainAvro();

  private void start(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("state.dir", stateDir.toString());
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), all);
    driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes), ErrorHandlers.streamsProperties(cfg));
    raw = driver.createInputTopic(cfg.topics().raw(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    clean = driver.createOutputTopic(cfg.topics().clean(), Serdes.String().deserializer(), serdes.article().deserializer());
    duplicates = driver.createOutputTopic(cfg.topics().duplicates(), Serdes.String().deserializer(),
        serdes.duplicate().deserializer());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  /** The notices written so far; every one must be keyed by its own article id, whatever stage decided it. */
  private List<DuplicateNotice> notices() {
    List<TestRecord<String, DuplicateNotice>> records = duplicates.readRecordsToList();
    assertThat(records).allSatisfy(r -> assertThat(r.key()).as("key of %s", r.value()).isEqualTo(r.value().getId()));
    return records.stream().map(TestRecord::value).toList();
  }

  private void send(String url, byte[] page, Instant at) {
    raw.pipeInput(new TestRecord<>(url, page, at));
  }

  @Test
  void recrawlWithTrackingParamsIsSameUrlNotice() {
    start(Map.of());
    Story s = story("ecb-holds-rates");
    String url = "https://www.bank-news.example/2025/ecb-holds";
    send(url, page(url, s, T0), T0);
    send(url + "?utm_source=rss&fbclid=x#top", page(url + "?utm_source=rss&fbclid=x#top", s, T0), T0.plusSeconds(3600));

    List<Article> articles = clean.readValuesToList();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(CanonicalUrl.of(url).id());
      assertThat(a.getVersion()).isEqualTo(1);
    });
    assertThat(notices()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.SAME_URL);
      assertThat(d.getDuplicateOf()).isEqualTo(articles.get(0).getId());
      assertThat(d.getSimilarity()).isEqualTo(1.0);
    });
  }

  @Test
  void canonicalLinkOnTheSameSiteGivesTheSameIdButNotAcrossSites() {
    start(Map.of());
    Story s = story("quake-afghanistan");
    String canonical = "https://www.quake-news.example/2025/afghanistan";
    send(canonical, TestPages.html(canonical, canonical, s, T0), T0);
    String amp = "https://amp.quake-news.example/2025/afghanistan.amp?utm_source=twitter";
    send(amp, TestPages.html(amp, canonical, s, T0.plusSeconds(60)), T0.plusSeconds(60));
    // A syndicator keeping the original's canonical link must not take over its id.
    String other = "https://newswire-one.example/afghanistan-quake";
    send(other, TestPages.html(other, canonical, s, T0.plusSeconds(120)), T0.plusSeconds(120));

    assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly(CanonicalUrl.of(canonical).id());
    assertThat(notices()).extracting(DuplicateNotice::getKind, DuplicateNotice::getId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DuplicateKind.SAME_URL, CanonicalUrl.of(canonical).id()),
            org.assertj.core.groups.Tuple.tuple(DuplicateKind.SAME_CONTENT, CanonicalUrl.of(other).id()));
  }

  @Test
  void changedRecrawlIsNextVersionAndAStaleOneDoesNotOverwriteIt() {
    start(Map.of());
    Story s = story("storm-landfall");
    String url = "https://www.weather-desk.example/storm";
    send(url, page(url, s, T0), T0);
    List<String> updated = new ArrayList<>(s.paragraphs());
    updated.add("The death toll rose to three overnight, the government said in an update on Wednesday morning.");
    Instant later = T0.plus(Duration.ofHours(2));
    send(url, page(url, s.headline(), T0, later, updated), later);
    // A copy fetched earlier (modified before the update) arrives late with a different body.
    List<String> older = new ArrayList<>(s.paragraphs().subList(0, 3));
    send(url, page(url, s.headline(), T0, T0.plusSeconds(600), older), later.plusSeconds(60));

    List<TestRecord<String, Article>> versions = clean.readRecordsToList();
    assertThat(versions).extracting(r -> r.value().getVersion()).containsExactly(1, 2);
    assertThat(versions).extracting(TestRecord::key).containsOnly(CanonicalUrl.of(url).id());
    assertThat(versions.get(1).value().getBody()).contains("death toll rose to three");
    assertThat(notices()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.SAME_URL);
      assertThat(d.getSimilarity()).as("stale: the bodies differ").isNull();
    });
  }

  @Test
  void sameBodyUnderAnotherUrlIsSameContentNotice() {
    start(Map.of());
    Story s = story("louvre-heist");
    String original = "https://www.paris-daily.example/louvre";
    String copy = "https://aggregator.example/item/991";
    send(original, page(original, s, T0), T0);
    Instant copied = T0.plusSeconds(900);
    send(copy, page(copy, "Louvre raid: jewels stolen", copied, copied, s.paragraphs()), copied);

    assertThat(clean.readValuesToList()).hasSize(1);
    assertThat(notices()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.SAME_CONTENT);
      assertThat(d.getId()).isEqualTo(CanonicalUrl.of(copy).id());
      assertThat(d.getDuplicateOf()).isEqualTo(CanonicalUrl.of(original).id());
    });
  }

  @Test
  void sameContentCopyLeavesTheStoryWhenItsUrlGoesOutCleanWithNewText() {
    start(Map.of("enrich.enabled", "false"));
    Story s = story("louvre-heist");
    String original = "https://www.paris-daily.example/louvre";
    String copy = "https://aggregator.example/item/992";
    send(original, page(original, s, T0), T0);
    Instant copied = T0.plusSeconds(900);
    send(copy, page(copy, s.headline(), copied, copied, s.paragraphs()), copied);
    String originalId = CanonicalUrl.of(original).id();
    KeyValueStore<String, StoryReach> stories = driver.getKeyValueStore(AnalyticsStores.STORIES);
    assertThat(stories.get(originalId).getCopies()).hasSize(1);
    // The copy's URL is re-crawled with another story: version 2, clean, so no longer a copy of the original.
    Instant rewritten = T0.plusSeconds(7200);
    send(copy, page(copy, story("rail-strike-germany"), rewritten), rewritten);
    assertThat(clean.readValuesToList()).extracting(Article::getId, Article::getVersion)
        .contains(org.assertj.core.groups.Tuple.tuple(CanonicalUrl.of(copy).id(), 2));
    assertThat(stories.get(originalId).getCopies()).isEmpty();
    assertThat(notices()).extracting(DuplicateNotice::getKind).containsExactly(DuplicateKind.SAME_CONTENT);
  }

  @Test
  void syndicatedCopyIsNearDuplicateOfTheFirstSeen() {
    start(Map.of());
    Story s = story("rail-strike-germany");
    String original = "https://www.rail-news.example/strike";
    String copy = "https://newswire-one.example/story/1/strike";
    send(original, page(original, s, T0), T0);
    Instant copied = T0.plusSeconds(1800);
    send(copy, page(copy, "Rail strike cripples Germany", copied, copied, TestPages.syndicated(s)), copied);

    assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly(CanonicalUrl.of(original).id());
    assertThat(notices()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(DuplicateKind.NEAR_DUPLICATE);
      assertThat(d.getDuplicateOf()).isEqualTo(CanonicalUrl.of(original).id());
      assertThat(d.getSimilarity()).isBetween(0.5, 0.99);
    });
  }

  @Test
  void distinctStoriesOnTheSameTopicStayClean() {
    start(Map.of());
    List<String> ids = List.of("ukraine-geneva-revised-plan", "ukraine-kremlin-no-information",
        "ukraine-driscoll-abu-dhabi", "rail-strike-germany", "rail-strike-deal");
    for (int i = 0; i < ids.size(); i++) {
      String url = "https://www.one-site.example/" + ids.get(i);
      send(url, page(url, story(ids.get(i)), T0.plusSeconds(60L * i)), T0.plusSeconds(60L * i));
    }
    assertThat(clean.readValuesToList()).hasSize(ids.size());
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void copiesOlderThanTheHorizonAreNoLongerMatched() {
    start(Map.of("dedup.horizon", "PT1H"));
    Story s = story("wildfire-california");
    String original = "https://www.fire-watch.example/la-fire";
    send(original, page(original, s, T0), T0);
    // Another page two hours later moves stream time past the horizon; the sweep forgets the original.
    String other = "https://www.fire-watch.example/canada";
    Instant later = T0.plus(Duration.ofHours(2));
    send(other, page(other, story("wildfire-canada"), later), later);
    String copy = "https://newswire-one.example/la-fire";
    send(copy, page(copy, s.headline(), later, later, TestPages.syndicated(s)), later.plusSeconds(60));

    assertThat(clean.readValuesToList()).extracting(Article::getUrl).containsExactly(original, other, copy);
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void horizonIsValidatedAndDefaultsToThirtyDays() {
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of()).dedup().horizon()).isEqualTo(Duration.ofDays(30));
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of("dedup.horizon", "7")).dedup().horizon())
        .isEqualTo(Duration.ofDays(7));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StreamsAppConfig.load(null, Map.of(), Map.of("dedup.horizon", "soon")))
        .hasMessageContaining("dedup.horizon");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StreamsAppConfig.load(null, Map.of(), Map.of("dedup.near.threshold", "1.5")))
        .hasMessageContaining("dedup.near.threshold");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StreamsAppConfig.load(null, Map.of(), Map.of("dedup.bands", "65")))
        .hasMessageContaining("dedup.bands");
  }
}
