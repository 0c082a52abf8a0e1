package dev.newsstream.schema.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary serde for our generated classes: no registry, writer schema = reader schema.
 * Used inside the topology (internal topics, state stores) where only our own code reads.
 *
 * <p>Decoding is bounded by the record's size ({@link BoundedDecoder}): corrupt or hostile bytes fail with a
 * {@link SerializationException} naming the reason, never with an allocation larger than the record.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final Schema schema;
  private final SpecificDatumWriter<T> writer;
  private final SpecificDatumReader<T> reader;

  public AvroSerde(Class<T> type) {
    this.schema = SpecificData.get().getSchema(type);
    this.writer = new SpecificDatumWriter<>(schema);
    this.reader = new SpecificDatumReader<>(schema);
  }

  public Schema schema() {
    return schema;
  }

  public byte[] toBytes(T value) {
    if (value == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    try {
      writer.write(value, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public T fromBytes(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return reader.read(null, new BoundedDecoder(bytes));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Not a valid " + schema.getFullName() + " Avro record: " + e, e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> fromBytes(bytes);
  }
}
