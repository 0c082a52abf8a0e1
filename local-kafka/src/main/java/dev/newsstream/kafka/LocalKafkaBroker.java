package dev.newsstream.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Apache Kafka broker (KRaft, broker+controller in one node) run as a child JVM from the
 * kafka_2.13 jar on our own classpath. No Docker, no download: what the demo and every integration test use.
 *
 * <p>The child watches its stdin and exits when this JVM dies, so a killed test run leaves no broker behind.
 */
public final class LocalKafkaBroker implements AutoCloseable {
  private final Path dataDir;
  private final int port;
  private final Process process;
  private final boolean deleteOnClose;
  private final Path logFile;
  private int saslPort = -1;
  private LocalTls tls;

  private LocalKafkaBroker(Path dataDir, int port, Process process, boolean deleteOnClose, Path logFile) {
    this.dataDir = dataDir;
    this.port = port;
    this.process = process;
    this.deleteOnClose = deleteOnClose;
    this.logFile = logFile;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts a broker with defaults (free port, temp directory, replication factor 1). */
  public static LocalKafkaBroker start() {
    return builder().start();
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  /** The SASL_SSL listener's certificate (for clients' truststore); needs {@link Builder#saslOverTls()}. */
  public LocalTls tls() {
    if (tls == null) {
      throw new IllegalStateException("broker was started without .saslOverTls()");
    }
    return tls;
  }

  /** The SASL listener (SCRAM-SHA-256; over TLS with {@link Builder#saslOverTls()}), when started with one. */
  public String saslBootstrapServers() {
    if (saslPort < 0) {
      throw new IllegalStateException("broker was started without .saslListener()");
    }
    return "localhost:" + saslPort;
  }

  public Path logFile() {
    return logFile;
  }

  /** Written by the child when it formats its storage; holds the cluster.id the readiness probe expects. */
  Path metaProperties() {
    return dataDir.resolve("logs").resolve("meta.properties");
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Creates topics if absent; each with the given partition count and replication factor 1. */
  public void createTopics(int partitions, String... topics) {
    createTopics(partitions, Map.of(), topics);
  }

  public void createTopics(int partitions, Map<String, String> configs, String... topics) {
    try (Admin admin = admin()) {
      for (String topic : topics) {
        try {
          admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(configs)))
              .all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("Could not create topic " + topic + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Timed out creating topics", e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
    if (deleteOnClose) {
      WorkDirs.deleteRecursively(dataDir);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Options for the broker; every one has a default that suits a laptop and CI. */
  public static final class Builder {
    private Path dataDir;
    private int port;
    private String heap = "768m";
    private Duration startTimeout = Duration.ofSeconds(90);
    private final Properties overrides = new Properties();
    private final List<String> scramUsers = new ArrayList<>();
    private boolean saslListener;
    private boolean tls;

    public Builder dataDir(Path dir) {
      this.dataDir = dir;
      return this;
    }

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

    /** Any broker property, e.g. listener security settings for SASL tests. */
    public Builder brokerProperty(String key, String value) {
      overrides.setProperty(key, value);
      return this;
    }

    /**
     * Adds a SASL_PLAINTEXT listener with SCRAM-SHA-256 (for security tests); the PLAINTEXT listener stays for the
     * broker itself, admin set-up and readiness.
     */
    public Builder saslListener() {
      this.saslListener = true;
      return this;
    }

    /**
     * Puts the SASL listener on TLS (SASL_SSL) with a self-signed certificate for localhost, made at start
     * ({@link LocalTls}); clients trust it through {@link LocalKafkaBroker#tls()}'s truststore.
     */
    public Builder saslOverTls() {
      this.saslListener = true;
      this.tls = true;
      return this;
    }

    /** A SCRAM-SHA-256 credential, written into the KRaft metadata when the storage is formatted. */
    public Builder scramUser(String name, String password) {
      scramUsers.add("SCRAM-SHA-256=[name=" + name + ",password=" + password + "]");
      return this;
    }

    /**
     * A restart on the same data dir keeps the controller port: KRaft recorded the voter's endpoint when the storage
     * was formatted. A fresh dir gets a free port.
     */
    private static int previousControllerPort(Path config) throws IOException {
      if (Files.exists(config)) {
        Properties previous = new Properties();
        try (java.io.InputStream in = Files.newInputStream(config)) {
          previous.load(in);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONTROLLER://[^:,]+:(\\d+)")
            .matcher(previous.getProperty("listeners", ""));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return freePort();
    }

    public LocalKafkaBroker start() {
      try {
        boolean temp = dataDir == null;
        Path dir = temp ? Files.createTempDirectory("newsstream-kafka-") : dataDir;
        Files.createDirectories(dir);
        if (port > 0) {
          PortInUseException.checkFree(port);
        }
        int brokerPort = port > 0 ? port : freePort();
        int controllerPort = previousControllerPort(dir.resolve("server.properties"));
        Properties props = BrokerProperties.singleNode(dir.resolve("logs"), brokerPort, controllerPort);
        int saslPort = saslListener ? freePort() : -1;
        LocalTls certificate = tls ? LocalTls.create(dir.resolve("tls")) : null;
        if (saslListener) {
          BrokerProperties.addScramListener(props, brokerPort, controllerPort, saslPort, certificate);
        }
        props.putAll(overrides);
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
          props.store(out, "newsstream local broker");
        }
        Path log = dir.resolve("broker.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BrokerProcessMain.class.getName());
        command.add(config.toString());
        scramUsers.forEach(user -> {
          command.add("--add-scram");
          command.add(user);
        });
        Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            // Appended, not replaced: a restart on the same data dir keeps the first run's log, which says what the
            // broker was doing when it stopped (open transactions, markers not yet sent).
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
        LocalKafkaBroker broker = new LocalKafkaBroker(dir, brokerPort, process, temp, log);
        broker.saslPort = saslPort;
        broker.tls = certificate;
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "local-kafka-shutdown"));
        BrokerReadiness.await(broker, startTimeout);
        return broker;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the local Kafka broker", e);
      }
    }
  }
}
