package dev.newsstream.producer;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One-line progress on stderr, at most once a second: pages, pages/s, bytes read of the total, ETA. ETA comes
 * from the byte rate, because input files hold very different numbers of pages (one HTML page, a 1 GB WARC).
 */
public final class ProgressMeter {
  private static final long INTERVAL_NANOS = 1_000_000_000L;
  private final PrintStream err;
  private final long totalBytes;
  private final boolean quiet;
  private final long started;
  private long lastPrint;
  private boolean printed;

  public ProgressMeter(PrintStream err, long totalBytes, boolean quiet) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.quiet = quiet;
    this.started = System.nanoTime();
    this.lastPrint = started;
  }

  public void update(long pages, long bytesRead, long failed) {
    long now = System.nanoTime();
    if (quiet || now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    printed = true;
    err.print("\r" + line(pages, bytesRead, totalBytes, failed, (now - started) / 1e9) + "   ");
    err.flush();
  }

  /** Ends the progress line so that the summary starts on a fresh one. */
  public void done() {
    if (printed) {
      err.println();
    }
  }

  /** The progress text, e.g. {@code 1,200 pages  400.0 pages/s  12.0 MB of 48.0 MB (25%)  ETA 0:09  0 failed}. */
  public static String line(long pages, long bytesRead, long totalBytes, long failed, double seconds) {
    double rate = seconds > 0 ? pages / seconds : 0;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d pages  %.1f pages/s  %s", pages, rate, mb(bytesRead)));
    if (totalBytes > 0) {
      long pct = Math.min(100, bytesRead * 100 / totalBytes);
      s.append(" of ").append(mb(totalBytes)).append(" (").append(pct).append("%)");
      if (bytesRead > 0 && seconds > 0) {
        double remaining = (totalBytes - bytesRead) / (bytesRead / seconds);
        s.append("  ETA ").append(clock(Math.max(0, Math.round(remaining))));
      }
    }
    return s.append("  ").append(failed).append(" failed").toString();
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
