package dev.newsstream.streams.reliability;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.streams.parse.RejectReason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Serialises each article for the clean topic and rejects one bigger than the topic accepts (OUTPUT_TOO_LARGE, with
 * a pointer to the raw record) before it is written. Under exactly-once a write the broker refuses puts the
 * transaction in an error state: the task aborts, reprocesses the same page and fails again, for ever. Checking
 * first keeps the stream going. The bytes it measured are the bytes the sink writes: one serialisation per article.
 */
public final class OutputSizeGuard implements FixedKeyProcessor<String, Article, EncodedArticle> {
  /** Room for the record's key, headers and batch framing. */
  static final int RECORD_OVERHEAD = 4096;
  private final Serializer<Article> articles;
  private final int maxOutputBytes;
  private final String cleanTopic;
  private FixedKeyProcessorContext<String, EncodedArticle> context;

  public OutputSizeGuard(Serializer<Article> articles, int maxOutputBytes, String cleanTopic) {
    this.articles = articles;
    this.maxOutputBytes = maxOutputBytes;
    this.cleanTopic = cleanTopic;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EncodedArticle> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article a = record.value();
    byte[] bytes = a == null ? null : articles.serialize(cleanTopic, a);
    int size = bytes == null ? 0 : bytes.length;
    if (a == null || size + RECORD_OVERHEAD <= maxOutputBytes) {
      context.forward(record.withValue(EncodedArticle.fits(record.value(), bytes)));
      return;
    }
    // After dedup's repartition hops the record metadata names an internal topic, not the raw page: then the
    // pointer is the article's URL and canonical URL (the raw topic's key), not an offset.
    RecordMetadata meta = context.recordMetadata().filter(m -> !m.topic().contains("-repartition")).orElse(null);
    context.forward(record.withValue(EncodedArticle.tooLarge(RejectedPage.newBuilder()
        .setUrl(a.getUrl())
        .setReason(RejectReason.OUTPUT_TOO_LARGE.name())
        .setMessage("article " + a.getId() + " is " + size + " bytes serialised, over the " + maxOutputBytes
            + " bytes " + cleanTopic + " accepts (max.output.bytes / topic max.message.bytes); raw page key "
            + a.getCanonicalUrl())
        .setStage("produce")
        .setExceptionClass(null)
        .setSourceTopic(meta == null ? null : meta.topic())
        .setSourcePartition(meta == null ? null : meta.partition())
        .setSourceOffset(meta == null ? null : meta.offset())
        .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
        .setOriginalBytes(null) // pointer only: the raw record stays on the raw topic
        .setRejectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build())));
  }
}
