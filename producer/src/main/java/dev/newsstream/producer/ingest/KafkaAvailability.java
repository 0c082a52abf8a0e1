package dev.newsstream.producer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Whether the raw topic can take pages now: the ingest endpoint answers 503 at once while it cannot, instead of
 * letting request threads block in the producer (metadata wait up to max.block.ms) and clients resend pages that
 * land later as extra copies. A daemon thread describes the topic every {@code interval}, each call bounded by
 * {@code timeout}; a stalled or unreachable broker and a missing topic both read as unavailable with the reason.
 */
public final class KafkaAvailability implements AutoCloseable {
  /** The last answer: {@code reason} says why not (or "ok"). */
  public record State(boolean available, String reason) {
    static final State UNKNOWN = new State(false, "not checked yet");
  }

  private final Admin admin;
  private final String topic;
  private final String servers;
  private final Duration timeout;
  private final Thread thread;
  private volatile State state = State.UNKNOWN;
  private volatile boolean closed;

  private KafkaAvailability(Admin admin, String topic, String servers, Duration interval, Duration timeout) {
    this.admin = admin;
    this.topic = topic;
    this.servers = servers;
    this.timeout = timeout;
    this.thread = new Thread(() -> {
      while (!closed) {
        state = check();
        try {
          Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "newsstream-ingest-kafka-probe");
    thread.setDaemon(true);
  }

  /** Checks once (so the first request already has an answer), then every {@code interval}. */
  public static KafkaAvailability start(Properties adminProperties, String topic, Duration interval, Duration timeout) {
    Properties p = new Properties();
    p.putAll(adminProperties);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    KafkaAvailability a = new KafkaAvailability(Admin.create(p), topic,
        String.valueOf(p.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)), interval, timeout);
    a.state = a.check();
    a.thread.start();
    return a;
  }

  public State state() {
    return state;
  }

  /** Describes the topic once, within the timeout. */
  State check() {
    try {
      admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs((int) timeout.toMillis()))
          .allTopicNames().get(timeout.toMillis() + 200, TimeUnit.MILLISECONDS);
      return new State(true, "ok");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new State(false, "interrupted");
    } catch (ExecutionException | TimeoutException e) {
      return describe(e, topic, servers, timeout);
    }
  }

  /** The reason an operator needs, from what describeTopics failed with. */
  static State describe(Throwable error, String topic, String servers, Duration timeout) {
    Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof UnknownTopicOrPartitionException) {
      return new State(false, "raw topic '" + topic + "' does not exist on " + servers);
    }
    if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
      return new State(false, "Kafka at " + servers + " did not answer within " + timeout.toMillis() + " ms");
    }
    return new State(false, "Kafka at " + servers + " refused: " + cause);
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    admin.close(Duration.ofSeconds(2));
  }
}
