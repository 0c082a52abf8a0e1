package dev.newsstream.streams.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.registry.ConfluentAvroSerde;
import dev.newsstream.schema.registry.ConfluentWireFormat;
import dev.newsstream.schema.registry.SchemaRegistryClient;
import dev.newsstream.schema.registry.SchemaRegistryException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schema evolution on a real broker and registry (BACKWARD per subject): adding an optional field with a
 * default is accepted, and old and new consumers both read old and new events; breaking changes get a 409.
 */
@ExtendWith(RegistryStack.Extension.class)
class SchemaEvolutionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Article v2 = today's Article plus one optional field with a default: what a compatible change looks like. */
  private static final Schema ARTICLE_V2 = withField(Article.getClassSchema(),
      "{\"name\":\"readingMinutes\",\"type\":[\"null\",\"int\"],\"default\":null,\"doc\":\"test-only v2 field\"}");

  @Test
  void oldAndNewConsumersReadOldAndNewEvents(RegistryStack stack) {
    String topic = "evolution.articles";
    stack.broker().createTopics(1, topic);
    SchemaRegistryClient client = SchemaRegistryClient.forUrl(stack.registryUrl());
    ConfluentAvroSerde<Article> v1Serde = ConfluentAvroSerde.specific(Article.class, client);
    ConfluentAvroSerde<GenericRecord> v2Serde = ConfluentAvroSerde.generic(ARTICLE_V2, client);

    Article oldEvent = Article.newBuilder().setId("a-old").setUrl("https://x.example/old").setCanonicalUrl("https://x.example/old")
        .setTitle("Written by the old app").setBody("Old body.").setContentHash("h1")
        .setIngestedAt(Instant.parse("2025-11-25T10:00:00Z")).setParserVersion("1").build();
    GenericRecord newEvent = new GenericRecordBuilder(ARTICLE_V2).set("id", "a-new").set("url", "https://x.example/new")
        .set("canonicalUrl", "https://x.example/new").set("title", "Written by the new app").set("body", "New body.")
        .set("contentHash", "h2").set("ingestedAt", Instant.parse("2025-11-25T11:00:00Z").toEpochMilli())
        .set("parserVersion", "2").set("readingMinutes", 7).build();
    produce(stack, topic, v1Serde.serializer(), oldEvent);
    produce(stack, topic, v2Serde.serializer(), newEvent);

    String subject = ConfluentAvroSerde.valueSubject(topic);
    assertThat(client.compatibility(subject)).isEqualTo("BACKWARD");
    assertThat(client.versions(subject)).as("v1 by the old app, v2 by the new one").containsExactly(1, 2);
    List<byte[]> raw = consume(stack, topic, new ByteArrayDeserializer(), 2);
    assertThat(ConfluentWireFormat.schemaId(raw.get(0))).isNotEqualTo(ConfluentWireFormat.schemaId(raw.get(1)));

    // The old consumer (generated class, no readingMinutes) reads both; the v2 field is skipped by resolution.
    List<Article> oldView = consume(stack, topic, ConfluentAvroSerde.specific(Article.class, client).deserializer(), 2);
    assertThat(oldView.get(0)).isEqualTo(oldEvent);
    assertThat(oldView.get(1).getTitle()).isEqualTo("Written by the new app");
    assertThat(oldView.get(1).getIngestedAt()).isEqualTo(Instant.parse("2025-11-25T11:00:00Z"));
    assertThat(oldView.get(1).getTags()).isEmpty();

    // The new consumer (v2 schema) reads both; the old event gets the field's default.
    List<GenericRecord> newView = consume(stack, topic, ConfluentAvroSerde.generic(ARTICLE_V2, client).deserializer(), 2);
    assertThat(newView.get(0).get("title").toString()).isEqualTo("Written by the old app");
    assertThat(newView.get(0).get("readingMinutes")).isNull();
    assertThat(newView.get(1).get("title").toString()).isEqualTo("Written by the new app");
    assertThat(newView.get(1).get("readingMinutes")).isEqualTo(7);
  }

  @Test
  void breakingChangesAreRefusedWithAClearError(RegistryStack stack) {
    String topic = "evolution.refused";
    String subject = ConfluentAvroSerde.valueSubject(topic);
    SchemaRegistryClient client = SchemaRegistryClient.forUrl(stack.registryUrl());
    ConfluentAvroSerde<Article> v1Serde = ConfluentAvroSerde.specific(Article.class, client);
    v1Serde.register(topic, Article.getClassSchema());

    Schema requiredField = withField(Article.getClassSchema(), "{\"name\":\"score\",\"type\":\"int\"}");
    assertThatThrownBy(() -> v1Serde.register(topic, requiredField))
        .isInstanceOf(SchemaRegistryException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409))
        .hasMessageContaining("refused the schema for subject '" + subject + "'")
        .hasMessageContaining("incompatible").hasMessageContaining(stack.registryUrl());

    Schema titleAsInt = withFieldType(Article.getClassSchema(), "title", "\"int\"");
    assertThatThrownBy(() -> v1Serde.register(topic, titleAsInt))
        .isInstanceOf(SchemaRegistryException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).isIncompatibleSchema()).isTrue());

    // A producer still on a breaking schema fails at its first record, naming topic, subject and the 409.
    GenericRecord bad = new GenericRecordBuilder(requiredField).set("id", "x").set("url", "u").set("canonicalUrl", "u")
        .set("body", "b").set("contentHash", "h").set("ingestedAt", 0L).set("parserVersion", "1").set("score", 3).build();
    assertThatThrownBy(() -> ConfluentAvroSerde.generic(requiredField, client).serialize(topic, bad))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("topic " + topic).hasMessageContaining(subject).hasMessageContaining("HTTP 409");
    assertThat(client.versions(subject)).as("nothing incompatible was stored").containsExactly(1);
  }

  @Test
  void aLevelChosenByAnOperatorIsKept(RegistryStack stack) {
    String topic = "evolution.operator";
    String subject = ConfluentAvroSerde.valueSubject(topic);
    SchemaRegistryClient operator = new SchemaRegistryClient(stack.registryUrl());
    operator.setCompatibility(subject, "FULL_TRANSITIVE");
    ConfluentAvroSerde.specific(Article.class, SchemaRegistryClient.forUrl(stack.registryUrl()))
        .register(topic, Article.getClassSchema());
    assertThat(operator.compatibility(subject)).isEqualTo("FULL_TRANSITIVE");
  }

  private static <T> void produce(RegistryStack stack, String topic, Serializer<T> serializer, T value) {
    try (KafkaProducer<String, T> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()), new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(topic, "k", value)).get();
    } catch (Exception e) {
      throw new AssertionError("produce to " + topic + " failed", e);
    }
  }

  private static <T> List<T> consume(RegistryStack stack, String topic, Deserializer<T> deserializer, int count) {
    List<T> out = new ArrayList<>();
    try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "evolution-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), deserializer)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(250)).forEach(r -> out.add(r.value()));
      }
    }
    assertThat(out).as("records read from " + topic).hasSize(count);
    return out;
  }

  /** The schema with one more field (JSON), as a developer would edit the .avsc. */
  static Schema withField(Schema schema, String fieldJson) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(schema.toString());
      ((ArrayNode) root.get("fields")).add(JSON.readTree(fieldJson));
      return new Schema.Parser().parse(root.toString());
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The schema with one field's type replaced (JSON). */
  static Schema withFieldType(Schema schema, String field, String typeJson) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(schema.toString());
      root.get("fields").forEach(f -> {
        if (f.get("name").asText().equals(field)) {
          ((ObjectNode) f).remove("default");
          ((ObjectNode) f).set("type", readTree(typeJson));
        }
      });
      return new Schema.Parser().parse(root.toString());
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
