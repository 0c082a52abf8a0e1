package dev.newsstream.kafka;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Waits until the child broker answers metadata requests and every partition it already holds (a restart on an
 * existing data directory) has a leader again, or fails with its log tail.
 */
final class BrokerReadiness {
  private BrokerReadiness() {}

  static void await(LocalKafkaBroker broker, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> config = Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
        AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 200);
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        if (!broker.isAlive()) {
          String tail = tail(broker);
          broker.close();
          throw new IllegalStateException("Kafka broker exited during start-up:\n" + tail);
        }
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty() && isOurs(broker, admin)
              && everyPartitionLed(admin)) {
            return;
          }
        } catch (Exception notYet) {
          ChildProcesses.sleep(200);
        }
      }
    }
    String tail = tail(broker);
    broker.close();
    throw new IllegalStateException("Kafka broker not ready after " + timeout + ":\n" + tail);
  }

  /**
   * True when the answering cluster is the one the child formatted (its meta.properties' cluster.id): another
   * broker that took the port first would otherwise pass for ours while our child fails to bind.
   */
  static boolean isOurs(LocalKafkaBroker broker, Admin admin) throws Exception {
    Path meta = broker.metaProperties();
    if (!Files.exists(meta)) {
      return false;
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(meta)) {
      props.load(in);
    }
    String expected = props.getProperty("cluster.id");
    return expected != null && expected.equals(admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS));
  }

  /**
   * True when no partition of any topic (internal ones included) lacks a leader. A broker restarted on its old data
   * answers metadata before it leads its partitions again; clients that write at once would wait on them.
   */
  static boolean everyPartitionLed(Admin admin) throws Exception {
    Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(5, TimeUnit.SECONDS);
    if (topics.isEmpty()) {
      return true;
    }
    Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
    return described.values().stream()
        .flatMap(d -> d.partitions().stream())
        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
  }

  private static String tail(LocalKafkaBroker broker) {
    return ChildProcesses.tail(broker.logFile());
  }
}
