package dev.newsstream.streams.analytics;

import static dev.newsstream.streams.analytics.AnalyticsFixtures.article;
import static dev.newsstream.streams.analytics.AnalyticsFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.StoryCopy;
import dev.newsstream.schema.StoryEvent;
import dev.newsstream.schema.StoryReach;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Story routing (per copy id) and story aggregation (per original id) together, as the two processors run them. */
class StoriesTest {
  private final Map<String, StoryEvent> membership = new HashMap<>();
  private final Map<String, StoryReach> stories = new HashMap<>();

  private void apply(StoryRouting.Result r, String id) {
    if (r.membership() == null) {
      membership.remove(id);
    } else {
      membership.put(id, r.membership());
    }
    for (StoryRouting.Routed e : r.events()) {
      StoryReach next = Stories.apply(stories.get(e.storyId()), e.storyId(), e.event());
      if (next == null) {
        stories.remove(e.storyId());
      } else {
        stories.put(e.storyId(), next);
      }
    }
  }

  private void published(String id, String time) {
    apply(StoryRouting.original(article(id, 1, time), membership.get(id)), id);
  }

  private void duplicate(String id, DuplicateKind kind, String of, Integer retracted, String time) {
    apply(StoryRouting.notice(notice(id, kind, of, retracted, time), membership.get(id)), id);
  }

  private List<String> copies(String story) {
    return stories.get(story).getCopies().stream().map(StoryCopy::getArticleId).toList();
  }

  @Test
  void copiesJoinTheirOriginalsStoryInTimeOrderWithSitesAndSpread() {
    published("orig", "2026-12-06T10:00:00Z");
    duplicate("c2", DuplicateKind.NEAR_DUPLICATE, "orig", null, "2026-12-06T12:00:00Z");
    duplicate("c1", DuplicateKind.SAME_CONTENT, "orig", null, "2026-12-06T11:00:00Z");
    StoryReach s = stories.get("orig");
    assertThat(copies("orig")).containsExactly("c1", "c2");
    assertThat(s.getSite()).isEqualTo("orig.example");
    assertThat(s.getCopies().get(0).getSite()).isEqualTo("c1.example");
    assertThat(s.getCopies().get(0).getKind()).isEqualTo("SAME_CONTENT");
    assertThat(s.getCopies().get(1).getSimilarity()).isEqualTo(0.8);
    assertThat(Stories.sites(s)).isEqualTo(3);
    assertThat(Stories.spreadSeconds(s)).isEqualTo(2 * 3600);
  }

  @Test
  void aCorrectionMovesACopyToTheEarlierOriginalAndRetractsTheCopysOwnStory() {
    published("late", "2026-12-06T10:00:00Z");
    duplicate("copy", DuplicateKind.NEAR_DUPLICATE, "late", null, "2026-12-06T11:00:00Z");
    published("early", "2026-12-06T09:00:00Z");
    // Dedup corrects both: 'late' was published clean (version 1 retracted), and 'copy' points at 'early' now.
    duplicate("late", DuplicateKind.NEAR_DUPLICATE, "early", 1, "2026-12-06T10:00:00Z");
    duplicate("copy", DuplicateKind.NEAR_DUPLICATE, "early", null, "2026-12-06T11:00:00Z");
    assertThat(copies("early")).containsExactly("late", "copy");
    assertThat(stories).as("'late' lost its header and its only copy").doesNotContainKey("late");
    // Redelivered, the same notice changes nothing.
    duplicate("copy", DuplicateKind.NEAR_DUPLICATE, "early", null, "2026-12-06T11:00:00Z");
    assertThat(copies("early")).containsExactly("late", "copy");
  }

  @Test
  void aCopyThatBecomesCleanOnUpdateLeavesTheStoryAndSameUrlNoticesChangeNothing() {
    published("orig", "2026-12-06T10:00:00Z");
    duplicate("c", DuplicateKind.SAME_CONTENT, "orig", null, "2026-12-06T11:00:00Z");
    duplicate("c", DuplicateKind.SAME_URL, "c", null, "2026-12-06T11:00:00Z");
    assertThat(copies("orig")).containsExactly("c");
    published("c", "2026-12-06T11:00:00Z");
    assertThat(copies("orig")).isEmpty();
    assertThat(stories.get("c").getCopies()).isEmpty();
    assertThat(stories.get("c").getUrl()).isEqualTo("https://www.c.example/story");
  }

  @Test
  void aPageTimeAfterTheDecisionIsNotTheCopysTime() {
    // Notices of before session 10 carried Long.MAX_VALUE as the page time of a page without a publication date.
    DuplicateNotice sentinel = AnalyticsFixtures.notice("c", DuplicateKind.NEAR_DUPLICATE, "orig", null, null);
    sentinel.setPageTime(Instant.ofEpochMilli(Long.MAX_VALUE));
    assertThat(StoryRouting.copyTime(sentinel)).isEqualTo(Instant.parse("2026-12-06T20:00:00Z"));
    DuplicateNotice dated = AnalyticsFixtures.notice("c", DuplicateKind.NEAR_DUPLICATE, "orig", null,
        "2026-12-06T18:00:00Z");
    assertThat(StoryRouting.copyTime(dated)).isEqualTo(Instant.parse("2026-12-06T18:00:00Z"));
  }

  @Test
  void withoutAPageTimeTheCopyIsSeenWhenDedupDecided() {
    duplicate("c", DuplicateKind.NEAR_DUPLICATE, "unknown", null, null);
    StoryReach s = stories.get("unknown");
    assertThat(s.getUrl()).as("original not seen (yet)").isNull();
    assertThat(s.getCopies().get(0).getSeenAt()).isEqualTo(Instant.parse("2026-12-06T20:00:00Z"));
    assertThat(Stories.spreadSeconds(s)).isZero();
  }
}
