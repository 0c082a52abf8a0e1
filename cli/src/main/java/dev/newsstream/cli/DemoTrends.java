package dev.newsstream.cli;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.Entity;
import dev.newsstream.streams.analytics.web.TrendRows;
import dev.newsstream.streams.analytics.web.TrendsReply;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's last words: the top entities of its pages, as the running app's trends API counts them (all windows
 * of one size added up). Waits until the API has counted every entity the clean articles carry, since the
 * analytics consume articles.clean behind the demo's own reader.
 */
final class DemoTrends {
  static final int TOP = 10;
  /** Windows asked for: enough for pages spread over a month of days. */
  static final int WINDOWS = 31;

  private DemoTrends() {}

  /** Prints the table, or says why there is none; returns whether the API's counts matched the articles. */
  static boolean print(PrintStream out, URI app, String window, List<Article> articles, Duration timeout)
      throws InterruptedException {
    Map<List<String>, Long> expected = articlesPerEntity(articles);
    if (expected.isEmpty()) {
      out.println("  (no entity in these pages: nothing to rank)");
      return true;
    }
    TrendsClient client = new TrendsClient(app, Duration.ofSeconds(10));
    long deadline = System.nanoTime() + timeout.toNanos();
    TrendsReply reply = null;
    String failure = null;
    boolean matched = false;
    while (!matched && System.nanoTime() < deadline) {
      try {
        reply = client.entities(window, null, Math.max(TOP, expected.size()), WINDOWS);
        failure = null;
        matched = articlesPerEntity(reply).equals(expected);
      } catch (TrendsClient.Unavailable e) {
        failure = e.getMessage(); // e.g. 503 while the store is still restoring: ask again
      }
      if (!matched) {
        Thread.sleep(250);
      }
    }
    if (reply == null) {
      out.println("  (no trends: " + failure + ")");
      return false;
    }
    List<TrendRows.Row> rows = TrendRows.of(reply, TOP);
    out.printf("%nTop entities of these pages, as the app's analytics counted them (%s windows added up; "
        + "JSON: %s/trends/entities?window=%s):%n", window, app, window);
    out.print(TrendsTable.formatTotals(rows));
    if (!matched) {
      out.println("  (the analytics had not counted every article within " + timeout.toSeconds() + " s)");
    }
    return matched;
  }

  /** Per (name, type): distinct articles naming it, keyed as the analytics key entities. */
  static Map<List<String>, Long> articlesPerEntity(List<Article> articles) {
    Map<List<String>, Long> out = new HashMap<>();
    for (Article a : articles) {
      a.getEntities().stream().map(DemoTrends::key).distinct().forEach(k -> out.merge(k, 1L, Long::sum));
    }
    return out;
  }

  private static Map<List<String>, Long> articlesPerEntity(TrendsReply reply) {
    Map<List<String>, Long> out = new HashMap<>();
    reply.windows().forEach(w -> w.entities().forEach(c -> out.merge(List.of(c.name(), c.type()), c.articles(),
        Long::sum)));
    return out;
  }

  /** The analytics' key of an entity: its canonical name (else its surface text), and its type. */
  private static List<String> key(Entity e) {
    String name = e.getCanonical() == null || e.getCanonical().isBlank() ? e.getText() : e.getCanonical();
    return List.of(name.strip(), e.getType());
  }
}
