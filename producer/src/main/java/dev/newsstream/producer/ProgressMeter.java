package dev.newsstream.producer;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import java.util.Locale;

/**
 * Progress on stderr: pages, pages/s, bytes read of the total, ETA. ETA comes from the byte rate, because input
 * files hold very different numbers of pages (one HTML page, a 1 GB WARC). On a terminal one line is rewritten
 * in place ({@code \r}) at most once a second and ended by {@link #done}; otherwise (stderr to a file or a pipe,
 * where a {@code \r} line shows as one growing line with no final newline, review8 #14e) a whole line every 10 s.
 */
public final class ProgressMeter {
  private static final long TERMINAL_INTERVAL_NANOS = 1_000_000_000L;
  private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
  private final PrintStream err;
  private final long totalBytes;
  private final boolean quiet;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long started;
  private long lastPrint;
  private boolean printed;

  /** On stderr as the JVM sees it: a terminal when it has a console (stdin and stdout attached to one). */
  public ProgressMeter(PrintStream err, long totalBytes, boolean quiet) {
    this(err, totalBytes, quiet, System.console() != null, System::nanoTime);
  }

  /**
   * @param terminal whether {@code err} is a terminal (rewrite one line) or a file/pipe (whole lines)
   * @param clock nanoseconds (System::nanoTime)
   */
  ProgressMeter(PrintStream err, long totalBytes, boolean quiet, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.quiet = quiet;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastPrint = started;
  }

  public void update(long pages, long bytesRead, long failed) {
    long now = clock.getAsLong();
    if (quiet || now - lastPrint < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
      return;
    }
    lastPrint = now;
    printed = true;
    String line = line(pages, bytesRead, totalBytes, failed, (now - started) / 1e9);
    if (terminal) {
      err.print("\r" + line + "   ");
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the progress line so that the summary starts on a fresh one. */
  public void done() {
    if (printed && terminal) {
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
