package dev.newsstream.streams.analytics;

import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Values of the trend window stores: articles and mentions as two big-endian ints (8 bytes). The entity and the
 * window are already in the store's key (TYPE|NAME, window start) and name (its size), so the store does not keep
 * an {@link EntityTrend} per entry: each change reads and writes a store entry, and Avro-encoding the whole trend
 * there (twice per change) cost more than the rest of the trends task.
 */
final class CountsSerde implements Serde<EntityContributions.Counts> {
  private static final int BYTES = 8;

  @Override
  public Serializer<EntityContributions.Counts> serializer() {
    return (topic, c) -> c == null ? null : ByteBuffer.allocate(BYTES).putInt(c.articles()).putInt(c.mentions()).array();
  }

  @Override
  public Deserializer<EntityContributions.Counts> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length != BYTES) {
        throw new SerializationException("trend counts must be " + BYTES + " bytes, got " + bytes.length
            + " (a store written by an older version? reset the application, docs/ANALYTICS.md)");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes);
      return new EntityContributions.Counts(b.getInt(), b.getInt());
    };
  }

  /** The trend as the output topic and the HTTP API give it: {@code entityKey} is TYPE|NAME (the type has no '|'). */
  static EntityTrend trend(TrendWindow window, long start, String entityKey, EntityContributions.Counts c) {
    int bar = entityKey.indexOf('|');
    return trend(window, start, entityKey.substring(0, bar), entityKey.substring(bar + 1), c);
  }

  static EntityTrend trend(TrendWindow window, long start, String type, String name, EntityContributions.Counts c) {
    return new EntityTrend(window.label(), Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + window.sizeMs()),
        name, type, c.articles(), c.mentions());
  }
}
