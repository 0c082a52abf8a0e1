package dev.newsstream.streams.config;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.streams.reliability.DeadLetters;
import dev.newsstream.streams.reliability.RejectingDeserializationHandler;
import dev.newsstream.streams.reliability.RejectingProcessingHandler;
import dev.newsstream.streams.reliability.RejectingProductionHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the streams app, typed and validated at start. Sources, later wins: defaults, a properties
 * file ({@code --config} or NEWSSTREAM_CONFIG), NEWSSTREAM_* environment variables, CLI flags.
 * Kafka client/streams settings pass through as {@code kafka.<name>}.
 */
public record StreamsAppConfig(
    String bootstrapServers,
    String applicationId,
    Topics topics,
    String processingGuarantee,
    int streamThreads,
    Path stateDir,
    int maxPageBytes,
    int replicationFactor,
    Properties kafkaOverrides,
    int maxOutputBytes) {

  /** Names of the topics the pipeline reads and writes. */
  public record Topics(String raw, String clean, String duplicates, String rejected) {
    public List<String> all() {
      return List.of(raw, clean, duplicates, rejected);
    }
  }

  public static Properties defaults() {
    Properties d = new Properties();
    d.setProperty("bootstrap.servers", "localhost:9092");
    d.setProperty("application.id", "newsstream");
    d.setProperty("topic.raw", "pages.raw");
    d.setProperty("topic.clean", "articles.clean");
    d.setProperty("topic.duplicates", "articles.duplicates");
    d.setProperty("topic.rejected", "pages.rejected");
    d.setProperty("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2);
    d.setProperty("stream.threads", "1");
    d.setProperty("state.dir", System.getProperty("java.io.tmpdir") + "/newsstream-state");
    d.setProperty("max.page.bytes", String.valueOf(5 * 1024 * 1024));
    d.setProperty("replication.factor", "-1");
    // Largest serialised article sent to topic.clean; bigger ones are rejected (OUTPUT_TOO_LARGE) before the write,
    // because under exactly-once a write the broker refuses fails the whole transaction, again and again.
    // Fits the broker default message.max.bytes (1 MiB); lowered further to the clean topic's max.message.bytes.
    d.setProperty("max.output.bytes", "1000000");
    // KIP-1034 dead-letter topic: raw copies of records the exception handlers catch (RejectedPage goes to
    // topic.rejected as well). Empty value: no dead-letter copies.
    d.setProperty("kafka." + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "pages.deadletter");
    return d;
  }

  public static StreamsAppConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
    Path configFile = file;
    if (configFile == null && env.get(ConfigSource.ENV_PREFIX + "CONFIG") != null) {
      configFile = Path.of(env.get(ConfigSource.ENV_PREFIX + "CONFIG"));
    }
    return from(ConfigSource.load(defaults(), configFile, env, overrides));
  }

  public static StreamsAppConfig from(Properties p) {
    String guarantee = ConfigSource.require(p, "processing.guarantee");
    if (!List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE).contains(guarantee)) {
      throw new ConfigSource.ConfigException("processing.guarantee must be exactly_once_v2 or at_least_once, got '"
          + guarantee + "'");
    }
    Topics topics = new Topics(ConfigSource.require(p, "topic.raw"), ConfigSource.require(p, "topic.clean"),
        ConfigSource.require(p, "topic.duplicates"), ConfigSource.require(p, "topic.rejected"));
    if (topics.all().stream().distinct().count() != 4) {
      throw new ConfigSource.ConfigException("topic.raw, topic.clean, topic.duplicates and topic.rejected must differ: " + topics);
    }
    return new StreamsAppConfig(
        ConfigSource.require(p, "bootstrap.servers"),
        ConfigSource.require(p, "application.id"),
        topics,
        guarantee,
        ConfigSource.intValue(p, "stream.threads", 1, 64),
        Path.of(ConfigSource.require(p, "state.dir")),
        ConfigSource.intValue(p, "max.page.bytes", 1024, 256 * 1024 * 1024),
        ConfigSource.intValue(p, "replication.factor", -1, 32),
        ConfigSource.kafkaClientProperties(p),
        ConfigSource.intValue(p, "max.output.bytes", 1024, 256 * 1024 * 1024));
  }

  /** This configuration with {@code maxOutputBytes} lowered to {@code limit} (e.g. the clean topic's own limit). */
  public StreamsAppConfig withMaxOutputBytes(int limit) {
    return new StreamsAppConfig(bootstrapServers, applicationId, topics, processingGuarantee, streamThreads, stateDir,
        maxPageBytes, replicationFactor, kafkaOverrides, Math.min(maxOutputBytes, limit));
  }

  /** The KIP-1034 dead-letter topic, or null when disabled ({@code kafka.errors.dead.letter.queue.topic.name=}). */
  public String deadLetterTopic() {
    String t = kafkaOverrides.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    return t == null || t.isBlank() ? null : t;
  }

  /** Properties for {@code new KafkaStreams(...)}. */
  public Properties streamsProperties() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
    props.put(StreamsConfig.producerPrefix("max.request.size"), maxPageBytes + 1024 * 1024);
    props.put(StreamsConfig.producerPrefix("compression.type"), "zstd");
    // Bad input never stops the stream: whatever a handler catches becomes a RejectedPage (see DeadLetters).
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingDeserializationHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProcessingHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProductionHandler.class);
    props.put(DeadLetters.REJECTED_TOPIC_CONFIG, topics.rejected());
    props.put(DeadLetters.MAX_ORIGINAL_BYTES_CONFIG, String.valueOf(maxPageBytes));
    props.putAll(kafkaOverrides);
    if (props.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "x").isBlank()) {
      props.remove(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    }
    return props;
  }
}
