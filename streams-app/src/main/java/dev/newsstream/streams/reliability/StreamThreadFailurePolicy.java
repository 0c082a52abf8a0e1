package dev.newsstream.streams.reliability;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What to do when a stream thread dies (pure core of the app's uncaught-exception handler).
 *
 * <ul>
 *   <li>An error the JVM cannot recover from ({@link VirtualMachineError}: {@link OutOfMemoryError},
 *       {@link StackOverflowError}, {@link InternalError}...), anywhere in the cause chain (Kafka Streams wraps
 *       what a processor throws): {@code SHUTDOWN_CLIENT}, so the process can exit and be restarted with a clean
 *       heap. Replacing the thread would re-read the same record and fail the same way, forever, while the instance
 *       holds its partitions.
 *   <li>Any other exception: {@code REPLACE_THREAD} (the task is retried from its last commit), unless threads have
 *       already been replaced {@code maxReplacements} times within {@code window}: then it is a loop, and
 *       {@code SHUTDOWN_CLIENT} too.
 * </ul>
 *
 * Thread-safe: stream threads may fail concurrently.
 */
public final class StreamThreadFailurePolicy {
  /** The decision and, for a shutdown, why (one line for the log). */
  public record Decision(StreamThreadExceptionResponse response, String reason) {
    public boolean fatal() {
      return response != StreamThreadExceptionResponse.REPLACE_THREAD;
    }
  }

  private final int maxReplacements;
  private final long windowNanos;
  private final LongSupplier nanoClock;
  private final Deque<Long> replacements = new ArrayDeque<>();

  public StreamThreadFailurePolicy(int maxReplacements, Duration window, LongSupplier nanoClock) {
    this.maxReplacements = maxReplacements;
    this.windowNanos = window.toNanos();
    this.nanoClock = nanoClock;
  }

  /** Five replacements within ten minutes, on the system clock. */
  public static StreamThreadFailurePolicy standard() {
    return new StreamThreadFailurePolicy(5, Duration.ofMinutes(10), System::nanoTime);
  }

  public synchronized Decision decide(Throwable failure) {
    VirtualMachineError vmError = vmError(failure);
    if (vmError != null) {
      return new Decision(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, "unrecoverable " + vmError);
    }
    long now = nanoClock.getAsLong();
    while (!replacements.isEmpty() && now - replacements.peekFirst() > windowNanos) {
      replacements.removeFirst();
    }
    if (replacements.size() >= maxReplacements) {
      return new Decision(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, "stream threads failed "
          + (replacements.size() + 1) + " times within " + Duration.ofNanos(windowNanos) + ", last: " + rootCause(failure));
    }
    replacements.addLast(now);
    return new Decision(StreamThreadExceptionResponse.REPLACE_THREAD, failure.toString());
  }

  /** The first {@link VirtualMachineError} in the cause chain, or null: the rule the main thread shares. */
  static VirtualMachineError vmError(Throwable failure) {
    return dev.newsstream.process.FatalErrors.vmError(failure);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t.getCause() != null && depth < 32; depth++) {
      t = t.getCause();
    }
    return t;
  }
}
