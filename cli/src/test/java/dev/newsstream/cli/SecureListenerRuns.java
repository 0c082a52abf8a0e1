package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.cli.NewsstreamCli;
import dev.newsstream.schema.Article;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.streams.SeedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** What the SASL tests share: the producer CLI as its own JVM, and app settings from a client config file. */
final class SecureListenerRuns {
  private SecureListenerRuns() {}

  record Result(int exitCode, String output) {}

  /** Runs {@code newsstream produce} as its own JVM with Kafka's INFO logging on: everything it prints is checked. */
  static Result produceCli(Path config, Path page) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info",
        "-cp", System.getProperty("java.class.path"), NewsstreamCli.class.getName(),
        "produce", "-q", "--config", config.toString(), page.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** The app's defaults plus a client config file, with its own application id and state dir. */
  static Properties appSettings(Path clientConfig, Path dir, String applicationId) throws Exception {
    Properties p = StreamsAppConfig.defaults();
    try (var in = Files.newInputStream(clientConfig)) {
      p.load(in);
    }
    p.setProperty("application.id", applicationId);
    p.setProperty("replication.factor", "1");
    p.setProperty("state.dir", dir.resolve("state").toString());
    return p;
  }

  /** Runs the topology with {@code cfg}'s client settings and reads the seed page's article back from the clean topic. */
  static void assertSeedPageRunsThrough(StreamsAppConfig cfg) throws Exception {
    EventSerdes serdes = EventSerdes.plainAvro();
    try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes));
         OutputReader reader = new OutputReader(cfg, serdes)) {
      reader.readUntil(1, Duration.ofSeconds(90));
      assertThat(reader.articles()).hasSize(1);
      Article a = reader.articles().get(0).value();
      assertThat(a.getUrl()).isEqualTo(SeedPage.URL);
    }
  }
}
