package dev.newsstream.streams;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.StreamsHealth;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;

/**
 * Child JVM of {@link StreamsRunnerFatalErrorIT}: a one-processor topology on topic {@code args[2]} that, for the
 * value "allocate", asks for a 16 GB array (the way a trusted length prefix did in the Avro decoder), then exits
 * with {@link StreamsRunner#exitCode()} like {@code newsstream run}. Prints RUNNING once processing.
 */
public final class FatalErrorProcess {
  private FatalErrorProcess() {}

  public static void main(String[] args) throws Exception {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("bootstrap.servers", args[0],
        "state.dir", args[1], "application.id", "fatal-error-it", "replication.factor", "1"));
    StreamsBuilder b = new StreamsBuilder();
    b.stream(args[2], Consumed.with(Serdes.String(), Serdes.String())).foreach((k, v) -> {
      if ("allocate".equals(v)) {
        long[] huge = new long[Integer.MAX_VALUE - 16];
        System.out.println("allocated " + huge.length);
      }
    });
    StreamsRunner runner = StreamsRunner.start(cfg, b.build());
    // What /health would answer, printed on every change (the test checks it turns not-ready before the exit).
    Thread health = new Thread(() -> {
      String last = "";
      while (true) {
        String now = StreamsHealth.of(runner.streams().state()).json();
        if (!now.equals(last)) {
          System.out.println("health " + now);
          last = now;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    health.setDaemon(true);
    health.start();
    runner.awaitRunning(java.time.Duration.ofMinutes(2));
    System.out.println("RUNNING");
    System.out.flush();
    runner.awaitTermination();
    runner.close();
    System.exit(runner.exitCode());
  }
}
