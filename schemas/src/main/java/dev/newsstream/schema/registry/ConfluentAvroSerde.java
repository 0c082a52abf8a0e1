package dev.newsstream.schema.registry;

import dev.newsstream.schema.serde.BoundedDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro value serde in the Confluent wire format, so that any registry-aware Kafka client (Confluent's Java,
 * Python and Go clients, kafkajs, kcat -s avro...) can read our events without our code.
 *
 * <ul>
 *   <li>Writing: the value's schema is registered under the TopicNameStrategy subject {@code <topic>-value},
 *       after giving that subject BACKWARD compatibility unless it has a level of its own, then framed as
 *       {@code 0x00, schema id (4 bytes), Avro binary}. Ids are cached: one registry call per schema and run.</li>
 *   <li>Reading: the writer schema is fetched by the id in the frame and resolved against our reader schema
 *       (Avro schema resolution), so events written with an older or newer compatible schema both read.</li>
 * </ul>
 * Keys stay plain strings; this serde is for values only.
 */
public final class ConfluentAvroSerde<T extends GenericContainer> implements Serde<T> {
  public static final String BACKWARD = "BACKWARD";

  private final SchemaRegistryClient client;
  private final GenericData model;
  private final Schema readerSchema;
  private final String compatibility;
  private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

  private ConfluentAvroSerde(SchemaRegistryClient client, GenericData model, Schema readerSchema, String compatibility) {
    this.client = client;
    this.model = model;
    this.readerSchema = readerSchema;
    this.compatibility = compatibility;
  }

  /** For a generated class: writes its schema, reads any compatible writer schema into the class. */
  public static <T extends SpecificRecord> ConfluentAvroSerde<T> specific(Class<T> type, SchemaRegistryClient client) {
    SpecificData model = SpecificData.getForClass(type);
    return new ConfluentAvroSerde<>(client, model, model.getSchema(type), BACKWARD);
  }

  /** For generic records, read with {@code readerSchema}, or with each value's writer schema when null. */
  public static ConfluentAvroSerde<GenericRecord> generic(Schema readerSchema, SchemaRegistryClient client) {
    return new ConfluentAvroSerde<>(client, GenericData.get(), readerSchema, BACKWARD);
  }

  /** TopicNameStrategy: the subject of a topic's values. */
  public static String valueSubject(String topic) {
    return topic + "-value";
  }

  public SchemaRegistryClient client() {
    return client;
  }

  /** The schema this serde reads into (the generated class's schema for specific serdes); null = writer's. */
  public Schema readerSchema() {
    return readerSchema;
  }

  /**
   * Sets the subject's compatibility and registers {@code schema} for {@code topic}'s values; returns the id.
   * Called at start-up so that an unreachable registry or an incompatible schema stops the app at once.
   */
  public int register(String topic, Schema schema) {
    String subject = valueSubject(topic);
    client.ensureCompatibility(subject, compatibility);
    return client.register(subject, schema);
  }

  public byte[] serialize(String topic, T value) {
    if (value == null) {
      return null; // Tombstones stay tombstones.
    }
    Schema schema = value.getSchema();
    int id;
    try {
      id = register(topic, schema);
    } catch (SchemaRegistryException e) {
      throw new SerializationException("Cannot serialize " + schema.getFullName() + " for topic " + topic + ": "
          + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    ConfluentWireFormat.writeHeader(out, id);
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writers.computeIfAbsent(schema, this::newWriter).write(value, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Cannot encode " + schema.getFullName() + " for topic " + topic + ": " + e, e);
    }
    return out.toByteArray();
  }

  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int id = ConfluentWireFormat.schemaId(data);
    DatumReader<T> reader;
    try {
      reader = readers.computeIfAbsent(id, this::newReader);
    } catch (SchemaRegistryException | org.apache.avro.AvroRuntimeException e) {
      throw new SerializationException("Cannot read a value of topic " + topic + " written with schema id " + id
          + ": " + e.getMessage(), e);
    }
    try {
      return reader.read(null, new BoundedDecoder(data, ConfluentWireFormat.HEADER_SIZE,
          data.length - ConfluentWireFormat.HEADER_SIZE));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("Corrupt Avro value on topic " + topic + " (schema id " + id + "): " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private DatumWriter<T> newWriter(Schema schema) {
    return (DatumWriter<T>) model.createDatumWriter(schema);
  }

  @SuppressWarnings("unchecked")
  private DatumReader<T> newReader(int id) {
    Schema writer = client.schemaById(id);
    Schema reader = readerSchema == null ? writer : readerSchema;
    return (DatumReader<T>) model.createDatumReader(writer, reader);
  }

  @Override
  public Serializer<T> serializer() {
    return this::serialize;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this::deserialize;
  }
}
