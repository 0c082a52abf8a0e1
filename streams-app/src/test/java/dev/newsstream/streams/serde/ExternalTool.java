package dev.newsstream.streams.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a third-party tool (node, kcat, python3) as a child process and returns what it printed. */
public final class ExternalTool {
  private ExternalTool() {}

  /** stdout as bytes; fails with the tool's stderr on a non-zero exit or after {@code timeout}. */
  public static byte[] run(List<String> command, Path workDir, Duration timeout) throws IOException, InterruptedException {
    Path out = Files.createTempFile("tool-out-", ".bin");
    Path err = Files.createTempFile("tool-err-", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(command + " did not finish within " + timeout + "; stderr:\n" + Files.readString(err));
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(command + " exited with " + p.exitValue() + "; stderr:\n" + Files.readString(err));
      }
      return Files.readAllBytes(out);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  public static String runText(List<String> command, Path workDir, Duration timeout) throws IOException, InterruptedException {
    return new String(run(command, workDir, timeout), StandardCharsets.UTF_8);
  }

  /** True when {@code command} starts and exits 0 (e.g. {@code kcat -V}); false when it is not installed. */
  public static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** interop/ in the repository (the failsafe run sets newsstream.interop.dir). */
  public static Path interopDir() {
    return Path.of(System.getProperty("newsstream.interop.dir", "../interop")).toAbsolutePath().normalize();
  }
}
