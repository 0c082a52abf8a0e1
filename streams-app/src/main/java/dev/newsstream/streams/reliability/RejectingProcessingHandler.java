package dev.newsstream.streams.reliability;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception thrown by any stage (parse, dedup, enrich...) rejects that one page (reason INTERNAL_ERROR, stage =
 * the failing processor) and the stream goes on: one bad page or one stage bug must not stop the pipeline.
 * Except a schema registry that did not answer (the size guard serialises articles): the page is fine, so the task
 * fails and is retried from its last commit instead ({@link RegistryFailures}).
 */
public final class RejectingProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RejectingProcessingHandler.class);
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetters.from(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String stage = DeadLetters.stageOf(context.processorNodeId());
    if (RegistryFailures.isRegistryUnavailable(exception)) {
      RegistryFailures.logHeld("stage " + stage, exception);
      return Response.fail();
    }
    LOG.warn("Stage {} failed on {} ({}-{}@{}): {}; page rejected", stage, DeadLetters.keyText(context.sourceRawKey()),
        context.topic(), context.partition(), context.offset(), exception.toString());
    return Response.resume(deadLetters.records(context, "INTERNAL_ERROR", stage, exception, null));
  }
}
