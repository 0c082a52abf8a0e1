package dev.newsstream.bench.crash;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.Entity;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import dev.newsstream.streams.dedup.OrderTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The crash test's verdict on the entity trends, a pure function of two compacted topics read to their end
 * (read_committed): the counts {@code analytics.entity-trends} ends with must be the counts recomputed from scratch
 * out of the final {@code articles.clean}. The topology gets there by adding and subtracting differences across
 * kills; this class gets there by counting the final articles once, so a difference applied twice (double count)
 * or lost shows up as a mismatch.
 *
 * <p>Both sides are folded from records in offset order per key with {@link #fold}: the last value per key wins, a
 * tombstone (null) deletes. Recomputation follows docs/ANALYTICS.md: an article counts in the window, of every
 * configured size, that holds its own time ({@link OrderTime#timeOf}, the first key of dedup's rank: published,
 * else fetched, else ingestedAt); per canonical entity (name + type, canonical else surface text, stripped) once
 * as an article and with the sum of its mention counts (at least 1 per listed entity). Keys are the topic's: {@code WINDOW|START|TYPE|NAME}, START in ISO-8601 UTC.
 */
public final class TrendLedger {
  /** Articles naming one entity in one window, and their mentions. */
  public record Counts(int articles, int mentions) {
    @Override
    public String toString() {
      return articles + " article(s) / " + mentions + " mention(s)";
    }
  }

  private TrendLedger() {}

  /** The final state of a compacted topic: puts {@code value} under {@code key}, or removes the key for null. */
  public static <V> void fold(Map<String, V> state, String key, V value) {
    if (value == null) {
      state.remove(key);
    } else {
      state.put(key, value);
    }
  }

  /** The counts the trends topic says, by its key (final values, after {@link #fold}). */
  public static Map<String, Counts> fromTopic(Map<String, EntityTrend> finalTrends) {
    Map<String, Counts> out = new HashMap<>();
    finalTrends.forEach((key, t) -> out.put(key, new Counts(t.getArticles(), t.getMentions())));
    return out;
  }

  /** The counts the final clean articles (latest version per id, withdrawn ones absent) should give. */
  public static Map<String, Counts> expected(Collection<Article> finalArticles, List<TrendWindow> windows) {
    Map<String, Counts> out = new HashMap<>();
    for (Article a : finalArticles) {
      Map<String, Integer> mentions = new HashMap<>(); // TYPE|NAME -> mentions in this article
      for (Entity e : a.getEntities()) {
        String name = e.getCanonical() == null || e.getCanonical().isBlank() ? e.getText() : e.getCanonical();
        name = name == null ? "" : name.strip();
        if (!name.isEmpty()) {
          mentions.merge(e.getType() + "|" + name, Math.max(1, e.getCount()), Integer::sum);
        }
      }
      if (mentions.isEmpty()) {
        continue;
      }
      long time = OrderTime.timeOf(a, a.getIngestedAt() == null ? 0 : a.getIngestedAt().toEpochMilli());
      for (TrendWindow w : windows) {
        String window = w.label() + "|" + Instant.ofEpochMilli(w.startOf(time)) + "|";
        mentions.forEach((entity, m) -> out.merge(window + entity, new Counts(1, m),
            (x, y) -> new Counts(x.articles() + y.articles(), x.mentions() + y.mentions())));
      }
    }
    return out;
  }

  /** Every (window size, window start, entity) whose counts differ, readable; empty when they all agree. */
  public static List<String> violations(Map<String, Counts> expected, Map<String, Counts> topic) {
    Set<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(topic.keySet());
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      Counts want = expected.get(key);
      Counts got = topic.get(key);
      if (want == null || !want.equals(got)) {
        out.add(String.format("trend %s: topic says %s, articles.clean gives %s", key,
            got == null ? "nothing" : got, want == null ? "nothing" : want));
      }
    }
    return out;
  }

  /** Distinct articles that name at least one entity (the check is vacuous without them). */
  public static int articlesWithEntities(Collection<Article> finalArticles) {
    Set<String> ids = new HashSet<>();
    finalArticles.stream().filter(a -> !a.getEntities().isEmpty()).forEach(a -> ids.add(a.getId()));
    return ids.size();
  }
}
