package dev.newsstream.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Records per topic as a read_committed consumer sees them (transaction markers and aborted records not counted):
 * what a sub-topology writes per page, e.g. the analytics repartition, changelog and output topics.
 */
final class TopicRecordCounts {
  private TopicRecordCounts() {}

  /** Topic -> committed records, for every topic whose name passes {@code filter}; read from the beginning. */
  static Map<String, Long> count(String bootstrap, Properties overrides, Predicate<String> filter) throws Exception {
    Properties p = new Properties();
    p.putAll(overrides);
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    List<String> topics;
    try (Admin admin = Admin.create(p)) {
      topics = admin.listTopics().names().get().stream().filter(filter).sorted().toList();
    }
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    Map<String, Long> out = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      for (String topic : topics) {
        List<TopicPartition> parts = new ArrayList<>();
        for (PartitionInfo info : c.partitionsFor(topic)) {
          parts.add(new TopicPartition(topic, info.partition()));
        }
        c.assign(parts);
        c.seekToBeginning(parts);
        Map<TopicPartition, Long> end = c.endOffsets(parts);
        long n = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
          n += c.poll(Duration.ofMillis(200)).count();
        }
        out.put(topic, n);
      }
    }
    return out;
  }

  /** One line per topic: records and records per page, names without {@code prefix}. */
  static void print(PrintStream out, String title, Map<String, Long> counts, String prefix, int pages) {
    out.printf(Locale.ROOT, "%s (read_committed, %,d pages through the topology):%n", title, pages);
    counts.forEach((topic, n) -> out.printf(Locale.ROOT, "  %-60s %,9d records  %7.2f per page%n",
        topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic, n, (double) n / pages));
  }
}
