package dev.newsstream.streams.analytics;

import dev.newsstream.schema.StoryReach;
import java.time.Instant;
import java.util.List;

/**
 * The JSON bodies of the analytics HTTP API (docs/ANALYTICS.md; Jackson writes records field by field, nulls
 * included). Times are ISO-8601 UTC strings. The contract only grows: fields are added, never renamed or removed.
 */
public final class AnalyticsViews {
  private AnalyticsViews() {}

  /** One entity's counts in one window. */
  public record EntityView(String name, String type, int articles, int mentions) {}

  /** One window, [start, end), its entities sorted by articles desc, mentions desc, name. */
  public record WindowView(String start, String end, List<EntityView> entities) {}

  /**
   * GET /trends/entities. {@code windows}: newest first; {@code instances}: the application.server of every
   * instance whose local top was merged (added field).
   */
  public record TrendsView(String window, long windowMs, String type, int top, List<WindowView> windows,
      String servedBy, List<String> instances) {}

  /** One copy of a story. */
  public record CopyView(String articleId, String url, String site, String kind, Double similarity, String seenAt) {}

  /** GET /stories/{articleId}. */
  public record StoryView(String articleId, String url, String site, String title, String firstSeen,
      List<CopyView> copies, int sites, long spreadSeconds, String servedBy) {

    static StoryView of(StoryReach s, String servedBy) {
      List<CopyView> copies = s.getCopies().stream().map(c -> new CopyView(c.getArticleId(), c.getUrl(), c.getSite(),
          c.getKind(), c.getSimilarity(), iso(c.getSeenAt()))).toList();
      return new StoryView(s.getArticleId(), s.getUrl(), s.getSite(), s.getTitle(), iso(s.getFirstSeen()), copies,
          Stories.sites(s), Stories.spreadSeconds(s), servedBy);
    }
  }

  /** {"error": message}: every 4xx/5xx body. */
  public record ErrorView(String error) {}

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
