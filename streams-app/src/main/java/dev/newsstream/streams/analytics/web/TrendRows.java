package dev.newsstream.streams.analytics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's table: one row per entity (name + type) found in any window of a {@link TrendsReply}, with its
 * articles per window oldest first, ranked by articles over the shown windows (then mentions, then name).
 */
public final class TrendRows {
  private TrendRows() {}

  /**
   * One entity across the windows.
   *
   * @param perWindow one cell per window of the reply, oldest first; null where the entity is not in that
   *     window's list (no count there, or below the server's top N: the reply cannot tell which)
   * @param articles sum of the known cells' articles; mentions likewise
   */
  public record Row(String name, String type, long articles, long mentions, List<TrendsReply.Count> perWindow) {}

  /** The windows of the reply oldest first, the order of {@link Row#perWindow()}. */
  public static List<TrendsReply.Window> oldestFirst(TrendsReply reply) {
    List<TrendsReply.Window> windows = new ArrayList<>(reply.windows());
    windows.sort(Comparator.comparing(TrendsReply.Window::start));
    return windows;
  }

  /** At most {@code limit} rows, best first. */
  public static List<Row> of(TrendsReply reply, int limit) {
    List<TrendsReply.Window> windows = oldestFirst(reply);
    Map<List<String>, TrendsReply.Count[]> cells = new LinkedHashMap<>();
    for (int i = 0; i < windows.size(); i++) {
      for (TrendsReply.Count c : windows.get(i).entities()) {
        cells.computeIfAbsent(List.of(c.name(), c.type()), k -> new TrendsReply.Count[windows.size()])[i] = c;
      }
    }
    List<Row> rows = new ArrayList<>();
    cells.forEach((key, counts) -> {
      long articles = 0;
      long mentions = 0;
      for (TrendsReply.Count c : counts) {
        if (c != null) {
          articles += c.articles();
          mentions += c.mentions();
        }
      }
      rows.add(new Row(key.get(0), key.get(1), articles, mentions, Arrays.asList(counts)));
    });
    rows.sort(Comparator.comparingLong(Row::articles).reversed()
        .thenComparing(Comparator.comparingLong(Row::mentions).reversed())
        .thenComparing(Row::name).thenComparing(Row::type));
    return List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
  }
}
