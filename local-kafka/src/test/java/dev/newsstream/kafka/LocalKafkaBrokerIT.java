package dev.newsstream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

  @Test
  void startsARealBrokerThatStoresAndServesRecords() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      // A second broker on the same port must not take the first one's answers for its own readiness.
      assertThatThrownBy(() -> LocalKafkaBroker.builder().port(broker.port()).start())
          .isInstanceOf(PortInUseException.class).hasMessage("port " + broker.port() + " is in use");
      broker.createTopics(2, "smoke");
      try (var producer = new KafkaProducer<String, String>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
          ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("smoke", "k", "hello")).get();
      }
      try (var consumer = new KafkaConsumer<String, String>(Map.of(
          ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
          ConsumerConfig.GROUP_ID_CONFIG, "smoke-reader",
          ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("smoke"));
        ConsumerRecord<String, String> got = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (got == null && System.currentTimeMillis() < deadline) {
          for (var r : consumer.poll(Duration.ofMillis(500))) {
            got = r;
          }
        }
        assertThat(got).isNotNull();
        assertThat(got.key()).isEqualTo("k");
        assertThat(got.value()).isEqualTo("hello");
      }
    }
  }

  @Test
  void restartedOnItsDataItKeepsTheRecordsAndLeadsEveryPartitionWhenStartReturns(@TempDir Path dir) throws Exception {
    int port = LocalKafkaBroker.freePort();
    LocalKafkaBroker first = LocalKafkaBroker.builder().dataDir(dir).port(port).start();
    first.createTopics(3, "kept");
    Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers(),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (var producer = new KafkaProducer<String, String>(producerConfig, new StringSerializer(),
        new StringSerializer())) {
      for (int i = 0; i < 30; i++) {
        producer.send(new ProducerRecord<>("kept", "k" + i, "before")).get();
      }
    }
    first.close();
    try (LocalKafkaBroker again = LocalKafkaBroker.builder().dataDir(dir).port(port).start();
         Admin admin = again.admin()) {
      assertThat(BrokerReadiness.everyPartitionLed(admin)).isTrue();
      try (var producer = new KafkaProducer<String, String>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, again.bootstrapServers(),
          ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
          ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("kept", "k-after", "after")).get();
      }
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      for (int p = 0; p < 3; p++) {
        latest.put(new TopicPartition("kept", p), OffsetSpec.latest());
      }
      long total = admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
      assertThat(total).isEqualTo(31);
    }
  }
}
