package dev.newsstream.cli;

import dev.newsstream.streams.SeedPage;

import static dev.newsstream.cli.SecureListenerRuns.appSettings;
import static dev.newsstream.cli.SecureListenerRuns.produceCli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.LocalTls;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every client on a SASL_SSL listener (SCRAM-SHA-256 over TLS, a self-signed certificate for localhost), set up only
 * through kafka.* settings: a client that does not trust the certificate is refused with a clear TLS error; one with
 * the truststore carries a page through producer CLI, TopicSetup, the topology and the read_committed reader. No
 * password or truststore secret is printed.
 */
class SaslSslIT {
  private static final String PASSWORD = "bob-secret-5521";

  private static Path clientConfig(Path dir, String name, String bootstrap, LocalTls tls) throws Exception {
    Path file = dir.resolve(name);
    StringBuilder s = new StringBuilder("bootstrap.servers=" + bootstrap + "\n"
        + "kafka.security.protocol=SASL_SSL\n"
        + "kafka.sasl.mechanism=SCRAM-SHA-256\n"
        + "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
        + "username=\\\"bob\\\" password=\\\"" + PASSWORD + "\\\";\n"
        + "kafka.request.timeout.ms=10000\n"
        + "kafka.max.block.ms=20000\n");
    if (tls != null) {
      s.append("kafka.ssl.truststore.type=PKCS12\n")
          .append("kafka.ssl.truststore.location=").append(tls.truststore().toString().replace("\\", "\\\\")).append('\n')
          .append("kafka.ssl.truststore.password=").append(tls.password()).append('\n');
    }
    Files.writeString(file, s.toString());
    return file;
  }

  @Test
  void anUntrustedCertificateIsRefusedClearlyAndTheTrustedOneRunsThePipeline(@TempDir Path dir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().saslOverTls().scramUser("bob", PASSWORD).start()) {
      String bootstrap = broker.saslBootstrapServers();
      LocalTls tls = broker.tls();
      StreamsAppConfig cfg = StreamsAppConfig.from(appSettings(
          clientConfig(dir, "app.properties", bootstrap, tls), dir, "sasl-ssl-it"));
      TopicSetup.create(cfg, 2);

      SecureListenerRuns.Result refused = produceCli(
          clientConfig(dir, "no-truststore.properties", bootstrap, null), SeedPage.FILE);
      // Refused once, before any page is read (produce's start-up check), not page by page.
      assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
      assertThat(refused.output()).as(refused.output()).contains("error: Kafka at " + bootstrap + " refused")
          .containsIgnoringCase("SSL handshake failed")
          .doesNotContain(PASSWORD);

      SecureListenerRuns.Result accepted = produceCli(
          clientConfig(dir, "trusted.properties", bootstrap, tls), SeedPage.FILE);
      assertThat(accepted.exitCode()).as(accepted.output()).isZero();
      assertThat(accepted.output()).contains("Sent 1 of 1 pages").contains("security.protocol = SASL_SSL")
          .contains("ssl.truststore.password = [hidden]").doesNotContain(PASSWORD).doesNotContain(tls.password());

      SecureListenerRuns.assertSeedPageRunsThrough(cfg);
    }
  }

}
