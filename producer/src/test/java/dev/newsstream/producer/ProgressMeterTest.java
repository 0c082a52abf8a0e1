package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  @Test
  void showsRateShareAndEtaFromTheByteRate() {
    // 25% of the bytes in 10 s: 30 s left.
    assertThat(ProgressMeter.line(1200, 12_000_000, 48_000_000, 2, 10.0))
        .isEqualTo("1,200 pages  120.0 pages/s  12.0 MB of 48.0 MB (25%)  ETA 0:30  2 failed");
    assertThat(ProgressMeter.line(5, 1_000_000, 0, 0, 2.0)).isEqualTo("5 pages  2.5 pages/s  1.0 MB  0 failed");
    assertThat(ProgressMeter.clock(3725)).isEqualTo("1:02:05");
  }

  @Test
  void quietPrintsNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProgressMeter meter = new ProgressMeter(new PrintStream(err), 100, true);
    meter.update(10, 50, 0);
    meter.done();
    assertThat(err.size()).isZero();
  }
}
