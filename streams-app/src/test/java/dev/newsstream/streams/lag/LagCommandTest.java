package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lag} against an address where nothing listens: the wait is said, and ends when it says it does. */
class LagCommandTest {

  @Test
  void anUnreachableClusterIsSaidWhileWaitedForAndGivenUpAfterTheStatedTime() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long started = System.nanoTime();
    int rc = new CommandLine(new LagCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("-b", "localhost:1", "-g", "some-group");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(rc).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("waiting for the cluster at localhost:1 (up to 15 s)…"
        + System.lineSeparator());
    assertThat(out.toString()).contains("no answer from the cluster within 15 s");
    // The 15 s it states plus client start-up: 16.4 s for probe and close alone, 20.7 s for the whole command at
    // load 18-20; 27 s (plus start-up) when close() waited for the unanswered request.
    assertThat(took).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(25));
  }
}
