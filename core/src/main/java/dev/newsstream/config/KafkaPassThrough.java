package dev.newsstream.config;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Checks {@code kafka.<name>} pass-through settings at start against Kafka's own {@link ConfigDef}s (type and
 * validator of each known key), so a bad value is one {@link ConfigSource.ConfigException} naming the setting
 * instead of a client constructor's stack trace once the app is half started. Unknown keys are left alone: Kafka
 * itself only warns about them, and they may belong to a plugin (SASL callback handlers, interceptors).
 */
public final class KafkaPassThrough {
  private KafkaPassThrough() {}

  /** Client scopes of a producer app: unprefixed keys go to the producer and the admin client it checks topics with. */
  public static final Map<String, List<ConfigDef>> PRODUCER_APP =
      Map.of("", List.of(ProducerConfig.configDef(), AdminClientConfig.configDef()));

  /**
   * Client scopes of a Kafka Streams app without the Streams definition (core does not depend on kafka-streams;
   * the streams app adds StreamsConfig's own for the unprefixed scope): Streams hands unprefixed keys to all its
   * clients, and {@code producer.}, {@code consumer.}, {@code main.consumer.}... to one kind.
   */
  public static Map<String, List<ConfigDef>> streamsApp(ConfigDef streamsDef) {
    List<ConfigDef> consumer = List.of(ConsumerConfig.configDef());
    return Map.of(
        "", List.of(streamsDef, ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef()),
        "producer.", List.of(ProducerConfig.configDef()),
        "consumer.", consumer, "main.consumer.", consumer, "restore.consumer.", consumer, "global.consumer.", consumer,
        "admin.", List.of(AdminClientConfig.configDef()));
  }

  /**
   * @param passThrough the settings with {@code kafka.} already removed (ConfigSource.kafkaClientProperties)
   * @param scopes key prefix ("" = unprefixed) to the definitions a key under it must satisfy; the longest
   *     matching prefix wins
   * @throws ConfigSource.ConfigException {@code kafka.<name>: <Kafka's message>} for the first (sorted) key whose
   *     value a definition that knows the key refuses
   */
  public static void check(Properties passThrough, Map<String, List<ConfigDef>> scopes) {
    for (String key : passThrough.stringPropertyNames().stream().sorted().toList()) {
      String prefix = scopes.keySet().stream().filter(key::startsWith)
          .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
      if (prefix == null) {
        continue;
      }
      String name = key.substring(prefix.length());
      String raw = passThrough.getProperty(key);
      for (ConfigDef def : scopes.get(prefix)) {
        ConfigDef.ConfigKey known = def.configKeys().get(name);
        if (known == null) {
          continue;
        }
        try {
          Object value = ConfigDef.parseType(name, raw, known.type);
          if (known.validator != null) {
            known.validator.ensureValid(name, value);
          }
        } catch (org.apache.kafka.common.config.ConfigException e) {
          throw new ConfigSource.ConfigException("kafka." + key + ": " + e.getMessage());
        }
      }
    }
  }
}
