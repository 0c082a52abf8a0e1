package dev.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OutOfMemoryError in a stream thread ends the process with a non-zero exit code and one FATAL log line, after the
 * client turned PENDING_ERROR (not ready); the thread is not replaced to fail again on the same record.
 */
class StreamsRunnerFatalErrorIT {
  @Test
  void anOutOfMemoryErrorExitsTheProcessNonZero(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      broker.createTopics(1, "fatal-in");
      Path log = dir.resolve("child.log");
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx128m", "-cp", System.getProperty("java.class.path"), FatalErrorProcess.class.getName(),
          broker.bootstrapServers(), dir.resolve("state").toString(), "fatal-in")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.readString(log).contains("RUNNING\n") && System.currentTimeMillis() < deadline) {
          assertThat(child.isAlive()).as("child died early:\n%s", Files.readString(log)).isTrue();
          Thread.sleep(200);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
            new StringSerializer())) {
          producer.send(new ProducerRecord<>("fatal-in", "k", "allocate")).get();
        }
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("child exited:\n%s", Files.readString(log)).isTrue();
        String out = Files.readString(log);
        assertThat(child.exitValue()).as(out).isEqualTo(StreamsRunner.FATAL_EXIT_CODE);
        List<String> fatal = out.lines().filter(l -> l.contains("FATAL:")).toList();
        assertThat(fatal).as(out).hasSize(1);
        assertThat(fatal.get(0)).contains("unrecoverable java.lang.OutOfMemoryError").contains("exiting with code 70");
        assertThat(out).doesNotContain("replacing it");
        // /health's answer turned not-ready (PENDING_ERROR, then ERROR) after the FATAL line, before the exit.
        int notReady = out.indexOf("health {\"status\":\"DOWN\",\"state\":\"PENDING_ERROR\"");
        assertThat(notReady).as(out).isGreaterThan(out.indexOf("health {\"status\":\"UP\",\"state\":\"RUNNING\""));
        assertThat(out.indexOf("\"ready\":true", notReady)).as(out).isEqualTo(-1);
      } finally {
        child.destroyForcibly();
      }
    }
  }
}
