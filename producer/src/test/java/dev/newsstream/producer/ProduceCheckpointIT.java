package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code produce --checkpoint}: a crawl feed that dies part-way and is rerun sends every page exactly once. */
class ProduceCheckpointIT {
  private static final int PAGES = 30;

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int rc = new CommandLine(new ProduceCommand()).execute(args);
      return rc + "|" + out.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(old);
    }
  }

  private static Map<String, Integer> keysOnTopic(String bootstrap, String topic, int atLeast) {
    Map<String, Integer> keys = new HashMap<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      int total = 0;
      // Read until the expected count, then a little longer: a resent page would arrive too.
      while (System.currentTimeMillis() < deadline && total < atLeast + 1) {
        for (var r : c.poll(Duration.ofMillis(500))) {
          keys.merge(r.key(), 1, Integer::sum);
          total++;
        }
        if (total >= atLeast && deadline - System.currentTimeMillis() > 3000) {
          deadline = System.currentTimeMillis() + 3000;
        }
      }
    }
    return keys;
  }

  @Test
  void aRerunAfterACrashNeitherResendsNorSkipsPages(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(2, "raw-cp");
      Path pages = Files.createDirectories(dir.resolve("feed"));
      for (int i = 0; i < PAGES; i++) {
        Files.writeString(pages.resolve(String.format("page-%02d.html", i)), "<html><head><link rel=canonical "
            + "href='https://feed.example/story-" + i + "'></head><body><p>Story " + i + "</p></body></html>");
      }
      Path checkpoint = dir.resolve("feed.checkpoint");
      String[] common = {"-b", broker.bootstrapServers(), "-t", "raw-cp", "-q", "--checkpoint", checkpoint.toString()};

      String crashed = run(concat(common, "--abort-after", "12", pages.toString()));
      assertThat(crashed).startsWith("3|");
      assertThat(Files.readAllLines(checkpoint)).hasSize(12);

      String rerun = run(concat(common, pages.toString()));
      assertThat(rerun).startsWith("0|").contains("Sent 18 of 18 pages").contains("12 skipped");
      String again = run(concat(common, pages.toString()));
      assertThat(again).startsWith("0|").contains("Sent 0 of 0 pages").contains("30 skipped");

      // A re-crawled (changed) file is a new input and is sent again.
      Files.writeString(pages.resolve("page-03.html"), "<html><head><link rel=canonical "
          + "href='https://feed.example/story-3'></head><body><p>Story 3, updated</p></body></html>");
      assertThat(run(concat(common, pages.toString()))).contains("Sent 1 of 1 pages");

      // A file whose page failed is not marked done: a rerun reads it again (still failing), and once the user
      // fixed it, it is sent.
      Path fixDir = Files.createDirectories(dir.resolve("fix"));
      Path broken = Files.writeString(fixDir.resolve("broken.html"), "<html><body><p>no url yet</p></body></html>");
      assertThat(run(concat(common, fixDir.toString()))).startsWith("1|").contains("1 failed")
          .contains("0 skipped as already done");
      assertThat(run(concat(common, fixDir.toString()))).as("read again, not skipped").startsWith("1|")
          .contains("1 failed").contains("0 skipped as already done");
      Files.writeString(broken, "<html><head><link rel=canonical href='https://feed.example/fixed'></head>"
          + "<body><p>fixed</p></body></html>");
      assertThat(run(concat(common, fixDir.toString()))).startsWith("0|").contains("Sent 1 of 1 pages");
      assertThat(run(concat(common, fixDir.toString()))).as("now done").contains("1 skipped as already done");

      Map<String, Integer> keys = keysOnTopic(broker.bootstrapServers(), "raw-cp", PAGES + 2);
      assertThat(keys).hasSize(PAGES + 1).containsEntry("https://feed.example/fixed", 1);
      keys.forEach((key, n) -> assertThat(n).as(key).isEqualTo(key.endsWith("/story-3") ? 2 : 1));
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
