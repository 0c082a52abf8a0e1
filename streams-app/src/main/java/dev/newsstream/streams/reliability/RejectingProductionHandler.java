package dev.newsstream.streams.reliability;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record the cluster refuses because of the record itself (bigger than the topic's max.message.bytes or
 * the producer's max.request.size; a serialiser failure) rejects its page (OUTPUT_TOO_LARGE / SERIALISE_FAILED)
 * instead of killing the app. Anything else (authorisation, timeouts) is not the page's fault: default handling
 * (retry if retriable, else fail) so that nothing is silently dropped.
 *
 * <p>Under exactly_once_v2 a write the broker refuses has already put the transaction in an error state, so the page
 * would be reprocessed and refused again for ever; {@link OutputSizeGuard} therefore rejects oversized articles before
 * they are written (tested on a real broker), and this handler is the backstop for at_least_once.
 *
 * <p>A serialiser that failed because the schema registry did not answer (after waiting for it, see
 * {@link dev.newsstream.schema.registry.RegistryOutage}) is not the page's fault either: the task fails and is
 * retried from its last commit ({@link RegistryFailures}), the page is not rejected.
 */
public final class RejectingProductionHandler extends DefaultProductionExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RejectingProductionHandler.class);
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    deadLetters = DeadLetters.from(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (!(exception instanceof RecordTooLargeException)) {
      return super.handleError(context, record, exception);
    }
    LOG.warn("Output to {} for {} ({} bytes) refused: {}; page rejected", record.topic(),
        DeadLetters.keyText(context.sourceRawKey()), record.value() == null ? 0 : record.value().length,
        exception.toString());
    return Response.resume(deadLetters.records(context, "OUTPUT_TOO_LARGE", "produce", exception, record.topic()));
  }

  @Override
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    if (RegistryFailures.isRegistryUnavailable(exception)) {
      RegistryFailures.logHeld("serialising an output to " + record.topic(), exception);
      return Response.fail();
    }
    LOG.warn("Could not serialise the {} of an output to {}: {}; page rejected", origin, record.topic(),
        exception.toString());
    return Response.resume(deadLetters.records(context, "SERIALISE_FAILED", "serialise", exception, record.topic()));
  }
}
