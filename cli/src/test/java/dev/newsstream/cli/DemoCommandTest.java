package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo's input checks, which come before its broker and registry start. */
class DemoCommandTest {
  private record Result(int code, String out, String err, Duration took) {}

  private static Result demo(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long started = System.nanoTime();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new DemoCommand()).execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void aMissingPathIsSaidBeforeAnyServerStarts() {
    Result r = demo("/nonexistent");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: No such file or directory: /nonexistent" + System.lineSeparator());
    assertThat(r.out()).as("no broker was started").doesNotContain("starting");
    assertThat(r.took()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anEmptyDirectoryIsSaidBeforeAnyServerStarts(@TempDir Path dir) {
    Result r = demo(dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: no files in [" + dir + "]" + System.lineSeparator());
    assertThat(r.out()).doesNotContain("starting");
  }
}
