package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagSecondsEstimatorTest {
  @Test
  void secondsFromTheOldestUnconsumedRecord() {
    assertThat(LagSecondsEstimator.fromRecordTimestamp(10_500, 4_000)).isEqualTo(6.5);
  }

  @Test
  void recordFromTheFutureGivesZeroNotNegative() {
    assertThat(LagSecondsEstimator.fromRecordTimestamp(1_000, 3_000)).isZero();
  }

  @Test
  void interpolatesWhenTheEndOffsetPassedTheCommittedOffset() {
    // End offset went 100 -> 200 between t=10s and t=20s; committed 150 was passed at t=15s. Now t=40s.
    List<Observation> history = List.of(new Observation(10_000, 100, 100), new Observation(20_000, 150, 200),
        new Observation(30_000, 150, 260));
    assertThat(LagSecondsEstimator.interpolate(history, 150, 40_000)).hasValue(25.0);
  }

  @Test
  void caughtUpIsZero() {
    assertThat(LagSecondsEstimator.interpolate(List.of(new Observation(5_000, 50, 50)), 50, 9_000)).hasValue(0.0);
  }

  @Test
  void historyThatDoesNotReachBackEnoughGivesNoEstimate() {
    List<Observation> history = List.of(new Observation(10_000, 10, 100), new Observation(20_000, 10, 120));
    assertThat(LagSecondsEstimator.interpolate(history, 10, 30_000)).isEmpty();
    assertThat(LagSecondsEstimator.interpolate(List.of(), 10, 30_000)).isEmpty();
  }
}
