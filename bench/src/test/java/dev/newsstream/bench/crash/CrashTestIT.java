package dev.newsstream.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test at CI size on a real broker: 800 pages, two topology JVMs, five kill -9s. Full size by hand:
 * {@code ./newsstream bench crash --pages 10000 --kills 5} (docs/BENCHMARKS.md).
 */
class CrashTestIT {
  @Test
  void everyPageHasExactlyOneOutcomeDespiteKillMinusNine(@TempDir Path work) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      CrashTestHarness.Result result = CrashTestHarness.run(broker.bootstrapServers(), work,
          new CrashTestHarness.Options(800, 5, 3, 20251125L, Duration.ofMinutes(4)), System.out);
      System.out.println("crash test: " + result.summary());
      assertThat(result.kills()).isGreaterThanOrEqualTo(5);
      assertThat(result.violations()).isEmpty();
      assertThat(result.counts()).doesNotStartWith("0 first versions");
    }
  }
}
