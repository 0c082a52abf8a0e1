package dev.newsstream.streams;

import dev.newsstream.streams.reliability.ErrorHandlers;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts KafkaStreams for a topology, with clean shutdown on close and on SIGTERM. */
public final class StreamsRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
  private final KafkaStreams streams;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;

  private StreamsRunner(KafkaStreams streams) {
    this.streams = streams;
    this.hook = new Thread(this::close, "newsstream-shutdown");
  }

  public static StreamsRunner start(StreamsAppConfig cfg, Topology topology) {
    KafkaStreams streams = new KafkaStreams(topology, ErrorHandlers.streamsProperties(cfg));
    StreamsRunner runner = new StreamsRunner(streams);
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("Stream thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        runner.stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(runner.hook);
    streams.start();
    return runner;
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Blocks until the app reaches RUNNING, or fails after {@code timeout}. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
        throw new IllegalStateException("Kafka Streams not RUNNING after " + timeout + ": " + streams.state());
      }
      Thread.sleep(100);
    }
  }

  public void awaitTermination() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Called from the hook itself.
    }
  }
}
