package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The lag command against a real broker: a paused consumer, N records produced, lag exactly N, then caught up. */
class LagCommandIT {
  private static final String TOPIC = "lag-it";
  private static final String GROUP = "lag-it-group";
  private static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = LocalKafkaBroker.start();
    broker.createTopics(3, TOPIC);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void pausedConsumerLagsByExactlyTheRecordsProducedAndCatchesUpToOk() throws Exception {
    try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(TOPIC));
      produce(producer, 6);
      consumeAndCommit(consumer, 6);

      JsonNode caughtUp = lag("--count", "1").json.get(0);
      assertThat(caughtUp.get("worst_status").asText()).isEqualTo("OK");
      assertThat(group(caughtUp).get("total_lag").asLong()).isZero();

      // Pause: still a member of the group, but neither consuming nor committing.
      consumer.pause(consumer.assignment());
      int n = 25;
      Map<Integer, Integer> perPartition = produce(producer, n);
      Result paused = lag("--watch", "2", "--count", "2");
      assertThat(paused.exitCode).as("STALL is at or above the default --fail-on WARN").isEqualTo(1);
      JsonNode first = paused.json.get(0);
      JsonNode second = paused.json.get(1);
      for (JsonNode obs : List.of(first, second)) {
        assertThat(group(obs).get("total_lag").asLong()).isEqualTo(n);
        for (JsonNode p : group(obs).get("partitions")) {
          assertThat(p.get("lag").asLong()).isEqualTo((long) perPartition.getOrDefault(p.get("partition").asInt(), 0));
          assertThat(p.get("lag").asLong()).isEqualTo(p.get("end_offset").asLong() - p.get("committed_offset").asLong());
        }
      }
      assertThat(group(second).get("max_lag_seconds").asDouble())
          .as("lag in seconds grows while the consumer is paused")
          .isGreaterThan(group(first).get("max_lag_seconds").asDouble() + 1.0);
      JsonNode lagging = laggingPartition(second);
      assertThat(lagging.get("lag_seconds_source").asText()).isEqualTo("record");
      assertThat(group(second).get("status").asText()).isEqualTo("STALL");

      // Resume: consume and commit; lag back to 0 and status OK, exit code 0.
      consumer.resume(consumer.assignment());
      consumeAndCommit(consumer, n);
      Result resumed = lag("--count", "1");
      assertThat(resumed.exitCode).isZero();
      assertThat(group(resumed.json.get(0)).get("total_lag").asLong()).isZero();
      assertThat(resumed.json.get(0).get("worst_status").asText()).isEqualTo("OK");

      // Stop: the consumer leaves the group with lag behind it.
      consumer.close();
      produce(producer, 4);
      Result stopped = lag("--count", "1", "--fail-on", "STOP");
      assertThat(group(stopped.json.get(0)).get("status").asText()).isEqualTo("STOP");
      assertThat(group(stopped.json.get(0)).get("total_lag").asLong()).isEqualTo(4);
      assertThat(stopped.exitCode).isEqualTo(1);
    }
  }

  @Test
  void unknownGroupIsAnErrorAndTheTableSaysWhy() {
    StringWriter out = new StringWriter();
    int rc = new CommandLine(new LagCommand()).setOut(new PrintWriter(out))
        .execute("-b", broker.bootstrapServers(), "-g", "never-seen", "--fail-on", "ERR");
    assertThat(rc).isEqualTo(1);
    assertThat(out.toString()).contains("group never-seen").contains("status ERR").contains("no committed offsets");
  }

  private record Result(int exitCode, List<JsonNode> json) {}

  private static Result lag(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("-b", broker.bootstrapServers(), "-g", GROUP, "--json"));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = new CommandLine(new LagCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
    assertThat(err.toString()).isEmpty();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        docs.add(new ObjectMapper().readTree(line));
      }
    }
    return new Result(rc, docs);
  }

  private static JsonNode group(JsonNode doc) {
    return doc.get("groups").get(0);
  }

  private static JsonNode laggingPartition(JsonNode doc) {
    for (JsonNode p : group(doc).get("partitions")) {
      if (p.get("lag").asLong() > 0) {
        return p;
      }
    }
    throw new AssertionError("no lagging partition in " + doc);
  }

  private static Map<Integer, Integer> produce(KafkaProducer<String, String> producer, int n) throws Exception {
    Map<Integer, Integer> perPartition = new HashMap<>();
    for (int i = 0; i < n; i++) {
      RecordMetadata md = producer.send(new ProducerRecord<>(TOPIC, "key-" + System.nanoTime() + "-" + i, "v" + i)).get();
      perPartition.merge(md.partition(), 1, Integer::sum);
    }
    return perPartition;
  }

  private static void consumeAndCommit(KafkaConsumer<String, String> consumer, int expected) {
    int seen = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (seen < expected && System.nanoTime() < deadline) {
      seen += consumer.poll(Duration.ofMillis(200)).count();
    }
    assertThat(seen).isEqualTo(expected);
    consumer.commitSync();
  }

  private static KafkaProducer<String, String> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private static KafkaConsumer<String, String> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
