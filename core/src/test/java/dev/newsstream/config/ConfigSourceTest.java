package dev.newsstream.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigSourceTest {
  @Test
  void kafkaSettingsPassThroughFromEnvironmentWithoutPrefix() {
    Properties all = ConfigSource.load(new Properties(), null, Map.of(
        "NEWSSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "NEWSSTREAM_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"), Map.of());
    Properties kafka = ConfigSource.kafkaClientProperties(all);
    assertThat(kafka).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512");
  }

  @Test
  void redactedSettingsNeverShowSecrets() {
    Properties p = new Properties();
    p.setProperty("security.protocol", "SASL_SSL");
    p.setProperty("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
        + "username=\"alice\" password=\"s3cr3t-jaas\";");
    p.setProperty("ssl.truststore.password", "s3cr3t-trust");
    p.setProperty("ssl.keystore.password", "s3cr3t-keystore");
    p.setProperty("ssl.key.password", "s3cr3t-key");
    p.setProperty("ssl.keystore.key", "-----BEGIN PRIVATE KEY----- s3cr3t-pem");
    p.setProperty("sasl.oauthbearer.token.endpoint.url", "https://idp.example/token");
    p.setProperty("sasl.login.callback.handler.class", "x.Handler");
    String line = ConfigSource.redacted(p);
    assertThat(line).doesNotContain("s3cr3t").contains("security.protocol=SASL_SSL")
        .contains("sasl.jaas.config=[hidden]").contains("ssl.truststore.password=[hidden]")
        .contains("sasl.login.callback.handler.class=x.Handler");
  }
}
