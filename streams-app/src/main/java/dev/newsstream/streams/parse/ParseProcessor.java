package dev.newsstream.streams.parse;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.metrics.PipelineMetrics;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Kafka glue of the parse stage. Reads raw bytes itself (not through a serde) so that a record that is not a
 * RawPage becomes a rejection carrying its original bytes instead of stopping the stream.
 */
public final class ParseProcessor implements FixedKeyProcessor<String, byte[], PageOutcome> {
  private final PageParser parser;
  private final Deserializer<RawPage> rawPages;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, PageOutcome> context;

  public ParseProcessor(PageParser parser, Deserializer<RawPage> rawPages) {
    this(parser, rawPages, PipelineMetrics.discarding());
  }

  public ParseProcessor(PageParser parser, Deserializer<RawPage> rawPages, PipelineMetrics metrics) {
    this.parser = parser;
    this.rawPages = rawPages;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, PageOutcome> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    metrics.pageIn();
    RawPage page;
    try {
      page = rawPages.deserialize(topic(), record.value());
      if (page == null) {
        throw new IllegalArgumentException("null value");
      }
    } catch (RuntimeException e) {
      context.forward(record.withValue(PageOutcome.rejected(rejection(record, null, "BAD_RECORD",
          "raw record is not a RawPage: " + e.getMessage(), e.getClass().getName(), record.value()))));
      return;
    }
    byte[] body = toArray(page.getBody());
    ParseOutcome outcome = metrics.time("parse", () -> parser.parse(body, page.getUrl(), page.getCharset(),
        "text".equals(page.getHeaders().get(PageParser.WRAPPED_HEADER))));
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      try {
        context.forward(record.withValue(PageOutcome.article(
            ArticleAssembler.assemble(page.getUrl(), parsed.article(), Instant.ofEpochMilli(context.currentSystemTimeMs()),
                page.getFetchedAt()))));
      } catch (IllegalArgumentException badUrl) {
        context.forward(record.withValue(PageOutcome.rejected(rejection(record, page.getUrl(), RejectReason.BAD_URL.name(),
            badUrl.getMessage(), badUrl.getClass().getName(), record.value()))));
      }
    } else {
      ParseOutcome.Rejected r = (ParseOutcome.Rejected) outcome;
      context.forward(record.withValue(PageOutcome.rejected(rejection(record, page.getUrl(), r.reason().name(),
          r.message(), r.cause() == null ? null : r.cause().getClass().getName(), record.value()))));
    }
  }

  private RejectedPage rejection(FixedKeyRecord<String, byte[]> record, String url, String reason, String message,
      String exceptionClass, byte[] original) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    return RejectedPage.newBuilder()
        .setUrl(url)
        .setReason(reason)
        .setMessage(message == null ? reason : message)
        .setStage("parse")
        .setExceptionClass(exceptionClass)
        .setSourceTopic(meta == null ? null : meta.topic())
        .setSourcePartition(meta == null ? null : meta.partition())
        .setSourceOffset(meta == null ? null : meta.offset())
        .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .setOriginalBytes(original == null ? null : ByteBuffer.wrap(original))
        .setRejectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build();
  }

  private String topic() {
    return context.recordMetadata().map(RecordMetadata::topic).orElse("");
  }

  private static byte[] toArray(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
