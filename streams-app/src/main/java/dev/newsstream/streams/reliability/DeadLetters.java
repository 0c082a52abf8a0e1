package dev.newsstream.streams.reliability;

import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.registry.ConfluentAvroSerde;
import dev.newsstream.schema.registry.SchemaRegistryClient;
import dev.newsstream.schema.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * Turns a failure that Kafka Streams hands to an exception handler into the records that keep it from being lost:
 * a {@link RejectedPage} on the rejected topic (the one place consumers look for every page that did not become
 * an article, so "one outcome per page" holds) and, when {@code errors.dead.letter.queue.topic.name} is set,
 * Kafka's own KIP-1034 dead-letter record (raw source key/value + {@code __streams.errors.*} headers) for replay.
 */
public final class DeadLetters {
  /** Streams property naming the rejected topic; set by StreamsAppConfig. */
  public static final String REJECTED_TOPIC_CONFIG = "newsstream.rejected.topic";
  /** Schema registry of the output topics, when one is configured: RejectedPage is then written in its wire format. */
  public static final String REGISTRY_URL_CONFIG = "newsstream.schema.registry.url";
  /** Original bytes larger than this ride as a pointer only (sourceTopic/partition/offset). */
  public static final String MAX_ORIGINAL_BYTES_CONFIG = "newsstream.rejected.max.original.bytes";

  private final Serializer<RejectedPage> serde;
  private final String rejectedTopic;
  private final String deadLetterTopic;
  private final int maxOriginalBytes;

  DeadLetters(String rejectedTopic, String deadLetterTopic, int maxOriginalBytes) {
    this(rejectedTopic, deadLetterTopic, maxOriginalBytes, new AvroSerde<>(RejectedPage.class).serializer());
  }

  DeadLetters(String rejectedTopic, String deadLetterTopic, int maxOriginalBytes, Serializer<RejectedPage> serde) {
    this.serde = serde;
    this.rejectedTopic = rejectedTopic;
    this.deadLetterTopic = deadLetterTopic;
    this.maxOriginalBytes = maxOriginalBytes;
  }

  static DeadLetters from(Map<String, ?> configs) {
    Object rejected = configs.get(REJECTED_TOPIC_CONFIG);
    Object dlq = configs.get("errors.dead.letter.queue.topic.name");
    Object max = configs.get(MAX_ORIGINAL_BYTES_CONFIG);
    Object registry = configs.get(REGISTRY_URL_CONFIG);
    // Same format as the topology's own rejected sink, so consumers of the rejected topic see one format.
    Serializer<RejectedPage> serializer = registry == null || registry.toString().isBlank()
        ? new AvroSerde<>(RejectedPage.class).serializer()
        : ConfluentAvroSerde.specific(RejectedPage.class, SchemaRegistryClient.forUrl(registry.toString())).serializer();
    return new DeadLetters(rejected == null ? "pages.rejected" : rejected.toString(),
        dlq == null || dlq.toString().isBlank() ? null : dlq.toString(),
        max == null ? 5 * 1024 * 1024 : Integer.parseInt(max.toString()), serializer);
  }

  String rejectedTopic() {
    return rejectedTopic;
  }

  /**
   * The records for one failure. {@code failedTopic} is the topic whose write failed (null for processing and
   * deserialisation failures): a failed write to the rejected topic itself is retried as a pointer only.
   */
  List<ProducerRecord<byte[], byte[]>> records(ErrorHandlerContext context, String reason, String stage,
      Exception error, String failedTopic) {
    byte[] original = context.sourceRawValue();
    boolean pointerOnly = original == null || original.length > maxOriginalBytes || rejectedTopic.equals(failedTopic);
    RejectedPage page = RejectedPage.newBuilder()
        .setUrl(null)
        .setReason(reason)
        .setMessage(stage + " failed: " + error)
        .setStage(stage)
        .setExceptionClass(error.getClass().getName())
        .setSourceTopic(context.topic())
        .setSourcePartition(context.partition() < 0 ? null : context.partition())
        .setSourceOffset(context.offset() < 0 ? null : context.offset())
        .setOriginalKey(context.sourceRawKey() == null ? null : ByteBuffer.wrap(context.sourceRawKey()))
        .setOriginalBytes(pointerOnly ? null : ByteBuffer.wrap(original))
        .setRejectedAt(Instant.ofEpochMilli(System.currentTimeMillis()))
        .build();
    List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>(2);
    out.add(new ProducerRecord<>(rejectedTopic, null, context.sourceRawKey(), serde.serialize(rejectedTopic, page)));
    if (deadLetterTopic != null) {
      out.add(ExceptionHandlerUtils.buildDeadLetterQueueRecord(deadLetterTopic, context.sourceRawKey(),
          pointerOnly ? null : original, context, error));
    }
    return out;
  }

  /** A stage name for a processor node: {@code enrich-entities} -> {@code enrich}. */
  static String stageOf(String processorNodeId) {
    if (processorNodeId == null || processorNodeId.isBlank()) {
      return "unknown";
    }
    int dash = processorNodeId.indexOf('-');
    return dash > 0 ? processorNodeId.substring(0, dash) : processorNodeId;
  }

  static String keyText(byte[] key) {
    return key == null ? "(no key)" : new String(key, StandardCharsets.UTF_8);
  }
}
