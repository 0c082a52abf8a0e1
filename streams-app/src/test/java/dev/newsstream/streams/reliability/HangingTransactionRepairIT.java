package dev.newsstream.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.streams.reliability.HangingTransactions.Open;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker fault behind the fault matrix's intermittent SIGTERM failure, made deterministic: a transaction left
 * open when the single-node broker stops is aborted by the restarted broker (its timeout has passed), but the abort
 * markers cannot be sent before the broker is unfenced, and when the controller fences the old registration every
 * partition is leaderless for a moment: Kafka drops the markers as if the partitions were deleted and records
 * CompleteAbort. The transaction then hangs on its partitions (read_committed readers stop, offset fetches answer
 * UNSTABLE_OFFSET_COMMIT) until {@link HangingTransactionRepair} aborts it.
 */
class HangingTransactionRepairIT {
  private static final String APP = "hang-it";
  private static final String TOPIC = APP + "-out";
  private static final TopicPartition OUT = new TopicPartition(TOPIC, 0);
  private static final TopicPartition IN = new TopicPartition(APP + ".in", 0);

  @Test
  void aTransactionWhoseMarkersTheRestartedBrokerDroppedIsAborted(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("broker");
    // Kafka's default timed-out-transaction check (every 10 s) on the first run: it does not abort the transaction
    // in the second or two the broker takes to stop.
    LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(data).start();
    int port = broker.port();
    try {
      broker.createTopics(1, TOPIC, IN.topic());
      try (KafkaProducer<String, String> producer = transactional(broker)) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(TOPIC, "k", "v")).get();
        // Offsets in the transaction, as Kafka Streams commits them: they stay pending in __consumer_offsets.
        producer.sendOffsetsToTransaction(Map.of(IN, new OffsetAndMetadata(1)), new ConsumerGroupMetadata(APP));
        broker.close(); // the transaction still open
        producer.close(Duration.ZERO);
      }
      broker = restart(data, port);
      try (Admin admin = broker.admin()) {
        awaitCoordinatorIdle(admin);
        assertThat(readCommittedEnd(broker)).as("read_committed readers stop at the hanging transaction").isZero();
        HangingTransactionRepair repair = new HangingTransactionRepair(admin, APP, List.of(TOPIC));
        List<TopicPartition> hangingOn = repair.repair().stream().map(Open::partition).toList();
        assertThat(hangingOn).as("the restarted broker left the aborted transaction open on both partitions")
            .contains(OUT).anyMatch(tp -> tp.topic().equals("__consumer_offsets"));
        assertThat(repair.repair()).as("nothing left to abort").isEmpty();
        assertThat(stableOffsets(broker).get(IN)).as("the group's offset fetch answers again, without the aborted"
            + " offset").isNull();
        assertThat(readCommittedEnd(broker)).as("read_committed readers pass the aborted record").isEqualTo(2L);
      }
    } finally {
      broker.close();
    }
  }

  private static LocalKafkaBroker restart(Path data, int port) {
    // The coordinator aborts the timed-out transaction within half a second of loading it, well before the
    // controller fences the previous registration (broker.session.timeout.ms, 9 s): its markers are pending then.
    return LocalKafkaBroker.builder().dataDir(data).port(port)
        .brokerProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "500").start();
  }

  private static KafkaProducer<String, String> transactional(LocalKafkaBroker broker) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, APP + "-0_0", ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 3000,
        ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000), new StringSerializer(), new StringSerializer());
  }

  /** Until the coordinator holds the transaction as ended (it drops the markers or writes them), at most 60 s. */
  private static void awaitCoordinatorIdle(Admin admin) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Set<TransactionState> ended = Set.of(TransactionState.COMPLETE_ABORT, TransactionState.COMPLETE_COMMIT,
        TransactionState.EMPTY);
    while (System.nanoTime() < deadline) {
      try {
        TransactionState state = admin.describeTransactions(List.of(APP + "-0_0")).all().get(5, TimeUnit.SECONDS)
            .get(APP + "-0_0").state();
        if (ended.contains(state)) {
          return;
        }
      } catch (Exception notYet) {
        // Coordinator loading or broker fenced.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the transaction coordinator did not end the open transaction within 60 s");
  }

  private static Map<TopicPartition, OffsetAndMetadata> stableOffsets(LocalKafkaBroker broker) {
    try (KafkaConsumer<String, String> c = consumer(broker)) {
      return c.committed(Set.of(IN), Duration.ofSeconds(20));
    }
  }

  private static long readCommittedEnd(LocalKafkaBroker broker) {
    try (KafkaConsumer<String, String> c = consumer(broker)) {
      return c.endOffsets(List.of(OUT), Duration.ofSeconds(20)).get(OUT);
    }
  }

  private static KafkaConsumer<String, String> consumer(LocalKafkaBroker broker) {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, APP, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new StringDeserializer());
  }
}
