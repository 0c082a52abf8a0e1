package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagStatusEvaluatorTest {
  private static Observation o(long t, long committed, long end) {
    return new Observation(t, committed, end);
  }

  @Test
  void lagZeroAnywhereInTheWindowIsOk() {
    // Rule 1: caught up once in the window, even if it has lag now and the offset did not move since.
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 10), o(1, 10, 15), o(2, 10, 20)), true))
        .isEqualTo(LagStatus.OK);
  }

  @Test
  void committedOffsetGoingBackIsAnError() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30), o(1, 12, 30), o(2, 5, 30)), true))
        .isEqualTo(LagStatus.ERR);
  }

  @Test
  void groupWithoutMembersAndLagIsStoppedEvenOnOneLook() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30)), false)).isEqualTo(LagStatus.STOP);
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30), o(1, 10, 31)), false)).isEqualTo(LagStatus.STOP);
  }

  @Test
  void groupWithoutMembersButNoLagIsOk() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 30, 30)), false)).isEqualTo(LagStatus.OK);
  }

  @Test
  void activeMembersWithAnUnmovingOffsetAndLagStall() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30), o(1, 10, 30), o(2, 10, 35)), true))
        .isEqualTo(LagStatus.STALL);
  }

  @Test
  void advancingButNeverShrinkingLagWarns() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30), o(1, 15, 40), o(2, 20, 50)), true))
        .isEqualTo(LagStatus.WARN);
  }

  @Test
  void lagShrinkingOnceIsOk() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30), o(1, 15, 40), o(2, 30, 45)), true))
        .isEqualTo(LagStatus.OK);
  }

  @Test
  void oneLookAtAnActiveLaggingConsumerIsNotEnoughToJudgeIt() {
    assertThat(LagStatusEvaluator.evaluate(List.of(o(0, 10, 30)), true)).isEqualTo(LagStatus.OK);
    assertThat(LagStatusEvaluator.evaluate(List.of(), true)).isEqualTo(LagStatus.OK);
  }

  @Test
  void statusesAreOrderedBySeverityAndParseCaseInsensitively() {
    assertThat(LagStatus.parse("warn")).isEqualTo(LagStatus.WARN);
    assertThat(LagStatus.STOP.atLeast(LagStatus.WARN)).isTrue();
    assertThat(LagStatus.OK.atLeast(LagStatus.WARN)).isFalse();
    assertThat(LagStatus.worst(LagStatus.STALL, LagStatus.WARN)).isEqualTo(LagStatus.STALL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LagStatus.parse("bad"))
        .hasMessageContaining("OK, WARN, STALL, STOP, ERR");
  }
}
