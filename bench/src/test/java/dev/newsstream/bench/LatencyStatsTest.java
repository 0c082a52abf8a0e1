package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {
  @Test
  void nearestRankPercentiles() {
    LatencyStats stats = new LatencyStats();
    for (int i = 100; i >= 1; i--) {
      stats.add(i * 1000L);
    }
    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.percentile(50)).isEqualTo(50_000);
    assertThat(stats.percentile(95)).isEqualTo(95_000);
    assertThat(stats.percentile(99)).isEqualTo(99_000);
    assertThat(stats.percentile(100)).isEqualTo(100_000);
    assertThat(stats.summary()).isEqualTo("p50 50 ms  p95 95 ms  p99 99 ms  max 100 ms");
    assertThat(new LatencyStats().percentile(99)).isZero();
  }
}
