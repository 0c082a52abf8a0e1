package dev.newsstream.producer;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.KafkaPassThrough;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Typed, validated producer configuration: defaults, file, NEWSSTREAM_* env, then CLI flags. */
public record ProducerSettings(String bootstrapServers, String topic, String source, int maxPageBytes,
    Properties kafkaOverrides) {

  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String TOPIC = "topic.raw";
  public static final String SOURCE = "source";
  public static final String MAX_PAGE_BYTES = "max.page.bytes";

  public static Properties defaults() {
    Properties d = new Properties();
    d.setProperty(BOOTSTRAP_SERVERS, "localhost:9092");
    d.setProperty(TOPIC, "pages.raw");
    d.setProperty(SOURCE, "file");
    d.setProperty(MAX_PAGE_BYTES, String.valueOf(8 * 1024 * 1024));
    return d;
  }

  public static ProducerSettings load(Path file, Map<String, String> env, Map<String, String> overrides) {
    return from(ConfigSource.load(defaults(), file, env, overrides));
  }

  /** @throws ConfigSource.ConfigException naming the setting, including a {@code kafka.*} value Kafka refuses */
  public static ProducerSettings from(Properties p) {
    Properties kafkaOverrides = ConfigSource.kafkaClientProperties(p);
    KafkaPassThrough.check(kafkaOverrides, KafkaPassThrough.PRODUCER_APP);
    return new ProducerSettings(
        ConfigSource.require(p, BOOTSTRAP_SERVERS),
        ConfigSource.require(p, TOPIC),
        ConfigSource.require(p, SOURCE),
        ConfigSource.intValue(p, MAX_PAGE_BYTES, 1024, 64 * 1024 * 1024),
        kafkaOverrides);
  }
}
