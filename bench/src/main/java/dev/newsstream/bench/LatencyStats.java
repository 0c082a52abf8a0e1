package dev.newsstream.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples (microseconds) and their nearest-rank percentiles. Thread-safe for one writer at a time. */
public final class LatencyStats {
  private long[] samples = new long[1024];
  private int size;

  public synchronized void add(long micros) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = micros;
  }

  public synchronized int count() {
    return size;
  }

  /** The p-th percentile (0 < p <= 100) by nearest rank, in microseconds; 0 without samples. */
  public synchronized long percentile(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  public String summary() {
    return String.format(Locale.ROOT, "p50 %s  p95 %s  p99 %s  max %s", ms(percentile(50)), ms(percentile(95)),
        ms(percentile(99)), ms(percentile(100)));
  }

  static String ms(long micros) {
    return String.format(Locale.ROOT, "%.0f ms", micros / 1000.0);
  }
}
