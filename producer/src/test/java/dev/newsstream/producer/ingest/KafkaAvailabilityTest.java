package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class KafkaAvailabilityTest {
  private static KafkaAvailability.State of(Throwable e) {
    return KafkaAvailability.describe(e, "pages.raw", "kafka:9092", Duration.ofMillis(750));
  }

  @Test
  void aMissingTopicSaysSo() {
    KafkaAvailability.State s = of(new ExecutionException(new UnknownTopicOrPartitionException("nope")));
    assertThat(s.available()).isFalse();
    assertThat(s.reason()).isEqualTo("topic pages.raw does not exist on kafka:9092");
  }

  @Test
  void aSilentBrokerIsATimeout() {
    assertThat(of(new java.util.concurrent.TimeoutException()).reason())
        .isEqualTo("cannot reach Kafka at kafka:9092 (bootstrap.servers): no answer within 750 ms");
    assertThat(of(new ExecutionException(new TimeoutException("Timed out waiting for a node"))).reason())
        .isEqualTo("cannot reach Kafka at kafka:9092 (bootstrap.servers): no answer within 750 ms");
  }

  @Test
  void otherRefusalsNameTheCause() {
    assertThat(of(new ExecutionException(new TopicAuthorizationException("denied"))).reason())
        .startsWith("Kafka at kafka:9092 refused: ").contains("TopicAuthorizationException");
  }

  @Test
  void onlyTurningNotReadyAndRecoveringAreLoggedOnceEach() {
    KafkaAvailability.State ok = new KafkaAvailability.State(true, "ok");
    KafkaAvailability.State down = of(new java.util.concurrent.TimeoutException());
    KafkaAvailability.State gone = of(new ExecutionException(new UnknownTopicOrPartitionException("nope")));
    KafkaAvailability.Transition warn = KafkaAvailability.transition(ok, down, "kafka:9092", "pages.raw");
    assertThat(warn.warn()).isTrue();
    assertThat(warn.message()).contains("cannot reach Kafka at kafka:9092 (bootstrap.servers): no answer within 750 ms").contains("503");
    assertThat(KafkaAvailability.transition(down, down, "kafka:9092", "pages.raw")).as("each probe").isNull();
    assertThat(KafkaAvailability.transition(down, gone, "kafka:9092", "pages.raw")).as("new reason").isNull();
    KafkaAvailability.Transition info = KafkaAvailability.transition(gone, ok, "kafka:9092", "pages.raw");
    assertThat(info.warn()).isFalse();
    assertThat(info.message()).contains("kafka:9092").contains("'pages.raw'").contains("again");
    assertThat(KafkaAvailability.transition(ok, ok, "kafka:9092", "pages.raw")).isNull();
    assertThat(KafkaAvailability.transition(KafkaAvailability.State.UNKNOWN, ok, "kafka:9092", "pages.raw"))
        .as("ready at the first check is no recovery").isNull();
    assertThat(KafkaAvailability.transition(KafkaAvailability.State.UNKNOWN, gone, "kafka:9092", "pages.raw").warn())
        .as("not ready at the first check is said").isTrue();
  }
}
