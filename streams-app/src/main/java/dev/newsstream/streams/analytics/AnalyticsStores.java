package dev.newsstream.streams.analytics;

import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;

/** Names of the analytics state stores: the interactive queries read them by these names. */
public final class AnalyticsStores {
  /** Article id -> its current contribution (ArticleEntities). */
  public static final String ARTICLE_ENTITIES = "analytics-article-entities";
  /** Per trends task, one entry: the latest article time seen (the grace period's stream time). */
  public static final String TRENDS_TIME = "analytics-trends-time";
  /** Copy id -> the story it belongs to (StoryEvent COPY). */
  public static final String MEMBERSHIP = "analytics-story-membership";
  /** Original id -> StoryReach. */
  public static final String STORIES = "analytics-stories";

  private AnalyticsStores() {}

  /** Window store of one size: TYPE|NAME at window start -> EntityContributions.Counts (CountsSerde, 8 bytes). */
  public static String trends(TrendWindow window) {
    return "analytics-trends-" + window.label();
  }
}
