package dev.newsstream.bench.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** One slot of the crash test: a topology instance JVM with its own state dir, which can be killed and restarted. */
final class InstanceProcess {
  /** The minimum heap README documents for an instance: the crash test runs at it, so it proves that figure. */
  static final String HEAP = "-Xmx768m";
  private final String name;
  private final Path dir;
  private final Path config;
  private Process process;
  private int starts;

  InstanceProcess(String name, Path workDir, Properties settings) {
    this.name = name;
    this.dir = workDir.resolve("instance-" + name);
    Properties p = new Properties();
    p.putAll(settings);
    p.setProperty("state.dir", dir.resolve("state").toString());
    try {
      Files.createDirectories(dir);
      config = dir.resolve("streams.properties");
      try (OutputStream out = Files.newOutputStream(config)) {
        p.store(out, "crash test instance " + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  /** The instance's local state (Kafka Streams' state.dir). */
  Path stateDir() {
    return dir.resolve("state");
  }

  long pid() {
    return process.pid();
  }

  void start() {
    starts++;
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        TopologyProcess.class.getName(), config.toString());
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("run-" + starts + ".log").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start topology instance " + name, e);
    }
  }

  /** Waits until the current run printed {@link TopologyProcess#READY_LINE}; fails with its log if it died. */
  void awaitReady(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    Path log = dir.resolve("run-" + starts + ".log");
    while (System.currentTimeMillis() < deadline) {
      try {
        if (Files.exists(log) && Files.readAllLines(log).contains(TopologyProcess.READY_LINE)) {
          return;
        }
      } catch (IOException | UncheckedIOException retry) {
        // Partly written line; look again.
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("topology instance " + name + " exited:\n" + logTail());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("topology instance " + name + " not running after " + timeoutMillis + " ms:\n"
        + logTail());
  }

  /** kill -9: no shutdown hook, no flush, no transaction commit or abort. */
  void killHard() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** How many times this slot was started (a restart the test did not make shows as one more). */
  int starts() {
    return starts;
  }

  /** The current run's whole log (stdout and stderr), or "" before it exists. */
  String log() {
    try {
      return Files.readString(dir.resolve("run-" + starts + ".log"));
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits until the current run's log contains {@code text}; fails with its log if the run died or time is up. */
  void awaitLog(String text, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!log().contains(text)) {
      if (!process.isAlive() || System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("topology instance " + name + ": no '" + text + "' in its log after "
            + timeoutMillis + " ms" + (process.isAlive() ? "" : " (exited)") + ":\n" + logTail());
      }
      Thread.sleep(200);
    }
  }

  /** The port of the current run's /metrics, from its "metrics: http://localhost:PORT/metrics" line. */
  int metricsPort(long timeoutMillis) throws InterruptedException {
    awaitLog("metrics: http://localhost:", timeoutMillis);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("metrics: http://localhost:(\\d+)/metrics").matcher(log());
    if (!m.find()) {
      throw new IllegalStateException("no metrics port in the log of instance " + name + ":\n" + logTail());
    }
    return Integer.parseInt(m.group(1));
  }

  /** The current run's log, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("run-" + starts + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** SIGTERM without waiting: {@link #stop()} then waits, so that several instances can close at the same time. */
  void requestStop() {
    if (process != null && process.isAlive()) {
      process.destroy();
    }
  }

  /** SIGTERM and wait for the exit (a clean close takes up to Kafka Streams' 20 s bound); kill -9 after 30 s. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
