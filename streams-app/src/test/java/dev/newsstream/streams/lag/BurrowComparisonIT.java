package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Our {@code lag --json} against LinkedIn Burrow on the same group of the same real broker: per-partition lag in
 * records must agree (and equal the known truth). Needs the {@code Burrow} binary (Debian package {@code burrow});
 * skipped with a message when it is not on PATH. Burrow 1.2 coordinates through ZooKeeper: we embed one.
 */
class BurrowComparisonIT {
  private static final String TOPIC = "burrow-cmp";
  private static final String GROUP = "burrow-cmp-group";
  private static final String CLUSTER = "local";
  /** Newest protocol version string Burrow 1.2.1's sarama accepts; Kafka 4 still serves its request versions. */
  private static final String BURROW_KAFKA_VERSION = "2.1.0";
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void burrowAndWeAgreeOnPerPartitionLag(@TempDir Path dir) throws Exception {
    Optional<Path> burrow = burrowBinary();
    assumeTrue(burrow.isPresent(), "Burrow not on PATH: skipping the Burrow comparison (apt-get install -y burrow)");
    ZooKeeperServer zk = new ZooKeeperServer(dir.resolve("zk").toFile(), dir.resolve("zk").toFile(), 2000);
    ServerCnxnFactory zkFactory = ServerCnxnFactory.createFactory(new InetSocketAddress("127.0.0.1", 0), 50);
    zkFactory.startup(zk);
    Process burrowProcess = null;
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(3, TOPIC);
      // Partition p gets 10 + 5p records; the group commits 3 + p: the true lag is 7 + 4p (7, 11, 15).
      Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
      Map<Integer, Long> truth = new HashMap<>();
      try (KafkaProducer<String, String> producer = producer(broker)) {
        for (int p = 0; p < 3; p++) {
          for (int i = 0; i < 10 + 5 * p; i++) {
            producer.send(new ProducerRecord<>(TOPIC, p, "k" + i, "v" + i)).get();
          }
          commits.put(new TopicPartition(TOPIC, p), new OffsetAndMetadata(3 + p));
          truth.put(p, (long) (10 + 5 * p - (3 + p)));
        }
      }
      int httpPort = freePort();
      // Burrow's log stays in target/ for a look after a failure.
      Path work = Files.createDirectories(Path.of("target", "burrow-compare").toAbsolutePath());
      Path burrowLog = work.resolve("burrow.log");
      Path config = work;
      Files.writeString(config.resolve("burrow.toml"), burrowConfig(dir, zkFactory.getLocalPort(),
          broker.bootstrapServers(), httpPort));
      burrowProcess = new ProcessBuilder(burrow.get().toString(), "-config-dir", config.toString())
          .redirectErrorStream(true).redirectOutput(burrowLog.toFile()).start();

      try (KafkaConsumer<String, String> consumer = consumer(broker)) {
        consumer.subscribe(List.of(TOPIC));
        while (consumer.assignment().size() < 3) {
          consumer.poll(Duration.ofMillis(100));
        }
        consumer.pause(consumer.assignment());
        consumer.commitSync(commits);
        // Ours first: it must equal the truth whatever Burrow does.
        StringWriter out = new StringWriter();
        int rc = new CommandLine(new LagCommand()).setOut(new PrintWriter(out))
            .execute("-b", broker.bootstrapServers(), "-g", GROUP, "--json", "--fail-on", "ERR");
        JsonNode ours = json.readTree(out.toString().strip()).get("groups").get(0);
        System.out.println("newsstream lag --json: " + ours);
        Map<Integer, Long> oursByPartition = new HashMap<>();
        for (JsonNode p : ours.get("partitions")) {
          oursByPartition.put(p.get("partition").asInt(), p.get("lag").asLong());
          assertThat(p.get("lag_seconds").isNumber()).as("we also give lag in seconds").isTrue();
        }
        assertThat(oursByPartition).isEqualTo(truth);
        assertThat(rc).isZero();

        // A live member that keeps committing the same offsets: Burrow sees a commit stream, we see a member.
        JsonNode burrowLag = null;
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(40).toNanos()) {
          consumer.commitSync(commits);
          consumer.poll(Duration.ofMillis(500));
          burrowLag = burrowReady(httpPort, truth.size());
          if (burrowLag != null
              || (System.nanoTime() - start > Duration.ofSeconds(10).toNanos() && !incompatibilities(burrowLog).isEmpty())) {
            break;
          }
        }
        if (burrowLag == null) {
          List<String> known = incompatibilities(burrowLog);
          assumeTrue(known.isEmpty(), "This Burrow cannot read this Kafka broker (see docs/LAG.md): "
              + String.join("; ", known) + ". Log: " + burrowLog);
          String log = Files.exists(burrowLog) ? Files.readString(burrowLog) : "(no log at " + burrowLog + ")";
          throw new AssertionError("Burrow did not report the group with all partitions; alive="
              + burrowProcess.isAlive() + "; its log:\n" + log.substring(Math.max(0, log.length() - 6000)));
        }
        burrowLag = get(httpPort, "/v3/kafka/" + CLUSTER + "/consumer/" + GROUP + "/lag");
        System.out.println("Burrow /lag: " + burrowLag);

        Map<Integer, Long> burrowByPartition = new HashMap<>();
        for (JsonNode p : burrowLag.get("status").get("partitions")) {
          assertThat(p.get("topic").asText()).isEqualTo(TOPIC);
          burrowByPartition.put(p.get("partition").asInt(), p.get("current_lag").asLong());
        }
        assertThat(oursByPartition).isEqualTo(burrowByPartition);
        assertThat(ours.get("total_lag").asLong()).isEqualTo(burrowLag.get("status").get("totallag").asLong());
      }
    } finally {
      if (burrowProcess != null) {
        burrowProcess.destroy();
        burrowProcess.waitFor();
      }
      zkFactory.shutdown();
      zk.shutdown();
    }
  }

  /**
   * Known reasons an old Burrow cannot work against a Kafka 4 broker, found in its log: Burrow 1.2 sends
   * ListOffsets v0 (removed in Kafka 4.0, KIP-896: the broker closes the connection, sarama says EOF) and cannot
   * decode offset-commit values of version 4 (written by Kafka 4.x).
   */
  static List<String> incompatibilities(Path burrowLog) throws IOException {
    String log = Files.exists(burrowLog) ? Files.readString(burrowLog) : "";
    List<String> out = new java.util.ArrayList<>();
    if (log.contains("\"failed to fetch offsets from broker\"") && log.contains("\"sarama_error\":\"EOF\"")) {
      out.add("its ListOffsets request is refused (EOF): no end offsets, no lag");
    }
    if (log.contains("\"failed to decode\"") && log.contains("\"message_type\":\"offset\"")
        && log.contains("\"reason\":\"value version\"")) {
      out.add("it cannot decode the broker's offset-commit records (value version) in __consumer_offsets");
    }
    return out;
  }

  /** Burrow's lag answer once it knows every partition of the group and the broker's end offsets; else null. */
  private JsonNode burrowReady(int port, int partitions) {
    try {
      JsonNode lag = get(port, "/v3/kafka/" + CLUSTER + "/consumer/" + GROUP + "/lag");
      JsonNode topic = get(port, "/v3/kafka/" + CLUSTER + "/topic/" + TOPIC);
      if (lag == null || topic == null || lag.get("status").get("partitions").size() < partitions) {
        return null;
      }
      return lag;
    } catch (IOException | InterruptedException e) {
      return null; // Not listening yet.
    }
  }

  private JsonNode get(int port, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? json.readTree(r.body()) : null;
  }

  private static String burrowConfig(Path dir, int zkPort, String bootstrap, int httpPort) {
    String servers = "[\"" + bootstrap + "\"]";
    return String.join("\n",
        "[general]", "pidfile=\"" + dir.resolve("burrow.pid") + "\"",
        "[logging]", "level=\"info\"",
        "[zookeeper]", "servers=[\"127.0.0.1:" + zkPort + "\"]", "timeout=6", "root-path=\"/burrow\"",
        "[client-profile.local]", "client-id=\"burrow-compare\"", "kafka-version=\"" + BURROW_KAFKA_VERSION + "\"",
        "[cluster." + CLUSTER + "]", "class-name=\"kafka\"", "servers=" + servers, "client-profile=\"local\"",
        "topic-refresh=5", "offset-refresh=1",
        "[consumer." + CLUSTER + "]", "class-name=\"kafka\"", "cluster=\"" + CLUSTER + "\"", "servers=" + servers,
        "client-profile=\"local\"", "start-latest=false",
        "[httpserver.default]", "address=\"127.0.0.1:" + httpPort + "\"",
        "[storage.default]", "class-name=\"inmemory\"", "intervals=10", "min-distance=1",
        "[evaluator.default]", "class-name=\"caching\"", "");
  }

  static Optional<Path> burrowBinary() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).flatMap(d -> Stream.of(Path.of(d, "Burrow"), Path.of(d, "burrow")))
        .filter(Files::isExecutable).findFirst();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static KafkaProducer<String, String> producer(LocalKafkaBroker broker) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private static KafkaConsumer<String, String> consumer(LocalKafkaBroker broker) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
