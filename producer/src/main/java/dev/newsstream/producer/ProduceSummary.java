package dev.newsstream.producer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a produce run did: pages read, sent, skipped by reason, failures with names. Printed at the end. */
public final class ProduceSummary {
  private final Map<String, Long> skipped = new TreeMap<>();
  private long pagesRead;

  public void pageRead() {
    pagesRead++;
  }

  public void skipped(String reason) {
    skipped.merge(reason, 1L, Long::sum);
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
    for (PageProducer.Failure f : failures) {
      out.printf("  FAILED %s: %s%n", f.page(), f.reason());
    }
  }
}
