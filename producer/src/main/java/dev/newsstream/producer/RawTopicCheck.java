package dev.newsstream.producer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The one start-up check shared by {@code produce} and {@code ingest}: does the broker answer and does the raw topic
 * exist? Asked once with a bounded wait, so that a wrong address or a missing topic fails at once with a line that
 * tells the two apart, instead of the producer blocking max.block.ms (60 s) per page with the same "not present in
 * metadata" message for both.
 */
public final class RawTopicCheck {
  /** Bound on the start-up check (connect + describe): long enough for a broker that is still electing. */
  public static final Duration START_CHECK_TIMEOUT = Duration.ofSeconds(10);

  /** What the check found: {@code problem} is null when the topic is there. */
  public record Result(Kind kind, String problem) {
    public boolean ok() {
      return kind == Kind.OK;
    }
  }

  /** OK, the broker did not answer / refused, or it answered and the topic is missing. */
  public enum Kind { OK, UNREACHABLE, NO_TOPIC }

  private RawTopicCheck() {}

  /** Bootstrap servers and the connection's security settings (no producer-only keys, which Admin would warn of). */
  public static Properties adminProperties(ProducerSettings s) {
    Properties p = new Properties();
    s.kafkaOverrides().forEach((k, v) -> {
      String key = k.toString();
      if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.") || key.equals("client.dns.lookup")) {
        p.put(key, v);
      }
    });
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
    return p;
  }

  /**
   * Null when the raw topic exists (or was created, when {@code create}); else one line saying what is wrong, ending
   * with {@code createHint} (e.g. "create it with ...") when the broker answered and the topic is missing.
   */
  public static String check(ProducerSettings s, boolean create, int partitions, String createHint) {
    return check(s, create, partitions, createHint, false);
  }

  /**
   * As {@link #check(ProducerSettings, boolean, int, String)}; with {@code acceptAutoCreate}, a missing topic is
   * fine when the broker says auto.create.topics.enable=true (Kafka's default): the first page creates it, as it
   * did before this check existed. Not for ingest, whose probe would answer 503 until a page arrived.
   */
  public static String check(ProducerSettings s, boolean create, int partitions, String createHint,
      boolean acceptAutoCreate) {
    Properties p = adminProperties(s);
    // Before any client: one pointed at an HTTP port dies of OutOfMemoryError reading the reply as a frame size.
    java.util.Optional<String> notKafka = dev.newsstream.config.KafkaProtocolProbe.notKafka(s.bootstrapServers(), p,
        dev.newsstream.config.KafkaProtocolProbe.DEFAULT_TIMEOUT);
    if (notKafka.isPresent()) {
      return notKafka.get();
    }
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) START_CHECK_TIMEOUT.toMillis());
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) START_CHECK_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(p)) {
      Result result;
      try {
        admin.describeTopics(List.of(s.topic())).allTopicNames()
            .get(START_CHECK_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
        return null;
      } catch (ExecutionException | TimeoutException e) {
        result = describe(e, s.topic(), s.bootstrapServers(), START_CHECK_TIMEOUT);
      }
      if (result.kind() != Kind.NO_TOPIC) {
        return result.problem();
      }
      if (!create && acceptAutoCreate && brokerAutoCreates(admin)) {
        System.err.println("note: " + result.problem() + " yet: the broker creates it with the first page"
            + " (auto.create.topics.enable=true)");
        return null;
      }
      if (!create) {
        return result.problem() + ": " + createHint;
      }
      try {
        admin.createTopics(List.of(new NewTopic(s.topic(), Optional.of(partitions), Optional.empty()))).all()
            .get(START_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        System.err.println("created topic " + s.topic() + " (" + partitions + " partitions)");
        return null;
      } catch (ExecutionException e) {
        return e.getCause() instanceof TopicExistsException ? null
            : "could not create topic " + s.topic() + ": " + e.getCause();
      } catch (TimeoutException e) {
        return "could not create topic " + s.topic() + " within " + START_CHECK_TIMEOUT.toSeconds() + " s";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Whether a broker of the cluster says auto.create.topics.enable=true; false when it cannot be read (ACLs). */
  private static boolean brokerAutoCreates(Admin admin) throws InterruptedException {
    try {
      var nodes = admin.describeCluster().nodes().get(START_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (nodes.isEmpty()) {
        return false;
      }
      ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, nodes.iterator().next().idString());
      var config = admin.describeConfigs(List.of(broker)).all()
          .get(START_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(broker);
      var entry = config == null ? null : config.get("auto.create.topics.enable");
      return entry != null && "true".equalsIgnoreCase(entry.value());
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /**
   * What a failed describeTopics means for an operator: the topic is missing (the broker answered), or the broker
   * did not answer within {@code timeout} (wrong address, down, blocked), or it refused (e.g. authentication).
   */
  public static Result describe(Throwable error, String topic, String servers, Duration timeout) {
    Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof UnknownTopicOrPartitionException) {
      return new Result(Kind.NO_TOPIC, "topic " + topic + " does not exist on " + servers);
    }
    if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
      return new Result(Kind.UNREACHABLE, "cannot reach Kafka at " + servers + " (bootstrap.servers): no answer within "
          + timeout.toMillis() + " ms");
    }
    return new Result(Kind.UNREACHABLE, "Kafka at " + servers + " refused: " + PageProducer.describe(cause));
  }
}
