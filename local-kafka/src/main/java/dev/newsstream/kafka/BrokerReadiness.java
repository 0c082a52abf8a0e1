package dev.newsstream.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Waits until the child broker answers metadata requests, or fails with its log tail. */
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
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
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

  private static String tail(LocalKafkaBroker broker) {
    return ChildProcesses.tail(broker.logFile());
  }
}
