package dev.newsstream.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test at CI size on a real broker: 800 pages, two topology JVMs at the minimum heap README documents
 * ({@link InstanceProcess#HEAP}), five kill -9s, for three seeds (each seed draws other malformed records; seed 7
 * holds the record whose length prefix once made the Avro decoder run out of memory). An instance that dies fails
 * the test at once. Besides one outcome per page, the entity counts on the trends topic must equal a recount of the
 * final clean articles ({@link TrendLedger}). One seed by hand: {@code -Dcrash.seeds=7}. Full size by hand:
 * {@code ./newsstream bench crash --pages 10000 --kills 5} (docs/BENCHMARKS.md).
 */
class CrashTestIT {
  /** The CI seeds, or those of the comma-separated system property crash.seeds. */
  static LongStream seeds() {
    String chosen = System.getProperty("crash.seeds", "");
    return chosen.isBlank() ? LongStream.of(20251125L, 7L, 18L)
        : Arrays.stream(chosen.split(",")).map(String::strip).mapToLong(Long::parseLong);
  }

  /**
   * One broker for the seeds, one after the other: each run has its own application id, topics and state dirs
   * ({@link CrashTestHarness#instanceSettings}), and only instances are killed. (Running the seeds at the same time
   * was tried: at load ~30 none of the six instances was RUNNING within 180 s.)
   */
  private static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = LocalKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPageHasExactlyOneOutcomeDespiteKillMinusNine(long seed, @TempDir Path work) throws Exception {
    CrashTestHarness.Result result = CrashTestHarness.run(broker.bootstrapServers(), work,
        new CrashTestHarness.Options(800, 5, 3, seed, Duration.ofMinutes(4)), System.out);
    System.out.println("crash test: " + result.summary());
    assertThat(result.kills()).isGreaterThanOrEqualTo(5);
    assertThat(result.violations()).isEmpty();
    assertThat(result.counts()).doesNotStartWith("0 first versions");
    assertThat(result.trends()).doesNotStartWith("0 of").doesNotStartWith("analytics absent");
  }
}
