package dev.newsstream.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FatalErrorsTest {
  @Test
  void anOutOfMemoryErrorInTheMainBodyIsOneFatalLineAndExitCode70() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = FatalErrors.runMain(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(70);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("FATAL: unrecoverable java.lang.OutOfMemoryError: "
        + "Java heap space in the main thread; exiting with code 70 to be restarted" + System.lineSeparator());
  }

  @Test
  void aWrappedVmErrorCountsOtherFailuresAreRethrownAndExitCodesPassThrough() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(FatalErrors.runMain(() -> {
      throw new IllegalStateException("loading models", new StackOverflowError());
    }, quiet)).isEqualTo(70);
    assertThatThrownBy(() -> FatalErrors.runMain(() -> {
      throw new IllegalArgumentException("bad");
    }, quiet)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    assertThat(FatalErrors.runMain(() -> 2, quiet)).isEqualTo(2);
  }

  /** A real heap exhaustion in a child JVM with 24 MB of heap: the line is printed and the exit code is 70. */
  @Test
  void aRealHeapExhaustionEndsTheProcessWithCode70AndOneLine() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), Exhaust.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isEqualTo(70);
    assertThat(out.strip().lines()).singleElement().asString()
        .startsWith("FATAL: unrecoverable java.lang.OutOfMemoryError").doesNotContain("Exception in thread");
  }

  /** The child: holds on to ever more memory in its main body. */
  public static final class Exhaust {
    public static void main(String[] args) {
      System.exit(FatalErrors.runMain(() -> {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
          hoard.add(new long[1 << 16]);
        }
      }, System.err));
    }
  }
}
