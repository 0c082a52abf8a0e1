package dev.newsstream.producer;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads RawPages back from the raw topic, as the streams app would. */
public final class RawPageReader {
  private RawPageReader() {}

  public static List<RawPage> readAll(String bootstrap, String topic, int expected, Duration timeout) {
    AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
    List<RawPage> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(serde.fromBytes(r.value()));
        }
      }
      // A little longer, so that extra (unexpected) records would show up too.
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        out.add(serde.fromBytes(r.value()));
      }
    }
    return out;
  }

  public static byte[] bytes(RawPage page) {
    ByteBuffer d = page.getBody().duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }
}
