package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.Entity;
import dev.newsstream.schema.EntityCount;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import dev.newsstream.streams.dedup.OrderTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure core of the entity trends: what one article contributes (its canonical entities with their mention counts,
 * placed at the article's own time), and the change of counts when a new version of the article replaces the
 * previous one. Counting the difference instead of adding is what makes a re-crawl update replace its earlier
 * contribution, and a withdrawn article (tombstone) remove it.
 */
public final class EntityContributions {
  private EntityContributions() {}

  /** Counts of one entity in one window: articles naming it and their mentions. */
  public record Counts(int articles, int mentions) {
    boolean isZero() {
      return articles == 0 && mentions == 0;
    }
  }

  /**
   * The contribution of {@code article}: entities keyed by (type, canonical name), mentions summed when the
   * article lists one canonical entity twice; null when it names none. The time is the article's own (published,
   * else fetched, else ingested), so a backfill lands in the windows the articles were written in.
   */
  public static ArticleEntities of(Article article) {
    if (article == null || article.getEntities().isEmpty()) {
      return null;
    }
    Map<String, EntityCount> byKey = new TreeMap<>();
    for (Entity e : article.getEntities()) {
      String name = e.getCanonical() == null || e.getCanonical().isBlank() ? e.getText() : e.getCanonical();
      name = name.strip();
      if (name.isEmpty()) {
        continue;
      }
      // An entity is listed because it is mentioned: at least once, whatever count says.
      int mentions = Math.max(1, e.getCount());
      byKey.merge(TrendKey.entityKey(e.getType(), name), new EntityCount(name, e.getType(), mentions),
          (a, b) -> new EntityCount(a.getName(), a.getType(), a.getMentions() + b.getMentions()));
    }
    if (byKey.isEmpty()) {
      return null;
    }
    long time = OrderTime.timeOf(article, article.getIngestedAt() == null ? 0 : article.getIngestedAt().toEpochMilli());
    return new ArticleEntities(Instant.ofEpochMilli(time), new ArrayList<>(byKey.values()));
  }

  /** Each entity of {@code contribution} in the window of every size that holds its time; empty for null. */
  public static Map<TrendKey, Counts> counts(ArticleEntities contribution, List<TrendWindow> windows) {
    Map<TrendKey, Counts> out = new LinkedHashMap<>();
    if (contribution == null) {
      return out;
    }
    long time = contribution.getTime().toEpochMilli();
    for (TrendWindow w : windows) {
      for (EntityCount e : contribution.getEntities()) {
        out.put(new TrendKey(w.label(), w.startOf(time), e.getType(), e.getName()), new Counts(1, e.getMentions()));
      }
    }
    return out;
  }

  /**
   * after - before, per entity and window, without the zero changes: what replacing the contribution
   * {@code before} (null: none yet) with {@code after} (null: withdrawn) does to the counts.
   */
  public static Map<TrendKey, Counts> delta(ArticleEntities before, ArticleEntities after, List<TrendWindow> windows) {
    Map<TrendKey, Counts> out = new HashMap<>(counts(after, windows));
    counts(before, windows).forEach((key, old) -> out.merge(key, new Counts(-old.articles(), -old.mentions()),
        (a, b) -> new Counts(a.articles() + b.articles(), a.mentions() + b.mentions())));
    out.values().removeIf(Counts::isZero);
    return out;
  }

  /** {@code current} (null: none) plus {@code change}; null when the entity no longer appears in the window. */
  public static Counts add(Counts current, Counts change) {
    Counts base = current == null ? new Counts(0, 0) : current;
    Counts next = new Counts(base.articles() + change.articles(), base.mentions() + change.mentions());
    return next.articles() <= 0 ? null : next;
  }
}
