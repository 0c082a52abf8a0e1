package dev.newsstream.streams.analytics;

import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.analytics.AnalyticsViews.EntityView;
import dev.newsstream.streams.analytics.AnalyticsViews.WindowView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure core of the top-N query. Entities are partitioned by key, so each entity's count lives on exactly one
 * instance: the global top N of a window is the top N of the union of every instance's local top N. Each instance
 * answers its {@code windows} newest windows that have data ({@link #local}); the merge keeps the newest window
 * any instance has and the {@code windows - 1} windows before it, contiguous, empty ones included, so a chart
 * has one point per window ({@link #merge}). An instance's windows inside that range are always among its own
 * newest, so nothing is missed. Spellings of one name that differ only in case are one entry ({@link #caseMerged});
 * they may be counted on different instances, so a spelling below its instance's local top N is not added in.
 */
public final class TrendsMerge {
  /** articles desc, then mentions desc, then name, then type. */
  public static final Comparator<EntityView> ORDER = Comparator.comparingInt(EntityView::articles).reversed()
      .thenComparing(Comparator.comparingInt(EntityView::mentions).reversed())
      .thenComparing(EntityView::name).thenComparing(EntityView::type);

  private TrendsMerge() {}

  /** One instance's answer from the counts in its store (any order): newest {@code windows} with data first. */
  public static List<WindowView> local(Iterable<EntityTrend> counts, String type, int top, int windows, long sizeMs) {
    TreeMap<Long, List<EntityView>> byStart = new TreeMap<>(Comparator.reverseOrder());
    for (EntityTrend t : counts) {
      if (type == null || type.equals(t.getType())) {
        byStart.computeIfAbsent(t.getWindowStart().toEpochMilli(), s -> new ArrayList<>())
            .add(new EntityView(t.getName(), t.getType(), t.getArticles(), t.getMentions()));
      }
    }
    List<WindowView> out = new ArrayList<>();
    for (Map.Entry<Long, List<EntityView>> e : byStart.entrySet()) {
      if (out.size() == windows) {
        break;
      }
      out.add(window(e.getKey(), sizeMs, e.getValue(), top));
    }
    return out;
  }

  /** The instances' answers merged: {@code windows} contiguous windows back from the newest, top N each. */
  public static List<WindowView> merge(List<List<WindowView>> parts, int top, int windows, long sizeMs) {
    Map<Long, List<EntityView>> byStart = new HashMap<>();
    for (List<WindowView> part : parts) {
      for (WindowView w : part) {
        byStart.computeIfAbsent(Instant.parse(w.start()).toEpochMilli(), s -> new ArrayList<>()).addAll(w.entities());
      }
    }
    List<WindowView> out = new ArrayList<>();
    if (byStart.isEmpty()) {
      return out;
    }
    long newest = byStart.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    for (int i = 0; i < windows; i++) {
      long start = newest - i * sizeMs;
      out.add(window(start, sizeMs, byStart.getOrDefault(start, List.of()), top));
    }
    return out;
  }

  /**
   * One entry per (type, name ignoring case), counts summed, named by the spelling with the most mentions (a tie:
   * one not all in capitals, then the first by name): "JAKARTA" from a dateline-only page and "Jakarta" elsewhere
   * are one trend, "Jakarta". Summing articles counts no article twice: within an article mentions that differ only
   * in case are already one entity (the enrich stage's EntityResolver), so an article contributes to one spelling.
   * Done here, on the read path, rather than in the count keys: the stores and the trends topic keep one count per
   * spelling (no migration, no schema change), and the display form can follow the counts as they change.
   */
  static List<EntityView> caseMerged(List<EntityView> entities) {
    java.util.Map<String, List<EntityView>> bySpelling = new java.util.LinkedHashMap<>();
    for (EntityView e : entities) {
      bySpelling.computeIfAbsent(e.type() + '|' + e.name().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
          .add(e);
    }
    List<EntityView> out = new ArrayList<>();
    for (List<EntityView> spellings : bySpelling.values()) {
      if (spellings.size() == 1) {
        out.add(spellings.get(0));
        continue;
      }
      EntityView shown = spellings.stream().min(Comparator.comparingInt(EntityView::mentions).reversed()
          .thenComparing(e -> e.name().equals(e.name().toUpperCase(java.util.Locale.ROOT)))
          .thenComparing(EntityView::name)).orElseThrow();
      out.add(new EntityView(shown.name(), shown.type(), spellings.stream().mapToInt(EntityView::articles).sum(),
          spellings.stream().mapToInt(EntityView::mentions).sum()));
    }
    return out;
  }

  private static WindowView window(long start, long sizeMs, List<EntityView> entities, int top) {
    List<EntityView> sorted = caseMerged(entities).stream().sorted(ORDER).limit(top).toList();
    return new WindowView(Instant.ofEpochMilli(start).toString(), Instant.ofEpochMilli(start + sizeMs).toString(), sorted);
  }
}
