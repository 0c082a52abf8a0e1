package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** The start-up check tells "no broker" from "no topic" from "refused", whatever shape the failure comes in. */
class RawTopicCheckTest {
  private static RawTopicCheck.Result of(Throwable e) {
    return RawTopicCheck.describe(e, "pages.raw", "kafka:9092", Duration.ofSeconds(10));
  }

  @Test
  void aMissingTopicIsNotAnUnreachableBroker() {
    RawTopicCheck.Result r = of(new ExecutionException(new UnknownTopicOrPartitionException("nope")));
    assertThat(r.kind()).isEqualTo(RawTopicCheck.Kind.NO_TOPIC);
    assertThat(r.problem()).isEqualTo("topic pages.raw does not exist on kafka:9092");
  }

  @Test
  void bothTimeoutShapesMeanTheBrokerCannotBeReached() {
    for (Throwable t : new Throwable[] {new java.util.concurrent.TimeoutException(),
        new ExecutionException(new TimeoutException("Timed out waiting for a node assignment"))}) {
      RawTopicCheck.Result r = of(t);
      assertThat(r.kind()).isEqualTo(RawTopicCheck.Kind.UNREACHABLE);
      assertThat(r.problem()).isEqualTo("cannot reach Kafka at kafka:9092 (bootstrap.servers): no answer within 10000 ms");
    }
  }

  @Test
  void aRefusalNamesTheAuthenticationProblem() {
    RawTopicCheck.Result r = of(new ExecutionException(new SaslAuthenticationException("bad creds")));
    assertThat(r.kind()).isEqualTo(RawTopicCheck.Kind.UNREACHABLE);
    assertThat(r.problem()).startsWith("Kafka at kafka:9092 refused: authentication failed: bad creds");
  }
}
