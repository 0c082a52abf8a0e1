package dev.newsstream.cli;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.LocalSchemaRegistry;
import dev.newsstream.kafka.PortInUseException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broker}: a local single-node Kafka broker (KRaft) and schema registry that stay up until Ctrl-C, so that
 * {@code run}, {@code produce}, {@code ingest}, {@code lag} and {@code trends} can be tried without Docker or a
 * cluster. The same child-JVM broker and Apicurio registry the demo and the integration tests use.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    header = "Runs a local Kafka broker and schema registry until Ctrl-C, for trying run, produce, ingest and trends.",
    description = {
        "A real Apache Kafka broker (KRaft, single node, a child JVM started from the jars on Maven Central) and",
        "Apicurio Registry (Confluent-compatible API; needs Java 21+, found under /usr/lib/jvm or",
        "NEWSSTREAM_REGISTRY_JAVA). For a test drive, not production: replication factor 1, no security.",
        "Prints the addresses and the commands to use next. Data is kept in --data-dir when given, else deleted."})
public final class BrokerCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "9092", description = "Broker port (default ${DEFAULT-VALUE}; 0 = any free).")
  int port;

  @Option(names = "--registry-port", defaultValue = "8081",
      description = "Schema registry port (default ${DEFAULT-VALUE}; 0 = any free).")
  int registryPort;

  @Option(names = "--no-registry", description = "Start the broker only (run then needs another registry).")
  boolean noRegistry;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the broker's data here across restarts.")
  Path dataDir;

  /** Counted down by Ctrl-C (a shutdown hook), or by a test. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** Told the bootstrap servers and registry URL (null without one) once both answer; for tests. */
  java.util.function.BiConsumer<String, String> onReady = (bootstrap, registryUrl) -> {};

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if (port < 0 || port > 65535 || registryPort < 0 || registryPort > 65535) {
      System.err.println("error: ports must be 0-65535");
      return 2;
    }
    try {
      // Both before either starts: a registry port in use would otherwise be found after the broker's ~10 s start.
      if (port > 0) {
        PortInUseException.checkFree(port);
      }
      if (!noRegistry && registryPort > 0) {
        PortInUseException.checkFree(registryPort);
      }
    } catch (PortInUseException e) {
      return portInUse(e);
    }
    out.println("▶ starting a local Apache Kafka broker (KRaft, single node)" + (noRegistry ? "" : " and schema registry")
        + "…");
    LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder().port(port);
    if (dataDir != null) {
      builder.dataDir(dataDir);
    }
    try (LocalKafkaBroker broker = builder.start();
         LocalSchemaRegistry registry = noRegistry ? null : LocalSchemaRegistry.builder().port(registryPort).start()) {
      return serve(out, broker, registry);
    } catch (PortInUseException e) {
      return portInUse(e); // taken between the check above and the start
    }
  }

  private int portInUse(PortInUseException e) {
    System.err.println("error: " + e.getMessage() + " (another program listens there; choose another with "
        + (e.port() == port ? "--port" : "--registry-port") + ", 0 = any free port)");
    return 2;
  }

  private int serve(PrintStream out, LocalKafkaBroker broker, LocalSchemaRegistry registry)
      throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "broker-stop"));
    out.println(BrokerCommand.nextSteps(broker.bootstrapServers(), registry == null ? null : registry.url()));
    out.flush();
    onReady.accept(broker.bootstrapServers(), registry == null ? null : registry.url());
    stop.await();
    out.println("stopping…");
    return 0;
  }

  /** What to type next, with the addresses filled in. */
  static String nextSteps(String bootstrap, String registryUrl) {
    StringBuilder s = new StringBuilder();
    s.append("  broker ready at ").append(bootstrap).append('\n');
    if (registryUrl != null) {
      s.append("  schema registry (Confluent API) at ").append(registryUrl).append('\n');
    }
    s.append("Next, in other terminals:\n");
    s.append("  ./newsstream run -b ").append(bootstrap)
        .append(registryUrl == null ? " --schema-registry-url URL" : " --schema-registry-url " + registryUrl)
        .append(" --create-topics\n");
    s.append("  ./newsstream produce -b ").append(bootstrap).append(" ../shared/samples\n");
    s.append("  ./newsstream trends            # or open http://localhost:9464/trends\n");
    s.append("  ./newsstream lag -b ").append(bootstrap).append('\n');
    s.append("Ctrl-C stops ").append(registryUrl == null ? "the broker." : "both.");
    return s.toString();
  }
}
