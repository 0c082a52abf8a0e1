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

  @Test
  void withoutATerminalEachUpdateIsAWholeLineWithoutCarriageReturns() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] now = {0};
    ProgressMeter meter = new ProgressMeter(new PrintStream(err, true), 100, false, false, () -> now[0]);
    now[0] = 2_000_000_000L;
    meter.update(1, 10, 0); // 2 s: not yet, a log gets a line every 10 s
    now[0] = 11_000_000_000L;
    meter.update(5, 50, 0);
    now[0] = 22_000_000_000L;
    meter.update(9, 90, 1);
    meter.done();
    assertThat(err.toString()).doesNotContain("\r").endsWith("\n").hasLineCount(2)
        .startsWith("5 pages").contains("\n9 pages");
  }

  @Test
  void onATerminalOneLineIsRewrittenAndEndedByDone() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] now = {0};
    ProgressMeter meter = new ProgressMeter(new PrintStream(err, true), 100, false, true, () -> now[0]);
    now[0] = 1_500_000_000L;
    meter.update(5, 50, 0);
    now[0] = 3_000_000_000L;
    meter.update(9, 90, 0);
    assertThat(err.toString()).startsWith("\r5 pages").contains("\r9 pages").doesNotContain("\n");
    meter.done();
    assertThat(err.toString()).endsWith("\n");
  }
}
