package dev.newsstream.streams.analytics;

import static dev.newsstream.streams.analytics.AnalyticsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.streams.analytics.EntityContributions.Counts;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityContributionsTest {
  private static final TrendWindow HOUR = new TrendWindow("1h", Duration.ofHours(1));
  private static final TrendWindow DAY = new TrendWindow("1d", Duration.ofDays(1));
  private static final List<TrendWindow> WINDOWS = List.of(HOUR, DAY);

  private static long at(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void windowsAreAlignedToTheEpochAndHoldTheirStartButNotTheirEnd() {
    assertThat(HOUR.startOf(at("2026-12-06T15:59:59.999Z"))).isEqualTo(at("2026-12-06T15:00:00Z"));
    assertThat(HOUR.startOf(at("2026-12-06T16:00:00Z"))).isEqualTo(at("2026-12-06T16:00:00Z"));
    assertThat(DAY.startOf(at("2026-12-06T23:30:00Z"))).isEqualTo(at("2026-12-06T00:00:00Z"));
    assertThat(HOUR.startOf(at("1969-12-31T23:30:00Z"))).as("before the epoch").isEqualTo(at("1969-12-31T23:00:00Z"));
  }

  @Test
  void anArticleIsPlacedAtItsPublicationTimeElseItsFetchTime() {
    assertThat(EntityContributions.of(article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2")).getTime())
        .isEqualTo(Instant.parse("2026-12-06T15:20:00Z"));
    assertThat(EntityContributions.of(article("a", 1, null, "PERSON:Kaja Kallas:2")).getTime())
        .isEqualTo(Instant.parse("2026-12-06T18:00:00Z"));
  }

  @Test
  void mentionsAreCountedPerCanonicalEntityAndTypeAndTheArticleOnce() {
    Article a = article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2", "PERSON:Kaja Kallas:3",
        "LOCATION:Geneva:1", "ORGANIZATION:Geneva:4", "MISC:Zero:0");
    Map<TrendKey, Counts> counts = EntityContributions.counts(EntityContributions.of(a), List.of(HOUR));
    long start = at("2026-12-06T15:00:00Z");
    assertThat(counts).containsOnly(
        Map.entry(new TrendKey("1h", start, "PERSON", "Kaja Kallas"), new Counts(1, 5)),
        Map.entry(new TrendKey("1h", start, "LOCATION", "Geneva"), new Counts(1, 1)),
        Map.entry(new TrendKey("1h", start, "ORGANIZATION", "Geneva"), new Counts(1, 4)),
        Map.entry(new TrendKey("1h", start, "MISC", "Zero"), new Counts(1, 1)));
    assertThat(EntityContributions.of(article("b", 1, null))).as("no entities, no contribution").isNull();
  }

  @Test
  void anUpdateReplacesItsEarlierContributionInsteadOfAddingToIt() {
    ArticleEntities v1 = EntityContributions.of(article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2",
        "LOCATION:Geneva:1"));
    ArticleEntities v2 = EntityContributions.of(article("a", 2, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:5",
        "LOCATION:Crimea:1"));
    Map<TrendKey, Counts> delta = EntityContributions.delta(v1, v2, List.of(HOUR));
    long start = at("2026-12-06T15:00:00Z");
    assertThat(delta).containsOnly(
        Map.entry(new TrendKey("1h", start, "PERSON", "Kaja Kallas"), new Counts(0, 3)),
        Map.entry(new TrendKey("1h", start, "LOCATION", "Geneva"), new Counts(-1, -1)),
        Map.entry(new TrendKey("1h", start, "LOCATION", "Crimea"), new Counts(1, 1)));
    assertThat(EntityContributions.delta(v2, v2, WINDOWS)).as("a redelivered version changes nothing").isEmpty();
    // Summing the deltas of any sequence of versions gives the counts of the last version alone.
    Map<TrendKey, Counts> sum = new java.util.HashMap<>();
    ArticleEntities before = null;
    for (ArticleEntities v : java.util.Arrays.asList(v1, v2, v1, null, v2)) {
      EntityContributions.delta(before, v, WINDOWS).forEach((k, c) -> sum.compute(k, (x, old) ->
          EntityContributions.add(old, c)));
      before = v;
    }
    assertThat(sum).isEqualTo(EntityContributions.counts(v2, WINDOWS));
  }

  @Test
  void aChangedPublicationTimeMovesTheContributionToAnotherWindow() {
    ArticleEntities v1 = EntityContributions.of(article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2"));
    ArticleEntities v2 = EntityContributions.of(article("a", 2, "2026-12-06T16:05:00Z", "PERSON:Kaja Kallas:2"));
    assertThat(EntityContributions.delta(v1, v2, WINDOWS)).containsOnly(
        Map.entry(new TrendKey("1h", at("2026-12-06T15:00:00Z"), "PERSON", "Kaja Kallas"), new Counts(-1, -2)),
        Map.entry(new TrendKey("1h", at("2026-12-06T16:00:00Z"), "PERSON", "Kaja Kallas"), new Counts(1, 2)));
  }

  @Test
  void aWithdrawnArticleRemovesItsContributionAndAZeroCountDisappears() {
    ArticleEntities v1 = EntityContributions.of(article("a", 1, "2026-12-06T15:20:00Z", "PERSON:Kaja Kallas:2"));
    Map<TrendKey, Counts> delta = EntityContributions.delta(v1, null, List.of(DAY));
    assertThat(delta.values()).containsExactly(new Counts(-1, -2));
    assertThat(EntityContributions.add(new Counts(1, 2), new Counts(-1, -2))).isNull();
    assertThat(EntityContributions.add(new Counts(3, 7), new Counts(-1, -2))).isEqualTo(new Counts(2, 5));
  }

  @Test
  void theTopicKeyNamesWindowStartTypeAndName() {
    assertThat(new TrendKey("1h", at("2026-12-06T15:00:00Z"), "PERSON", "Kaja Kallas").topicKey())
        .isEqualTo("1h|2026-12-06T15:00:00Z|PERSON|Kaja Kallas");
  }
}
