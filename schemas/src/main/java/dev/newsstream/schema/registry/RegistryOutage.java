package dev.newsstream.schema.registry;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waiting out a schema registry that does not answer (pure core of {@link SchemaRegistryClient}'s calls, no HTTP).
 *
 * <p>{@link #call} runs a registry call; while it fails because the registry is unavailable ({@link #isUnavailable}:
 * no answer, a timeout, or HTTP 502/503/504) it sleeps with exponential backoff ({@code firstBackoff}, doubling, at
 * most {@code maxBackoff}) and tries again, for at most {@code maxWait} per call (and at least {@link #MIN_ATTEMPTS}
 * attempts, so a dropped connection is retried even with {@code maxWait} 0); then the last failure is thrown. Any
 * other failure (HTTP 409 incompatible schema, 404, not a registry) is thrown at once: waiting would not fix it.
 * Why wait rather than fail: a page whose output cannot be serialised because the registry is down is not a bad
 * page, and an instance that exits at start-up during an outage only crash-loops; waiting holds the pages
 * (Kafka keeps them) and processing resumes when the registry is back.
 *
 * <p>An outage is shared by every caller of one client: it starts at the first unavailable answer and ends at the
 * next success. One WARN line when it starts, one INFO line when it ends (with its length), whatever the number of
 * calls and retries in between: no per-record log spam. {@link #unavailable()}, {@link #waitedSeconds()} and
 * {@link #outages()} feed the app's metrics. Thread-safe.
 */
public final class RegistryOutage {
  /** Attempts made whatever {@code maxWait} is: a single dropped connection is not an outage. */
  public static final int MIN_ATTEMPTS = 3;
  /** What {@link SchemaRegistryClient} waits at most per call unless told otherwise. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(RegistryOutage.class);

  /** Sleeps; tests pass one that advances a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final String url;
  private final long firstBackoffMillis;
  private final long maxBackoffMillis;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private final Consumer<String> warn;
  private final Consumer<String> info;
  private volatile long maxWaitNanos;
  // Guarded by this: the outage in progress (since = its start on nanoClock, or -1) and the finished ones.
  private long since = -1;
  private long finishedNanos;
  private long outages;

  /**
   * @param url the registry, for the log lines
   * @param warn receives the line logged when an outage starts; {@code info} the one when it ends
   */
  public RegistryOutage(String url, Duration maxWait, Duration firstBackoff, Duration maxBackoff,
      LongSupplier nanoClock, Sleeper sleeper, Consumer<String> warn, Consumer<String> info) {
    this.url = url;
    this.maxWaitNanos = maxWait.toNanos();
    this.firstBackoffMillis = Math.max(1, firstBackoff.toMillis());
    this.maxBackoffMillis = Math.max(firstBackoffMillis, maxBackoff.toMillis());
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.warn = warn;
    this.info = info;
  }

  /** Real clock and sleep, SLF4J log; backoff 0.5 s doubling to 5 s, so a recovered registry is seen within ~5 s. */
  public static RegistryOutage standard(String url) {
    return new RegistryOutage(url, DEFAULT_MAX_WAIT, Duration.ofMillis(500), Duration.ofSeconds(5), System::nanoTime,
        Thread::sleep, LOG::warn, LOG::info);
  }

  /** How long one call waits for the registry at most before its failure is thrown; zero = {@link #MIN_ATTEMPTS}. */
  public void maxWait(Duration maxWait) {
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("max wait must not be negative, got " + maxWait);
    }
    this.maxWaitNanos = maxWait.toNanos();
  }

  public Duration maxWait() {
    return Duration.ofNanos(maxWaitNanos);
  }

  /**
   * Runs {@code registryCall}, retrying while the registry is unavailable (see the class comment).
   *
   * @throws SchemaRegistryException the call's own failure, at once when the registry answered, or the last one
   *     after {@code maxWait}; {@link SchemaRegistryException#NO_ANSWER} if interrupted while waiting
   */
  public <T> T call(Supplier<T> registryCall) {
    long start = nanoClock.getAsLong();
    long backoff = firstBackoffMillis;
    for (int attempt = 1; ; attempt++) {
      T result;
      try {
        result = registryCall.get();
      } catch (RuntimeException e) {
        if (!isUnavailable(e)) {
          throw e;
        }
        long now = nanoClock.getAsLong();
        begin(now, e);
        if (attempt >= MIN_ATTEMPTS && now - start >= maxWaitNanos) {
          throw gaveUp(e, now - start);
        }
        try {
          sleeper.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new SchemaRegistryException("interrupted while waiting for the schema registry at " + url,
              SchemaRegistryException.NO_ANSWER, e);
        }
        backoff = Math.min(backoff * 2, maxBackoffMillis);
        continue;
      }
      end(nanoClock.getAsLong());
      return result;
    }
  }

  /**
   * The failure to throw when the wait is over: a registry exception says how long it waited and which setting
   * bounds that ("gave up after 30 s (schema.registry.max.wait.seconds): ..."), status kept; others as they are.
   */
  static RuntimeException gaveUp(RuntimeException last, long waitedNanos) {
    if (!(last instanceof SchemaRegistryException e)) {
      return last;
    }
    return new SchemaRegistryException(String.format(java.util.Locale.ROOT,
        "gave up after %.0f s waiting for the schema registry (schema.registry.max.wait.seconds): %s",
        waitedNanos / 1e9, e.getMessage()), e.status(), e);
  }

  /** What {@code /health} says while an outage is in progress ("waiting for schema registry at URL"), else null. */
  public String waitingReason() {
    return unavailable() ? "waiting for schema registry at " + url : null;
  }

  /** True while an outage is in progress: the last call failed for want of an answer and none succeeded since. */
  public synchronized boolean unavailable() {
    return since >= 0;
  }

  /** Seconds the registry has been unavailable in total, the outage in progress included. */
  public synchronized double waitedSeconds() {
    long current = since >= 0 ? nanoClock.getAsLong() - since : 0;
    return (finishedNanos + current) / 1e9;
  }

  /** Outages seen so far, the one in progress included. */
  public synchronized long outages() {
    return outages;
  }

  /**
   * Whether {@code failure} means the registry could not be reached, anywhere in its cause chain (a serde wraps it
   * in a SerializationException): no answer at all (connection refused, timeout) or a gateway/unavailable status.
   */
  public static boolean isUnavailable(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof SchemaRegistryException e) {
        int status = e.status();
        return status == SchemaRegistryException.NO_ANSWER || status == 502 || status == 503 || status == 504;
      }
    }
    return false;
  }

  private void begin(long now, RuntimeException cause) {
    synchronized (this) {
      if (since >= 0) {
        return;
      }
      since = now;
      outages++;
    }
    warn.accept("Schema registry at " + url + " unavailable; waiting for it, retrying with backoff for up to "
        + maxWait().toSeconds() + " s per call (schema.registry.max.wait.seconds). Pages are held, not rejected;"
        + " processing resumes when it answers. Cause: " + cause.getMessage());
  }

  private void end(long now) {
    long lasted;
    synchronized (this) {
      if (since < 0) {
        return;
      }
      lasted = now - since;
      finishedNanos += lasted;
      since = -1;
    }
    info.accept(String.format(java.util.Locale.ROOT, "Schema registry at %s answers again after %.1f s unavailable;"
        + " processing resumes", url, lasted / 1e9));
  }
}
