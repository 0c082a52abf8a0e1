package dev.newsstream.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * Entry point of the broker child process: formats the KRaft storage once, then runs {@code kafka.Kafka}.
 * Exits when its stdin closes, i.e. when the parent JVM is gone.
 */
public final class BrokerProcessMain {
  private BrokerProcessMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BrokerProcessMain <server.properties> [--add-scram MECHANISM=[name=N,password=P]]...");
      System.exit(2);
    }
    Path config = Path.of(args[0]);
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(config)) {
      props.load(in);
    }
    Path metaProperties = Path.of(props.getProperty("log.dirs")).resolve("meta.properties");
    if (!Files.exists(metaProperties)) {
      List<String> format = new ArrayList<>(List.of("format", "--config", config.toString(), "--cluster-id",
          Uuid.randomUuid().toString(), "--standalone", "--ignore-formatted"));
      // Extra arguments are StorageTool options, e.g. --add-scram for SCRAM users (KRaft stores them in metadata).
      format.addAll(Arrays.asList(args).subList(1, args.length));
      int rc = kafka.tools.StorageTool.execute(format.toArray(String[]::new), System.out);
      if (rc != 0) {
        System.err.println("Formatting KRaft storage failed with exit code " + rc);
        System.exit(rc);
      }
    }
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // Nothing is sent on stdin; EOF means the parent is gone.
        }
      } catch (IOException ignored) {
        // Treat as parent gone.
      }
      Runtime.getRuntime().halt(0);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    kafka.Kafka.main(new String[] {config.toString()});
  }
}
