package dev.newsstream.streams;

import dev.newsstream.streams.reliability.ErrorHandlers;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.reliability.HangingTransactionRepair;
import dev.newsstream.streams.reliability.StreamThreadFailurePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts KafkaStreams for a topology, with clean shutdown on close and on SIGTERM.
 *
 * <p>A stream thread that fails is replaced; an unrecoverable failure ({@link StreamThreadFailurePolicy}: an
 * {@link OutOfMemoryError} or other VirtualMachineError, or a thread-replacement loop) shuts the client down
 * instead: the state turns PENDING_ERROR at once (so {@code /health} says not ready), {@link #awaitTermination()}
 * returns and {@link #exitCode()} is {@link #FATAL_EXIT_CODE}. Commands return that code so the process exits
 * non-zero and an orchestrator restarts it; if the client does not stop within {@link #FATAL_HALT_AFTER}, the JVM
 * is halted with that code.
 *
 * <p>Local state that cannot be opened at start (a store half-created when the process was killed) is wiped and
 * restored from the changelog topics, once; a second failure is thrown.
 *
 * <p>Under exactly-once, this app's hanging transactions (markers lost by a restarted single-node broker, see
 * {@link dev.newsstream.streams.reliability.HangingTransactions}) are looked for and aborted before the start and
 * then every {@link #HANGING_CHECK_EVERY} until the client is RUNNING: without that, the restarted app would wait
 * for ever on offset fetches that the broker answers with UNSTABLE_OFFSET_COMMIT.
 */
public final class StreamsRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  /** EX_SOFTWARE of sysexits.h: an internal error; the main thread's code too ({@code FatalErrors}). */
  public static final int FATAL_EXIT_CODE = dev.newsstream.process.FatalErrors.EXIT_CODE;
  static final Duration FATAL_HALT_AFTER = Duration.ofSeconds(60);
  /** Bound of a clean stop: with the broker unreachable, SIGTERM still ends the process within 30 s. */
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);
  /**
   * How often the hanging-transaction check repeats while the client is not RUNNING. A restarted app then recovers
   * at most this long (plus one failed offset fetch, Streams' default.api.timeout.ms of 60 s) after the broker
   * dropped the markers.
   */
  static final Duration HANGING_CHECK_EVERY = Duration.ofSeconds(30);
  private final KafkaStreams streams;
  private Admin admin;
  private ScheduledExecutorService hangingCheck;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<String> fatal = new AtomicReference<>();
  private final Thread hook;

  private StreamsRunner(KafkaStreams streams) {
    this.streams = streams;
    this.hook = new Thread(this::close, "newsstream-shutdown");
  }

  public static StreamsRunner start(StreamsAppConfig cfg, Topology topology) {
    try {
      return startOnce(cfg, topology, false);
    } catch (ProcessorStateException unreadable) {
      // A kill -9 while RocksDB created a store leaves a WAL without a manifest, and Kafka Streams opens every local
      // store at start: the instance would fail the same way on every restart. Local state is a cache of the
      // changelog topics, so wipe it and restore.
      LOG.warn("Local state under {} unreadable ({}); wiping it and restoring from the changelog topics",
          cfg.streamsProperties().getProperty(StreamsConfig.STATE_DIR_CONFIG), rootMessage(unreadable));
      return startOnce(cfg, topology, true);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? e.getMessage() : e.getMessage() + ": " + t.getMessage();
  }

  private static StreamsRunner startOnce(StreamsAppConfig cfg, Topology topology, boolean wipeLocalState) {
    KafkaStreams streams = new KafkaStreams(topology, ErrorHandlers.streamsProperties(cfg));
    if (wipeLocalState) {
      streams.cleanUp();
    }
    StreamsRunner runner = new StreamsRunner(streams);
    StreamThreadFailurePolicy policy = StreamThreadFailurePolicy.standard();
    streams.setUncaughtExceptionHandler(e -> {
      StreamThreadFailurePolicy.Decision decision = policy.decide(e);
      if (decision.fatal()) {
        runner.onFatal(decision.reason());
      } else {
        LOG.error("Stream thread failed; replacing it", e);
      }
      return decision.response();
    });
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        runner.stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(runner.hook);
    try {
      if (StreamsConfig.EXACTLY_ONCE_V2.equals(cfg.processingGuarantee())) {
        runner.watchHangingTransactions(cfg);
      }
      streams.start();
    } catch (RuntimeException e) {
      runner.close();
      throw e;
    }
    return runner;
  }

  /** One check now (before the stream threads fetch offsets), then one every HANGING_CHECK_EVERY until RUNNING. */
  private void watchHangingTransactions(StreamsAppConfig cfg) {
    Properties props = cfg.adminProperties();
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, cfg.applicationId() + "-hanging-txn-check");
    admin = Admin.create(props);
    List<String> outputs = new ArrayList<>(List.of(cfg.topics().clean(), cfg.topics().duplicates(),
        cfg.topics().rejected()));
    if (cfg.analytics().enabled()) {
      outputs.add(cfg.analytics().trendsTopic());
      outputs.add(cfg.analytics().storiesTopic());
    }
    if (cfg.deadLetterTopic() != null) {
      outputs.add(cfg.deadLetterTopic());
    }
    HangingTransactionRepair repair = new HangingTransactionRepair(admin, cfg.applicationId(), outputs);
    repair.repair();
    hangingCheck = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsstream-hanging-txn-check");
      t.setDaemon(true);
      return t;
    });
    long every = HANGING_CHECK_EVERY.toMillis();
    hangingCheck.scheduleWithFixedDelay(() -> {
      KafkaStreams.State state = streams.state();
      if (state == KafkaStreams.State.RUNNING || !state.isRunningOrRebalancing() && state != KafkaStreams.State.CREATED) {
        hangingCheck.shutdown(); // Running, or stopping: nothing left to unblock.
      } else {
        repair.repair();
      }
    }, every, every, TimeUnit.MILLISECONDS);
  }

  private void onFatal(String reason) {
    if (!fatal.compareAndSet(null, reason)) {
      return;
    }
    // One line, no stack trace: the heap may be exhausted, and the reason is what an operator needs.
    LOG.error("FATAL: {}; shutting the Kafka Streams client down, exiting with code {} to be restarted", reason,
        FATAL_EXIT_CODE);
    Thread watchdog = new Thread(() -> {
      try {
        if (!stopped.await(FATAL_HALT_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
          System.err.println("FATAL: client did not stop within " + FATAL_HALT_AFTER + "; halting");
          Runtime.getRuntime().halt(FATAL_EXIT_CODE);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsstream-fatal-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Blocks until the app reaches RUNNING, or fails after {@code timeout}. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR || fatal.get() != null) {
        throw new IllegalStateException("Kafka Streams not RUNNING after " + timeout + ": " + streams.state()
            + (fatal.get() == null ? "" : " (" + fatal.get() + ")"));
      }
      Thread.sleep(100);
    }
  }

  public void awaitTermination() throws InterruptedException {
    stopped.await();
  }

  /** 0 after a normal stop, {@link #FATAL_EXIT_CODE} after an unrecoverable failure. */
  public int exitCode() {
    return fatal.get() == null ? 0 : FATAL_EXIT_CODE;
  }

  @Override
  public void close() {
    if (hangingCheck != null) {
      hangingCheck.shutdownNow();
    }
    streams.close(CLOSE_TIMEOUT);
    if (admin != null) {
      admin.close(Duration.ZERO); // Nothing of ours in flight that a closing app still needs.
    }
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Called from the hook itself.
    }
  }
}
