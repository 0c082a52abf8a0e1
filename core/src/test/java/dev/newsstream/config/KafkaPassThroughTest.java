package dev.newsstream.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class KafkaPassThroughTest {
  private static Properties props(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  /** A stand-in for StreamsConfig (core does not see kafka-streams): one long key of its own. */
  private static final ConfigDef STREAMS_LIKE = new ConfigDef()
      .define("commit.interval.ms", ConfigDef.Type.LONG, 100L, ConfigDef.Importance.LOW, "doc");

  @Test
  void aValueOfTheWrongTypeNamesTheKafkaSetting() {
    assertThatThrownBy(() -> KafkaPassThrough.check(props("linger.ms", "abc"), KafkaPassThrough.PRODUCER_APP))
        .isInstanceOf(ConfigSource.ConfigException.class)
        .hasMessageStartingWith("kafka.linger.ms: ").hasMessageContaining("abc");
    assertThatThrownBy(() -> KafkaPassThrough.check(props("commit.interval.ms", "abc"),
        KafkaPassThrough.streamsApp(STREAMS_LIKE))).hasMessageStartingWith("kafka.commit.interval.ms: ");
  }

  @Test
  void aValueTheKeysValidatorRefusesIsReported() {
    assertThatThrownBy(() -> KafkaPassThrough.check(props("security.protocol", "SASL_TLS"),
        KafkaPassThrough.PRODUCER_APP)).hasMessageStartingWith("kafka.security.protocol: ");
    assertThatThrownBy(() -> KafkaPassThrough.check(props("acks", "2x"), KafkaPassThrough.PRODUCER_APP))
        .hasMessageStartingWith("kafka.acks: ");
  }

  @Test
  void aPrefixedKeyIsCheckedAgainstItsClientOnly() {
    Map<String, List<ConfigDef>> streams = KafkaPassThrough.streamsApp(STREAMS_LIKE);
    assertThatThrownBy(() -> KafkaPassThrough.check(props("producer.linger.ms", "soon"), streams))
        .hasMessageStartingWith("kafka.producer.linger.ms: ");
    assertThatThrownBy(() -> KafkaPassThrough.check(props("main.consumer.max.poll.records", "many"), streams))
        .hasMessageStartingWith("kafka.main.consumer.max.poll.records: ");
    // max.poll.records is a consumer key: a producer-prefixed one is unknown there, left to Kafka's warning.
    assertThatCode(() -> KafkaPassThrough.check(props("producer.max.poll.records", "many"), streams))
        .doesNotThrowAnyException();
  }

  @Test
  void validAndUnknownSettingsPass() {
    assertThatCode(() -> KafkaPassThrough.check(props("linger.ms", "20", "security.protocol", "SASL_SSL",
        "sasl.jaas.config", "x required;", "my.plugin.setting", "anything"), KafkaPassThrough.PRODUCER_APP))
        .doesNotThrowAnyException();
    assertThatCode(() -> KafkaPassThrough.check(props(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5",
        "commit.interval.ms", "50"), KafkaPassThrough.streamsApp(STREAMS_LIKE))).doesNotThrowAnyException();
  }
}
