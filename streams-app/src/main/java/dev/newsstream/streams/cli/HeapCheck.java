package dev.newsstream.streams.cli;

import java.util.Locale;

/**
 * Whether an instance's heap is below the documented minimum (README, "Minimum heap per instance"): checked once at
 * start so that a too-small {@code -Xmx} is named in one WARN line instead of surfacing minutes later as
 * OutOfMemoryErrors. The minimum with NER on is 768 MB: the English ensemble (3-class 112 MB, 4-class + caseless
 * 203 MB, feature caches +32 MB, docs/NER.md) plus Kafka Streams, caches and pages in flight. Without NER no
 * minimum is documented, so nothing is said.
 */
public final class HeapCheck {
  /** Documented minimum heap per instance with NER on, in MiB (README). */
  public static final long MIN_HEAP_MB_WITH_NER = 768;

  /**
   * {@code Runtime.maxMemory()} reports a little less than {@code -Xmx} under some collectors (one survivor space
   * is left out with Parallel/Serial GC, ~4% at 768 MB), so a heap within 5% of the minimum counts as meeting it.
   */
  static final double TOLERANCE = 0.95;

  private HeapCheck() {}

  /**
   * The WARN line to log, or null when the heap is enough.
   *
   * @param maxMemoryBytes {@code Runtime.getRuntime().maxMemory()} ({@code Long.MAX_VALUE} when unbounded)
   * @param nerEnabled enrich.enabled
   */
  public static String warning(long maxMemoryBytes, boolean nerEnabled) {
    if (!nerEnabled || maxMemoryBytes == Long.MAX_VALUE) {
      return null;
    }
    long minBytes = MIN_HEAP_MB_WITH_NER * 1024 * 1024;
    if (maxMemoryBytes >= minBytes * TOLERANCE) {
      return null;
    }
    return String.format(Locale.ROOT, "heap is %d MB, below the documented minimum of %d MB per instance with NER on"
        + " (enrich.enabled=true): expect OutOfMemoryError once the NER models load. Set it with"
        + " NEWSSTREAM_JAVA_OPTS=-Xmx%dm (or java -Xmx%dm), or turn NER off with enrich.enabled=false",
        maxMemoryBytes / (1024 * 1024), MIN_HEAP_MB_WITH_NER, MIN_HEAP_MB_WITH_NER, MIN_HEAP_MB_WITH_NER);
  }
}
