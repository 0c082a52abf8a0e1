package dev.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A RocksDB store left half-created by a kill -9 (a write-ahead log but no CURRENT/MANIFEST: "While creating a new
 * Db, wal_dir contains existing log file") made every restart of the instance fail in KafkaStreams.start. The
 * runner wipes the local state and starts again, restoring from the changelog.
 */
class StreamsRunnerStateRecoveryIT {
  @Test
  void aHalfCreatedStoreIsWipedAndRestored(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(1, "recovery-in");
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("bootstrap.servers", broker.bootstrapServers(),
          "state.dir", dir.toString(), "application.id", "recovery-it", "replication.factor", "1", "metrics.port", "-1",
          // Kafka Streams does not leave the group on close: the second start waits for the first member's session
          // to expire before it gets the task (45 s by default, 6 s is the broker's minimum).
          "kafka.consumer.session.timeout.ms", "6000", "kafka.consumer.heartbeat.interval.ms", "1500"));
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
          new StringSerializer())) {
        producer.send(new ProducerRecord<>("recovery-in", "k", "v")).get();
      }
      try (StreamsRunner runner = StreamsRunner.start(cfg, topology())) {
        runner.awaitRunning(Duration.ofMinutes(2));
        Thread.sleep(3000); // let the task create and fill its store
      }
      List<Path> storeDirs;
      try (Stream<Path> files = Files.walk(dir)) {
        storeDirs = files.filter(p -> p.getFileName().toString().equals("counts")).toList();
      }
      assertThat(storeDirs).as("store directories under %s", dir).isNotEmpty();
      for (Path store : storeDirs) {
        try (Stream<Path> files = Files.list(store)) {
          for (Path f : files.toList()) {
            String name = f.getFileName().toString();
            if (name.equals("CURRENT") || name.startsWith("MANIFEST") || name.startsWith("OPTIONS")) {
              Files.delete(f);
            }
          }
        }
        Files.writeString(store.resolve("000099.log"), "half-written");
      }
      try (StreamsRunner runner = StreamsRunner.start(cfg, topology())) {
        runner.awaitRunning(Duration.ofMinutes(2));
        assertThat(runner.exitCode()).isZero();
      }
    }
  }

  private static Topology topology() {
    StreamsBuilder b = new StreamsBuilder();
    b.stream("recovery-in", Consumed.with(Serdes.String(), Serdes.String())).groupByKey()
        .count(Materialized.as("counts"));
    return b.build();
  }
}
