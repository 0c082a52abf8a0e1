package dev.newsstream.bench.crash;

import dev.newsstream.streams.config.StreamsAppConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The final state of a compacted topic as a downstream table would see it: every partition read read_committed from
 * the beginning up to its end offset at the time of the call (the last stable offset: open transactions excluded),
 * folded with {@link TrendLedger#fold} (last value per key, a tombstone deletes). Thin Kafka glue for the crash test.
 */
final class FinalStateReader {
  private FinalStateReader() {}

  /** Key to last value of {@code topic}; {@code decode} turns a non-null value into its type. */
  static <V> Map<String, V> read(StreamsAppConfig cfg, String topic, Function<byte[], V> decode, Duration timeout) {
    Properties p = new Properties();
    p.putAll(cfg.kafkaOverrides());
    p.remove("errors.dead.letter.queue.topic.name");
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    Map<String, V> state = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
          .map(i -> new TopicPartition(topic, i.partition())).collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end offsets " + end + " in " + timeout);
        }
        // Offset order within a partition, and a key always lands in one partition: the fold sees each key's history
        // in order.
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          TrendLedger.fold(state, r.key(), r.value() == null ? null : decode.apply(r.value()));
        }
      }
    }
    return state;
  }
}
