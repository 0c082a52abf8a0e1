package dev.newsstream.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry (Apicurio Registry, in-memory H2 storage) run as a child process from the
 * distribution the build unpacked from Maven Central. It speaks the Confluent Schema Registry REST API at
 * {@link #url()}, which is what our serde and every third-party client use. No Docker.
 *
 * <pre>
 *   try (LocalSchemaRegistry registry = LocalSchemaRegistry.start()) { registry.url(); }
 * </pre>
 *
 * Apicurio 3.x needs Java 21+: a suitable JDK is looked up (see {@link JavaRuntimes}). The child exits when
 * this JVM dies (it watches its stdin), and is stopped on close and at shutdown. Start-up takes 5-35 s.
 */
public final class LocalSchemaRegistry implements AutoCloseable {
  /** Path of the Confluent-compatible API in Apicurio Registry. */
  public static final String CCOMPAT_PATH = "/apis/ccompat/v7";
  private static final Logger LOG = LoggerFactory.getLogger(LocalSchemaRegistry.class);

  private final Process process;
  private final int port;
  private final Path workDir;
  private final Path logFile;
  private final RegistryDistribution distribution;
  private final Thread shutdownHook;

  private LocalSchemaRegistry(Process process, int port, Path workDir, RegistryDistribution distribution) {
    this.process = process;
    this.port = port;
    this.workDir = workDir;
    this.logFile = workDir.resolve("registry.log");
    this.distribution = distribution;
    this.shutdownHook = new Thread(this::stopProcess, "local-schema-registry-shutdown");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a registry with defaults (free port, 256 MB heap, 120 s start-up timeout). */
  public static LocalSchemaRegistry start() {
    return builder().start();
  }

  /** The Confluent-compatible API, e.g. {@code http://localhost:41234/apis/ccompat/v7}: use as schema.registry.url. */
  public String url() {
    return "http://localhost:" + port + CCOMPAT_PATH;
  }

  public int port() {
    return port;
  }

  public Path logFile() {
    return logFile;
  }

  /** Directory of the registry distribution in use (its version is in the jar names). */
  public Path distributionHome() {
    return distribution.home();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Makes the registry unavailable without losing its schemas (its storage is in memory, so a restart would):
   * SIGSTOP freezes the process. Clients then get no answer, as from a hung registry or one behind a network
   * partition: the kernel still accepts connections, requests time out. {@link #resume()} (SIGCONT) ends it.
   * Fault tests only; needs a Unix {@code kill}.
   */
  public void suspend() {
    signal("STOP");
  }

  /** Ends {@link #suspend()}: the registry answers again, with every schema it had. */
  public void resume() {
    signal("CONT");
  }

  private void signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).redirectErrorStream(true).start();
      String out = new String(kill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: " + out.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot signal the schema registry (kill -" + name + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while signalling the schema registry", e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        resume(); // a suspended JVM would not act on SIGTERM until continued
      } catch (RuntimeException exited) {
        // Gone meanwhile: nothing to stop.
      }
    }
    stopProcess();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run.
    }
    WorkDirs.deleteRecursively(workDir);
  }

  private void stopProcess() {
    ChildProcesses.stop(process);
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = tail();
        close();
        throw new IllegalStateException("Schema registry exited during start-up (log " + logFile + "):\n" + tail);
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
      }
      ChildProcesses.sleep(250);
    }
    String tail = tail();
    close();
    throw new IllegalStateException("Schema registry not ready at " + url() + " after " + timeout.toSeconds()
        + " s (a busy machine needs longer: raise the start timeout):\n" + tail);
  }

  private String tail() {
    return ChildProcesses.tail(logFile);
  }

  /** Options; every one has a default that suits a laptop and CI. */
  public static final class Builder {
    private int port;
    private String heap = "256m";
    private Duration startTimeout = Duration.ofSeconds(120);
    private Path distributionHome;

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /** An unpacked apicurio-registry-app distribution; default: see {@link RegistryDistribution#locate()}. */
    public Builder distributionHome(Path home) {
      this.distributionHome = home;
      return this;
    }

    public LocalSchemaRegistry start() {
      RegistryDistribution dist = distributionHome == null ? RegistryDistribution.locate()
          : RegistryDistribution.in(distributionHome).orElseThrow(() -> new IllegalStateException(
              "No Apicurio Registry distribution in " + distributionHome));
      JavaRuntimes.Runtime runtime = JavaRuntimes.require(dist.minJava(), "Apicurio Registry in " + dist.home());
      if (port > 0) {
        PortInUseException.checkFree(port);
      }
      int httpPort = port > 0 ? port : LocalKafkaBroker.freePort();
      List<String> command = new ArrayList<>(List.of(runtime.java().toString(),
          "-Xms32m", "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      command.addAll(dist.manifestJvmFlags());
      command.addAll(List.of(
          "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + httpPort,
          // 3.x serves health on a separate management port (default 9000): a free one, so instances never clash.
          "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + LocalKafkaBroker.freePort(),
          "-Dapicurio.datasource.jdbc.initial-size=2", "-Dapicurio.datasource.jdbc.min-size=2",
          "-cp", dist.jar() + File.pathSeparator + ownCodeLocation(),
          RegistryProcessMain.class.getName(), dist.jar().toString()));
      try {
        Path work = Files.createTempDirectory("newsstream-registry-");
        Process process = new ProcessBuilder(command).directory(work.toFile())
            .redirectErrorStream(true).redirectOutput(work.resolve("registry.log").toFile()).start();
        long started = System.nanoTime();
        LocalSchemaRegistry registry = new LocalSchemaRegistry(process, httpPort, work, dist);
        Runtime.getRuntime().addShutdownHook(registry.shutdownHook);
        registry.awaitReady(startTimeout);
        LOG.info("Schema registry ready at {} in {} ms ({}, Java {})", registry.url(),
            (System.nanoTime() - started) / 1_000_000, dist.jar().getFileName(), runtime.major());
        return registry;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the schema registry with " + runtime.java(), e);
      }
    }

    private static String ownCodeLocation() {
      try {
        return Path.of(RegistryProcessMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Cannot locate the local-kafka classes", e);
      }
    }
  }
}
