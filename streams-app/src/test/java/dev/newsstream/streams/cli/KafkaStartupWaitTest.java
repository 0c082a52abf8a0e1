package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The start-up wait for Kafka: bounded, visible while it waits, and silent when Kafka answers. */
class KafkaStartupWaitTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong();

  /** A probe on a fake clock: each attempt takes its full timeout; answers from attempt {@code answersAt} on. */
  private KafkaStartupWait.Probe probe(int answersAt, List<Duration> asked) {
    return timeout -> {
      asked.add(timeout);
      if (asked.size() >= answersAt) {
        return Optional.empty();
      }
      now.addAndGet(timeout.toNanos());
      return Optional.of("no answer within " + timeout.toMillis() + " ms");
    };
  }

  @Test
  void aClusterThatAnswersAtOnceIsNotWaitedForAndNothingIsLogged() {
    List<Duration> asked = new ArrayList<>();
    assertThat(KafkaStartupWait.await(probe(1, asked), "k:9092", Duration.ofSeconds(60), Duration.ofSeconds(5),
        now::get, log)).isNull();
    assertThat(asked).hasSize(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aBrokerStillStartingIsWaitedForWithALinePerAttempt() {
    List<Duration> asked = new ArrayList<>();
    assertThat(KafkaStartupWait.await(probe(3, asked), "k:9092", Duration.ofSeconds(60), Duration.ofSeconds(5),
        now::get, log)).isNull();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "waiting for Kafka at k:9092 (bootstrap.servers) to answer: no answer within 5000 ms (5 s of 60 s)",
        "waiting for Kafka at k:9092 (bootstrap.servers) to answer: no answer within 5000 ms (10 s of 60 s)");
  }

  @Test
  void aBrokerThatNeverAnswersFailsAfterTheBoundWithTheAddressAndTheReason() {
    List<Duration> asked = new ArrayList<>();
    String error = KafkaStartupWait.await(probe(Integer.MAX_VALUE, asked), "localhost:1", Duration.ofSeconds(12),
        Duration.ofSeconds(5), now::get, log);
    assertThat(error).isEqualTo("cannot reach Kafka at localhost:1 (bootstrap.servers) within 12 s: no answer within"
        + " 2000 ms; check the address, or wait longer with --kafka-wait");
    assertThat(asked).as("the last attempt is cut to the time left").containsExactly(Duration.ofSeconds(5),
        Duration.ofSeconds(5), Duration.ofSeconds(2));
    assertThat(Duration.ofNanos(now.get())).isEqualTo(Duration.ofSeconds(12));
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void aRealAddressWhereNothingListensIsReportedWithinTheBound() {
    long t0 = System.nanoTime();
    String error = KafkaStartupWait.await(KafkaStartupWait.describeCluster(new java.util.Properties(), "localhost:1"),
        "localhost:1", Duration.ofSeconds(3), Duration.ofSeconds(2), System::nanoTime, log);
    assertThat(error).startsWith("cannot reach Kafka at localhost:1 (bootstrap.servers) within 3 s: ");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
  }
}
