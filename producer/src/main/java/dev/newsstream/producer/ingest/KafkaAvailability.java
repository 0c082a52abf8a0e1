package dev.newsstream.producer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.newsstream.producer.RawTopicCheck;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(KafkaAvailability.class);

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
        update(check());
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
    a.update(a.check());
    a.thread.start();
    return a;
  }

  public State state() {
    return state;
  }

  /** Sets the new state and logs the transition, if it is one: one line per outage start and end, not per probe. */
  private void update(State next) {
    Transition t = transition(state, next, servers, topic);
    state = next;
    if (t != null && t.warn()) {
      LOG.warn(t.message());
    } else if (t != null) {
      LOG.info(t.message());
    }
  }

  /** A log line: WARN ({@code warn}) or INFO. */
  record Transition(boolean warn, String message) {}

  /**
   * The line to log when the state goes from {@code before} to {@code after}, or null when it is no transition
   * (still ready; still not ready, even with another reason; ready at the first check). Not ready at the first
   * check is said.
   */
  static Transition transition(State before, State after, String servers, String topic) {
    boolean first = before == State.UNKNOWN; // not a transition from "not ready": ready then is no recovery
    if (first ? after.available() : before.available() == after.available()) {
      return null;
    }
    return after.available()
        ? new Transition(false, "Kafka at " + servers + " takes pages for '" + topic + "' again; POST /pages accepted")
        : new Transition(true, "Kafka cannot take pages now (" + after.reason() + "); POST /pages answers 503 with"
            + " Retry-After until it can");
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

  /** The reason an operator needs, from what describeTopics failed with ({@link RawTopicCheck#describe}). */
  static State describe(Throwable error, String topic, String servers, Duration timeout) {
    return new State(false, RawTopicCheck.describe(error, topic, servers, timeout).problem());
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    admin.close(Duration.ofSeconds(2));
  }
}
