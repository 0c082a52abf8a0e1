package dev.newsstream.streams.reliability;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a source serde cannot read (the raw topic is read as bytes, so this guards internal and later-stage
 * topics) is rejected with its original bytes (reason BAD_RECORD, stage deserialise) instead of stopping the stream.
 */
public final class RejectingDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RejectingDeserializationHandler.class);
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetters.from(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    LOG.warn("Unreadable record {}-{}@{}: {}; rejected", record.topic(), record.partition(), record.offset(),
        exception.toString());
    return Response.resume(deadLetters.records(context, "BAD_RECORD", "deserialise", exception, null));
  }
}
