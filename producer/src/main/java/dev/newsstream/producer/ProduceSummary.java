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
  private final List<String> details = new ArrayList<>();
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

  /** Counts the item's reason and keeps its detail (the first {@value #MAX_DETAILS} are printed). */
  public void skipped(FeedItem.Skipped item) {
    skipped(item.reason());
    if (item.detail() != null && details.size() < MAX_DETAILS) {
      details.add(item.name() + ": " + item.detail());
    }
  }

  public List<String> skipDetails() {
    return List.copyOf(details);
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
    skipped.forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %,d: %s%n", n, reason));
    details.forEach(d -> out.printf("    %s%n", d));
    if (warningCount > 0) {
      out.printf(Locale.ROOT, "  %,d warning%s (no page lost):%n", warningCount, warningCount == 1 ? "" : "s");
      warnings.forEach(w -> out.printf("    warning %s%n", w));
    }
    for (PageProducer.Failure f : failures) {
      out.printf("  FAILED %s: %s%n", f.page(), f.reason());
    }
  }
}
