package dev.newsstream.streams.reliability;

import dev.newsstream.streams.config.StreamsAppConfig;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The properties the app runs Kafka Streams with: the configuration's settings plus this package's exception
 * handlers, so that bad input never stops the stream (whatever a handler catches becomes a RejectedPage, see
 * {@link DeadLetters}). A {@code kafka.*} override of a handler still wins.
 */
public final class ErrorHandlers {
  private ErrorHandlers() {}

  /** {@code cfg.streamsProperties()} with the deserialization, processing and production handlers wired in. */
  public static Properties streamsProperties(StreamsAppConfig cfg) {
    Properties props = new Properties();
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingDeserializationHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProcessingHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RejectingProductionHandler.class);
    props.put(DeadLetters.REJECTED_TOPIC_CONFIG, cfg.topics().rejected());
    props.put(DeadLetters.MAX_ORIGINAL_BYTES_CONFIG, String.valueOf(cfg.maxPageBytes()));
    cfg.schemaRegistryUrl().ifPresent(url -> props.put(DeadLetters.REGISTRY_URL_CONFIG, url.toString()));
    props.putAll(cfg.streamsProperties()); // settings and kafka.* overrides, which win
    return props;
  }
}
