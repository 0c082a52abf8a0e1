package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.analytics.AnalyticsViews.EntityView;
import dev.newsstream.streams.analytics.AnalyticsViews.WindowView;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters of GET /trends/entities and the scatter-gather merge of the instances' local tops. */
class TrendsQueryTest {
  private static final List<TrendWindow> WINDOWS = List.of(new TrendWindow("1h", Duration.ofHours(1)),
      new TrendWindow("1d", Duration.ofDays(1)));
  private static final long HOUR = 3_600_000;

  private static EntityTrend trend(String start, String type, String name, int articles, int mentions) {
    Instant s = Instant.parse(start);
    return new EntityTrend("1h", s, s.plusMillis(HOUR), name, type, articles, mentions);
  }

  @Test
  void parametersHaveDefaultsAndBadOnesAreNamed() {
    TrendsRequest r = TrendsRequest.parse(null, WINDOWS);
    assertThat(r).isEqualTo(new TrendsRequest(WINDOWS.get(0), null, 20, 6, false));
    r = TrendsRequest.parse("window=1d&type=person&top=5&windows=3&local=true", WINDOWS);
    assertThat(r).isEqualTo(new TrendsRequest(WINDOWS.get(1), "PERSON", 5, 3, true));
    assertThat(TrendsRequest.parse(r.peerQuery(), WINDOWS)).isEqualTo(r);
    assertThatThrownBy(() -> TrendsRequest.parse("window=2h", WINDOWS)).isInstanceOf(TrendsRequest.BadRequest.class)
        .hasMessageContaining("unknown window '2h'").hasMessageContaining("[1h, 1d]");
    assertThatThrownBy(() -> TrendsRequest.parse("type=CITY", WINDOWS)).hasMessageContaining("unknown type");
    assertThatThrownBy(() -> TrendsRequest.parse("top=ten", WINDOWS)).hasMessageContaining("top must be");
    assertThatThrownBy(() -> TrendsRequest.parse("windows=0", WINDOWS)).hasMessageContaining("windows must be");
    assertThatThrownBy(() -> TrendsRequest.parse("top=1001", WINDOWS)).hasMessageContaining("top must be");
  }

  @Test
  void aLocalAnswerHasTheNewestWindowsWithDataTopNSortedByArticlesMentionsName() {
    List<EntityTrend> store = List.of(
        trend("2026-12-06T15:00:00Z", "PERSON", "Kaja Kallas", 3, 7),
        trend("2026-12-06T15:00:00Z", "PERSON", "Marco Rubio", 3, 9),
        trend("2026-12-06T15:00:00Z", "LOCATION", "Geneva", 3, 9),
        trend("2026-12-06T15:00:00Z", "PERSON", "Abe", 1, 1),
        trend("2026-12-06T12:00:00Z", "PERSON", "Kaja Kallas", 1, 1),
        trend("2026-12-06T09:00:00Z", "PERSON", "Old", 5, 5));
    List<WindowView> out = TrendsMerge.local(store, "PERSON", 2, 2, HOUR);
    assertThat(out).extracting(WindowView::start).containsExactly("2026-12-06T15:00:00Z", "2026-12-06T12:00:00Z");
    assertThat(out.get(0).end()).isEqualTo("2026-12-06T16:00:00Z");
    assertThat(out.get(0).entities()).containsExactly(new EntityView("Marco Rubio", "PERSON", 3, 9),
        new EntityView("Kaja Kallas", "PERSON", 3, 7));
    assertThat(TrendsMerge.local(store, null, 10, 1, HOUR).get(0).entities()).extracting(EntityView::name)
        .containsExactly("Geneva", "Marco Rubio", "Kaja Kallas", "Abe");
  }

  @Test
  void theMergeIsTheTopOfTheUnionOverContiguousWindowsBackFromTheNewest() {
    List<WindowView> a = TrendsMerge.local(List.of(trend("2026-12-06T15:00:00Z", "PERSON", "A", 2, 2),
        trend("2026-12-06T15:00:00Z", "PERSON", "B", 1, 5), trend("2026-12-06T10:00:00Z", "PERSON", "A", 4, 4)),
        null, 2, 3, HOUR);
    List<WindowView> b = TrendsMerge.local(List.of(trend("2026-12-06T15:00:00Z", "PERSON", "C", 3, 1),
        trend("2026-12-06T13:00:00Z", "PERSON", "D", 1, 1)), null, 2, 3, HOUR);
    List<WindowView> merged = TrendsMerge.merge(List.of(a, b), 2, 3, HOUR);
    assertThat(merged).extracting(WindowView::start)
        .containsExactly("2026-12-06T15:00:00Z", "2026-12-06T14:00:00Z", "2026-12-06T13:00:00Z");
    assertThat(merged.get(0).entities()).extracting(EntityView::name).containsExactly("C", "A");
    assertThat(merged.get(1).entities()).as("an empty window keeps its place").isEmpty();
    assertThat(merged.get(2).entities()).extracting(EntityView::name).containsExactly("D");
    assertThat(TrendsMerge.merge(List.of(List.of(), List.of()), 2, 3, HOUR)).isEmpty();
  }

  @Test
  void spellingsThatDifferOnlyInCaseAreOneTrendNamedByTheMostMentionedAcrossInstances() {
    String t = "2026-12-06T15:00:00Z";
    List<WindowView> a = TrendsMerge.local(List.of(trend(t, "LOCATION", "JAKARTA", 2, 2),
        trend(t, "LOCATION", "Jakarta", 3, 5), trend(t, "LOCATION", "Geneva", 4, 4),
        trend(t, "ORGANIZATION", "Jakarta", 1, 1), trend(t, "ORGANIZATION", "NATO", 1, 3)), null, 10, 1, HOUR);
    assertThat(a.get(0).entities()).containsExactly(new EntityView("Jakarta", "LOCATION", 5, 7),
        new EntityView("Geneva", "LOCATION", 4, 4), new EntityView("NATO", "ORGANIZATION", 1, 3),
        new EntityView("Jakarta", "ORGANIZATION", 1, 1));
    List<WindowView> b = TrendsMerge.local(List.of(trend(t, "LOCATION", "LOS ANGELES", 2, 6),
        trend(t, "ORGANIZATION", "Nato", 1, 1)), null, 10, 1, HOUR);
    List<WindowView> c = TrendsMerge.local(List.of(trend(t, "LOCATION", "Los Angeles", 2, 6)), null, 10, 1, HOUR);
    List<WindowView> merged = TrendsMerge.merge(List.of(a, b, c), 10, 1, HOUR);
    assertThat(merged.get(0).entities()).as("a tie in mentions is shown in mixed case").containsExactly(
        new EntityView("Jakarta", "LOCATION", 5, 7), new EntityView("Los Angeles", "LOCATION", 4, 12),
        new EntityView("Geneva", "LOCATION", 4, 4), new EntityView("NATO", "ORGANIZATION", 2, 4),
        new EntityView("Jakarta", "ORGANIZATION", 1, 1));
  }
}
