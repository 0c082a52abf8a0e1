package dev.newsstream.cli;

import dev.newsstream.streams.SeedPage;

import static dev.newsstream.cli.SecureListenerRuns.appSettings;
import static dev.newsstream.cli.SecureListenerRuns.produceCli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every client on a SASL_PLAINTEXT (SCRAM-SHA-256) listener, configured only through kafka.* settings: wrong
 * credentials are refused with a clear authentication error that never shows the password; right ones carry a page
 * through producer CLI, TopicSetup, the topology and the read_committed reader.
 */
class SaslScramIT {
  private static final String WRONG = "not-alices-password-7731";
  private static final String RIGHT = "alice-secret-4410";

  private static String jaas(String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" password=\""
        + password + "\";";
  }

  private static Path clientConfig(Path dir, String name, String bootstrap, String password) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "bootstrap.servers=" + bootstrap + "\n"
        + "kafka.security.protocol=SASL_PLAINTEXT\n"
        + "kafka.sasl.mechanism=SCRAM-SHA-256\n"
        + "kafka.sasl.jaas.config=" + jaas(password).replace("\\", "\\\\") + "\n"
        + "kafka.request.timeout.ms=10000\n"
        + "kafka.max.block.ms=20000\n");
    return file;
  }

  @Test
  void wrongCredentialsAreRefusedClearlyAndRightOnesRunThePipeline(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().saslListener().scramUser("alice", RIGHT).start()) {
      String sasl = broker.saslBootstrapServers();
      StreamsAppConfig cfg = StreamsAppConfig.from(appSettings(
          clientConfig(dir, "right.properties", sasl, RIGHT), dir, "sasl-it"));
      TopicSetup.create(cfg, 2);

      SecureListenerRuns.Result refused = produceCli(
          clientConfig(dir, "wrong.properties", sasl, WRONG), SeedPage.FILE);
      // Refused once, before any page is read (produce's start-up check), not page by page.
      assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
      assertThat(refused.output()).contains("error: Kafka at " + sasl + " refused: authentication failed")
          .contains("Authentication failed").doesNotContain(WRONG);
      assertThat(refused.output()).contains("sasl.jaas.config = [hidden]"); // Kafka's own config dump is on

      SecureListenerRuns.Result accepted = produceCli(
          clientConfig(dir, "right.properties", sasl, RIGHT), SeedPage.FILE);
      assertThat(accepted.exitCode()).as(accepted.output()).isZero();
      assertThat(accepted.output()).contains("Sent 1 of 1 pages").doesNotContain(RIGHT);

      SecureListenerRuns.assertSeedPageRunsThrough(cfg);
    }
  }

}
