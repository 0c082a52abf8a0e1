package dev.newsstream.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The wait for an unavailable registry, on a fake clock: backoff, bound, one log line per outage, the figures. */
class RegistryOutageTest {
  private long nanos;
  private final List<Long> sleeps = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> infos = new ArrayList<>();

  private RegistryOutage outage(Duration maxWait) {
    return new RegistryOutage("http://registry:8081", maxWait, Duration.ofMillis(500), Duration.ofSeconds(5),
        () -> nanos, millis -> {
          sleeps.add(millis);
          nanos += millis * 1_000_000;
        }, warnings::add, infos::add);
  }

  private static SchemaRegistryException noAnswer() {
    return new SchemaRegistryException("Schema registry at http://registry:8081 did not answer GET /subjects: "
        + "cannot connect", SchemaRegistryException.NO_ANSWER, null);
  }

  /** A registry call that fails for want of an answer {@code failures} times, then returns "ok". */
  private static java.util.function.Supplier<String> downFor(int failures, AtomicInteger calls) {
    return () -> {
      if (calls.incrementAndGet() <= failures) {
        throw noAnswer();
      }
      return "ok";
    };
  }

  @Test
  void waitsWithBackoffThroughAnOutageAndResumesWhenTheRegistryAnswers() {
    RegistryOutage outage = outage(Duration.ofMinutes(5));
    AtomicInteger calls = new AtomicInteger();
    assertThat(outage.call(downFor(7, calls))).isEqualTo("ok");
    assertThat(calls).hasValue(8);
    assertThat(sleeps).containsExactly(500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L);
    assertThat(warnings).singleElement().asString().contains("http://registry:8081").contains("cannot connect")
        .contains("not rejected");
    assertThat(infos).singleElement().asString().contains("answers again after 22.5 s");
    assertThat(outage.unavailable()).isFalse();
    assertThat(outage.waitingReason()).isNull();
    assertThat(outage.outages()).isEqualTo(1);
    assertThat(outage.waitedSeconds()).isEqualTo(22.5);
  }

  @Test
  void manyCallsDuringOneOutageLogItOnceAndTheFiguresGrowWhileItLasts() {
    RegistryOutage outage = outage(Duration.ZERO);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> outage.call(downFor(Integer.MAX_VALUE, new AtomicInteger())))
          .isInstanceOf(SchemaRegistryException.class);
    }
    assertThat(warnings).hasSize(1);
    assertThat(infos).isEmpty();
    assertThat(outage.unavailable()).isTrue();
    double before = outage.waitedSeconds();
    nanos += 10_000_000_000L;
    assertThat(outage.waitedSeconds()).isEqualTo(before + 10);

    assertThat(outage.call(() -> "back")).isEqualTo("back");
    assertThat(outage.unavailable()).isFalse();
    assertThat(infos).hasSize(1);
    assertThat(outage.call(downFor(1, new AtomicInteger()))).isEqualTo("ok");
    assertThat(outage.outages()).isEqualTo(2);
    assertThat(warnings).hasSize(2);
  }

  @Test
  void givesUpAfterTheBoundWithTheLastFailure() {
    RegistryOutage outage = outage(Duration.ofSeconds(10));
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> outage.call(downFor(Integer.MAX_VALUE, calls)))
        .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("cannot connect")
        .hasMessageStartingWith("gave up after 13 s waiting for the schema registry (schema.registry.max.wait.seconds)")
        .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(SchemaRegistryException.NO_ANSWER));
    assertThat(warnings).singleElement().asString().doesNotContain(").)").endsWith("Cause: " + noAnswer().getMessage());
    assertThat(outage.waitingReason()).isEqualTo("waiting for schema registry at http://registry:8081");
    // 0.5 + 1 + 2 + 4 = 7.5 s < 10 s: one more sleep (5 s), then 12.5 s >= 10 s: thrown.
    assertThat(sleeps).containsExactly(500L, 1000L, 2000L, 4000L, 5000L);
    assertThat(calls).hasValue(6);
    assertThat(outage.unavailable()).as("still down: the next success ends it").isTrue();
  }

  @Test
  void aZeroBoundStillRetriesADroppedConnection() {
    RegistryOutage outage = outage(Duration.ZERO);
    AtomicInteger calls = new AtomicInteger();
    assertThat(outage.call(downFor(2, calls))).isEqualTo("ok");
    assertThat(calls).hasValue(RegistryOutage.MIN_ATTEMPTS);
    AtomicInteger more = new AtomicInteger();
    assertThatThrownBy(() -> outage.call(downFor(3, more))).isInstanceOf(SchemaRegistryException.class);
    assertThat(more).hasValue(RegistryOutage.MIN_ATTEMPTS);
  }

  @Test
  void anAnswerThatWaitingCannotFixIsThrownAtOnce() {
    RegistryOutage outage = outage(Duration.ofMinutes(5));
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> outage.call(() -> {
      calls.incrementAndGet();
      throw new SchemaRegistryException("refused as incompatible", 409, null);
    })).hasMessageContaining("incompatible");
    assertThat(calls).hasValue(1);
    assertThat(sleeps).isEmpty();
    assertThat(warnings).isEmpty();
    assertThat(outage.outages()).isZero();
  }

  @Test
  void unavailableMeansNoAnswerOrAGatewayStatusAtAnyDepth() {
    assertThat(RegistryOutage.isUnavailable(noAnswer())).isTrue();
    assertThat(RegistryOutage.isUnavailable(new SerializationException("Cannot serialize", noAnswer()))).isTrue();
    assertThat(RegistryOutage.isUnavailable(new SchemaRegistryException("busy", 503, null))).isTrue();
    assertThat(RegistryOutage.isUnavailable(new SchemaRegistryException("bad gateway", 502, null))).isTrue();
    assertThat(RegistryOutage.isUnavailable(new SchemaRegistryException("incompatible", 409, null))).isFalse();
    assertThat(RegistryOutage.isUnavailable(new SchemaRegistryException("no such id", 404, null))).isFalse();
    assertThat(RegistryOutage.isUnavailable(new SerializationException("Corrupt Avro value"))).isFalse();
    assertThat(RegistryOutage.isUnavailable(new IllegalStateException("x", new RuntimeException()))).isFalse();
  }

  @Test
  void aNegativeBoundIsRefused() {
    assertThatThrownBy(() -> outage(Duration.ZERO).maxWait(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
