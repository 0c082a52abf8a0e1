package dev.newsstream.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.Entity;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendLedgerTest {
  private static final List<TrendWindow> WINDOWS = List.of(new TrendWindow("1h", Duration.ofHours(1)),
      new TrendWindow("1d", Duration.ofDays(1)));
  private static final Instant T = Instant.parse("2025-11-22T09:30:00Z");

  private static Entity entity(String type, String canonical, int count) {
    return Entity.newBuilder().setText(canonical).setType(type).setCanonical(canonical).setCount(count).build();
  }

  private static Article article(String id, int version, Instant published, Entity... entities) {
    return Article.newBuilder().setId(id).setVersion(version).setUrl("https://x.example/" + id)
        .setCanonicalUrl("https://x.example/" + id).setBody("b").setContentHash("h").setPublishedAt(published)
        .setFetchedAt(Instant.parse("2025-11-24T16:00:00Z")).setIngestedAt(Instant.parse("2025-11-24T16:00:01Z"))
        .setParserVersion("p").setEntities(List.of(entities)).build();
  }

  private static EntityTrend trend(String window, Instant start, String type, String name, int articles, int mentions) {
    long size = window.equals("1h") ? 3_600_000L : 86_400_000L;
    return EntityTrend.newBuilder().setWindow(window).setWindowStart(start)
        .setWindowEnd(start.plusMillis(size)).setType(type).setName(name).setArticles(articles)
        .setMentions(mentions).build();
  }

  /** The trends topic as the topology should leave it for articles a (v2) and b, read in offset order. */
  private static Map<String, EntityTrend> topicInOrder(boolean doubleCountB, boolean loseB) {
    Map<String, EntityTrend> topic = new HashMap<>();
    Instant h = Instant.parse("2025-11-22T09:00:00Z");
    Instant d = Instant.parse("2025-11-22T00:00:00Z");
    // a v1 names Maria Tamm twice and Lisbon; a v2 (re-crawl) names only Maria Tamm, three times.
    TrendLedger.fold(topic, "1h|" + h + "|PERSON|Maria Tamm", trend("1h", h, "PERSON", "Maria Tamm", 1, 2));
    TrendLedger.fold(topic, "1d|" + d + "|PERSON|Maria Tamm", trend("1d", d, "PERSON", "Maria Tamm", 1, 2));
    TrendLedger.fold(topic, "1h|" + h + "|LOCATION|Lisbon", trend("1h", h, "LOCATION", "Lisbon", 1, 1));
    TrendLedger.fold(topic, "1d|" + d + "|LOCATION|Lisbon", trend("1d", d, "LOCATION", "Lisbon", 1, 1));
    TrendLedger.fold(topic, "1h|" + h + "|PERSON|Maria Tamm", trend("1h", h, "PERSON", "Maria Tamm", 1, 3));
    TrendLedger.fold(topic, "1d|" + d + "|PERSON|Maria Tamm", trend("1d", d, "PERSON", "Maria Tamm", 1, 3));
    TrendLedger.fold(topic, "1h|" + h + "|LOCATION|Lisbon", null);
    TrendLedger.fold(topic, "1d|" + d + "|LOCATION|Lisbon", null);
    // b names Maria Tamm once, in the same windows: its difference +1/+1, applied twice after a bad kill.
    int times = loseB ? 0 : doubleCountB ? 2 : 1;
    if (times > 0) {
      TrendLedger.fold(topic, "1h|" + h + "|PERSON|Maria Tamm", trend("1h", h, "PERSON", "Maria Tamm", 1 + times, 3 + times));
      TrendLedger.fold(topic, "1d|" + d + "|PERSON|Maria Tamm", trend("1d", d, "PERSON", "Maria Tamm", 1 + times, 3 + times));
    }
    return topic;
  }

  /** articles.clean in offset order: a, its update, b, and c withdrawn by a tombstone. */
  private static Map<String, Article> cleanInOrder() {
    Map<String, Article> clean = new HashMap<>();
    TrendLedger.fold(clean, "a", article("a", 1, T, entity("PERSON", "Maria Tamm", 2), entity("LOCATION", "Lisbon", 1)));
    TrendLedger.fold(clean, "c", article("c", 1, T, entity("ORGANIZATION", "Red Cross", 1)));
    TrendLedger.fold(clean, "a", article("a", 2, T, entity("PERSON", "Maria Tamm", 3)));
    TrendLedger.fold(clean, "b", article("b", 1, T.plusSeconds(60), entity("PERSON", "Maria Tamm", 1)));
    TrendLedger.fold(clean, "c", null);
    return clean;
  }

  @Test
  void countsThatMatchTheFinalArticlesAreClean() {
    Map<String, TrendLedger.Counts> expected = TrendLedger.expected(cleanInOrder().values(), WINDOWS);
    assertThat(expected).containsOnlyKeys("1h|2025-11-22T09:00:00Z|PERSON|Maria Tamm",
        "1d|2025-11-22T00:00:00Z|PERSON|Maria Tamm");
    assertThat(expected.get("1h|2025-11-22T09:00:00Z|PERSON|Maria Tamm")).isEqualTo(new TrendLedger.Counts(2, 4));
    assertThat(TrendLedger.violations(expected, TrendLedger.fromTopic(topicInOrder(false, false)))).isEmpty();
    assertThat(TrendLedger.articlesWithEntities(cleanInOrder().values())).isEqualTo(2);
  }

  @Test
  void aDoubleCountedDeltaIsAViolation() {
    Map<String, TrendLedger.Counts> expected = TrendLedger.expected(cleanInOrder().values(), WINDOWS);
    assertThat(TrendLedger.violations(expected, TrendLedger.fromTopic(topicInOrder(true, false)))).containsExactly(
        "trend 1d|2025-11-22T00:00:00Z|PERSON|Maria Tamm: topic says 3 article(s) / 5 mention(s), articles.clean gives 2 article(s) / 4 mention(s)",
        "trend 1h|2025-11-22T09:00:00Z|PERSON|Maria Tamm: topic says 3 article(s) / 5 mention(s), articles.clean gives 2 article(s) / 4 mention(s)");
  }

  @Test
  void aLostDeltaIsAViolation() {
    Map<String, TrendLedger.Counts> expected = TrendLedger.expected(cleanInOrder().values(), WINDOWS);
    assertThat(TrendLedger.violations(expected, TrendLedger.fromTopic(topicInOrder(false, true)))).hasSize(2)
        .allMatch(v -> v.contains("topic says 1 article(s) / 3 mention(s), articles.clean gives 2 article(s) / 4 mention(s)"));
  }

  @Test
  void aCountMissingFromTheTopicOrLeftOverInItIsAViolation() {
    Map<String, TrendLedger.Counts> expected = TrendLedger.expected(cleanInOrder().values(), WINDOWS);
    Map<String, EntityTrend> topic = topicInOrder(false, false);
    TrendLedger.fold(topic, "1d|2025-11-22T00:00:00Z|PERSON|Maria Tamm", null);
    Instant h = Instant.parse("2025-11-22T09:00:00Z");
    TrendLedger.fold(topic, "1h|" + h + "|ORGANIZATION|Red Cross", trend("1h", h, "ORGANIZATION", "Red Cross", 1, 1));
    assertThat(TrendLedger.violations(expected, TrendLedger.fromTopic(topic))).containsExactly(
        "trend 1d|2025-11-22T00:00:00Z|PERSON|Maria Tamm: topic says nothing, articles.clean gives 2 article(s) / 4 mention(s)",
        "trend 1h|2025-11-22T09:00:00Z|ORGANIZATION|Red Cross: topic says 1 article(s) / 1 mention(s), articles.clean gives nothing");
  }
}
