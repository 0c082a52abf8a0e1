package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged command as a user runs it ({@code java -jar cli/target/newsstream.jar}): its manifest class path
 * must hold every module and fixture jar the commands load, which a test on the Maven class path cannot see.
 */
class NewsstreamJarIT {
  static final Path JAR = Path.of("target", "newsstream.jar");

  @Test
  void everyCommandLoadsFromThePackagedJar() throws Exception {
    // picocli builds every subcommand (and so loads its classes) before it prints the help.
    Result help = run("--help");
    assertThat(help.exit).as(help.output).isZero();
    assertThat(help.output).contains("demo", "run", "produce", "ingest", "lag", "trends", "broker", "bench");
    Result bench = run("bench", "--help");
    assertThat(bench.exit).as(bench.output).isZero();
    assertThat(bench.output).contains("extract", "dedup", "ner", "pipeline", "crash");
  }

  @Test
  void benchDedupRunsOnTheBundledLabelledSet() throws Exception {
    // The labelled corpus is streams-app's test fixture; it must be in lib/ for the bench to run.
    Result dedup = run("bench", "dedup", "--repeat", "1");
    assertThat(dedup.exit).as(dedup.output).isZero();
    assertThat(dedup.output).containsIgnoringCase("F1");
  }

  record Result(int exit, String output) {}

  static Result run(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("packaged by mvn package before the integration tests").exists();
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("newsstream-jar", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Result(process.exitValue(), output);
  }
}
