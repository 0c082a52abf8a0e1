package dev.newsstream.producer;

import dev.newsstream.producer.feed.FeedItem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a produce run did: pages read, sent, skipped by reason, failures with names. Printed at the end. */
public final class ProduceSummary {
  private final Map<String, Long> skipped = new TreeMap<>();
  private static final int MAX_DETAILS = 20;
  /** Per reason, the first {@value #MAX_PER_REASON} items (name, and detail where there is one). */
  private static final int MAX_PER_REASON = 5;
  private final Map<String, List<String>> examples = new TreeMap<>();
  private long pagesRead;
  private final List<String> warnings = new ArrayList<>();
  private long warningCount;

  /** Keeps a warning (the first {@value #MAX_DETAILS} are printed, all are counted). */
  public void warning(FeedItem.Warning item) {
    warningCount++;
    if (warnings.size() < MAX_DETAILS) {
      warnings.add(item.name() + ": " + item.message());
    }
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public void pageRead() {
    pagesRead++;
  }

  public void skipped(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  /**
   * Counts the item's reason and names the item under it (the first {@value #MAX_PER_REASON} per reason are
   * printed, each with its detail, e.g. which earlier capture a revisit repeats).
   */
  public void skipped(FeedItem.Skipped item) {
    skipped(item.reason());
    List<String> named = examples.computeIfAbsent(item.reason(), r -> new ArrayList<>());
    if (named.size() < MAX_PER_REASON) {
      named.add(item.detail() == null ? item.name() : item.name() + ": " + item.detail());
    }
  }

  /** The items named under a reason, as printed (at most {@value #MAX_PER_REASON}). */
  public List<String> skippedExamples(String reason) {
    return List.copyOf(examples.getOrDefault(reason, List.of()));
  }

  public long pagesRead() {
    return pagesRead;
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public Map<String, Long> skippedByReason() {
    return Map.copyOf(skipped);
  }

  public void print(PrintStream out, long sent, long bytes, String topic, String servers, double seconds,
      List<PageProducer.Failure> failures) {
    out.printf(Locale.ROOT, "Sent %,d of %,d pages (%,d bytes) to %s at %s in %.1f s (%.1f pages/s); "
            + "%,d skipped, %d failed.%n", sent, pagesRead, bytes, topic, servers, seconds,
        seconds > 0 ? sent / seconds : 0.0, skippedTotal(), failures.size());
    skipped.forEach((reason, n) -> {
      out.printf(Locale.ROOT, "  skipped %,d: %s%n", n, reason);
      List<String> named = examples.getOrDefault(reason, List.of());
      named.forEach(d -> out.printf("    %s%n", d));
      if (n > named.size() && !named.isEmpty()) {
        out.printf(Locale.ROOT, "    ... and %,d more%n", n - named.size());
      }
    });
    if (warningCount > 0) {
      out.printf(Locale.ROOT, "  %,d warning%s (no page lost):%n", warningCount, warningCount == 1 ? "" : "s");
      warnings.forEach(w -> out.printf("    warning %s%n", w));
    }
    for (PageProducer.Failure f : failures) {
      out.printf("  FAILED %s: %s%n", f.page(), f.reason());
    }
  }
}
