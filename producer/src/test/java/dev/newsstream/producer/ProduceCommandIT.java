package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The produce command against a real broker: what lands on the raw topic, and what is reported. */
class ProduceCommandIT {
  static final Path SAMPLES = Path.of("../../shared/samples");
  static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = LocalKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void producesTheSamplePageKeyedByCanonicalUrl(@TempDir Path dir) throws Exception {
    broker.createTopics(2, "raw-a");
    Path html = dir.resolve("nested/page.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, "<html><head><link rel='canonical' href='https://Example.com/story?utm_source=x'>"
        + "</head><body><p>Hello</p></body></html>");
    Path junk = dir.resolve("nourl.html");
    Files.writeString(junk, "<html><body><p>no url here</p></body></html>");

    CommandResult result = run("-b", broker.bootstrapServers(), "-t", "raw-a", "--source", "it",
        SAMPLES.toString(), dir.toString());

    assertThat(result.exitCode).as(result.out).isEqualTo(1); // one file has no URL
    assertThat(result.out).contains("Sent 2 of 3 pages").contains("1 failed")
        .contains("nourl.html").contains("declares none");
    List<ConsumerRecord<String, byte[]>> records = consume("raw-a", 2);
    AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
    RawPage sample = null;
    RawPage page = null;
    for (var r : records) {
      RawPage p = serde.fromBytes(r.value());
      if (p.getUrl().contains("sputnikglobe")) {
        sample = p;
        assertThat(r.key()).isEqualTo("https://sputnikglobe.com/20251125/rubio-declines-bilateral-talks-with-eus-kallas-on-ukraine-settlement---reports-1123168106.html");
      } else {
        page = p;
        assertThat(r.key()).isEqualTo("https://example.com/story");
      }
    }
    assertThat(sample).isNotNull();
    assertThat(sample.getSource()).isEqualTo("it");
    assertThat(sample.getContentType()).isEqualTo("text/x-news-dump");
    byte[] original = Files.readAllBytes(Files.list(SAMPLES).findFirst().orElseThrow());
    assertThat(sample.getBody().array()).isEqualTo(original);
    assertThat(page).isNotNull();
    assertThat(page.getContentType()).isEqualTo("text/html");
  }

  @Test
  void readsOnePageFromStdinWithTheUrlFlag() throws Exception {
    broker.createTopics(1, "raw-b");
    var previous = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("<html><body><p>From stdin</p></body></html>"
          .getBytes(StandardCharsets.UTF_8)));
      CommandResult result = run("-b", broker.bootstrapServers(), "-t", "raw-b", "--url", "https://ex.org/in", "-");
      assertThat(result.exitCode).as(result.out).isZero();
    } finally {
      System.setIn(previous);
    }
    List<ConsumerRecord<String, byte[]>> records = consume("raw-b", 1);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo("https://ex.org/in");
  }

  @Test
  void readsJsonLinesFromStdinWithoutAFormatFlag() throws Exception {
    broker.createTopics(1, "raw-jsonl-stdin");
    var previous = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(("{\"url\":\"https://a.example/z\",\"text\":\"fine text\"}\n"
          + "{\"url\":\"https://a.example/y\",\"html\":\"<p>Two</p>\"}\n").getBytes(StandardCharsets.UTF_8)));
      CommandResult result = run("-q", "-b", broker.bootstrapServers(), "-t", "raw-jsonl-stdin", "-");
      assertThat(result.exitCode).as(result.out + result.err).isZero();
    } finally {
      System.setIn(previous);
    }
    assertThat(consume("raw-jsonl-stdin", 2)).extracting(ConsumerRecord::key)
        .containsExactly("https://a.example/z", "https://a.example/y");
  }

  @Test
  void badSettingsFailFastWithExitCode2() {
    CommandResult result = run("-b", broker.bootstrapServers(), "/no/such/dir");
    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("No such file or directory: /no/such/dir");
  }

  @Test
  void aCheckpointInAMissingDirectoryIsOneErrorLineBeforeAnyPage() {
    CommandResult result = run("-q", "-b", broker.bootstrapServers(), "--checkpoint", "/nonexistent-dir/ck",
        SAMPLES.toString());
    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err.strip()).isEqualTo("error: --checkpoint /nonexistent-dir/ck: directory /nonexistent-dir"
        + " does not exist");
    assertThat(result.out).isEmpty();
  }

  @Test
  void aMissingTopicOrAnUnreachableBrokerFailsOnceBeforeAnyPageWithExitCode2() {
    long started = System.nanoTime();
    CommandResult missing = run("-q", "-b", broker.bootstrapServers(), "-t", "no.such.topic", SAMPLES.toString());
    assertThat(missing.exitCode).as(missing.err).isEqualTo(2);
    assertThat(missing.err.strip().lines().filter(l -> !l.contains("WARN org.apache.kafka"))).containsExactly("error: topic no.such.topic does not exist on " + broker.bootstrapServers()
        + ": create it with 'newsstream run --create-topics' (or 'newsstream ingest --create-topic'), or name an"
        + " existing topic with -t / topic.raw");
    CommandResult unreachable = run("-q", "-b", "localhost:1", SAMPLES.toString());
    assertThat(unreachable.exitCode).as(unreachable.err).isEqualTo(2);
    List<String> lines = unreachable.err.strip().lines().filter(l -> !l.contains("WARN org.apache.kafka")).toList();
    assertThat(lines).as("the client's own warnings aside").containsExactly(
        "error: cannot reach Kafka at localhost:1 (bootstrap.servers): no answer within 10000 ms");
    assertThat(unreachable.out).as("no summary: nothing was read").isEmpty();
    // One bounded check each (10 s), not max.block.ms (60 s) per page.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(40));
  }

  @Test
  void anHttpPortGivenAsTheBrokerIsOneLineAndExitCode2AndARealBrokerPassesTheProbe() throws Exception {
    assertThat(dev.newsstream.config.KafkaProtocolProbe.notKafka(broker.bootstrapServers(), Map.of(),
        Duration.ofSeconds(5))).as("a Kafka 4.3 broker answers the probe's ApiVersions v0").isEmpty();
    com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    http.start();
    try {
      String server = "localhost:" + http.getAddress().getPort();
      CommandResult result = run("-q", "-b", server, SAMPLES.toString());
      assertThat(result.exitCode).as(result.err).isEqualTo(2);
      assertThat(result.err.strip()).isEqualTo(
          "error: " + server + " answers HTTP, not the Kafka protocol: is it the registry's address?");
    } finally {
      http.stop(0);
    }
  }

  @Test
  void aMissingTopicIsFineWhenTheBrokerCreatesTopicsOnFirstUse() throws Exception {
    try (LocalKafkaBroker autoCreating = LocalKafkaBroker.builder()
        .brokerProperty("auto.create.topics.enable", "true").start()) {
      CommandResult result = run("-q", "-b", autoCreating.bootstrapServers(), "-t", "made.on.first.page",
          SAMPLES.toString());
      assertThat(result.exitCode).as(result.err + result.out).isZero();
      assertThat(result.err).contains("note: topic made.on.first.page does not exist on " + autoCreating.bootstrapServers()
          + " yet: the broker creates it with the first page (auto.create.topics.enable=true)");
      assertThat(result.out).contains("Sent 1 of 1 pages");
    }
  }

  record CommandResult(int exitCode, String out, String err) {}

  private static CommandResult run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int rc = new CommandLine(new ProduceCommand()).execute(args);
      return new CommandResult(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (out.size() < expected && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(300)).forEach(out::add);
      }
    }
    return out;
  }
}
