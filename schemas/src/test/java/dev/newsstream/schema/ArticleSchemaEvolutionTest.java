package dev.newsstream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * Article.entitiesTextChars (added in session 8) keeps the subject FULL compatible, as the registry's BACKWARD check
 * and an operator's FULL_TRANSITIVE need (SchemaEvolutionIT checks the same against a real registry): consumers on
 * today's schema read events written before the field, and consumers on the old schema read today's events.
 */
class ArticleSchemaEvolutionTest {
  private static final String FIELD = "entitiesTextChars";

  /** Today's Article without the field: the schema events were written with before it. */
  private static Schema without(Schema current, String name) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : current.getFields()) {
      if (!f.name().equals(name)) {
        fields.add(new Schema.Field(f, f.schema()));
      }
    }
    return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  /** Today's Article with the field's default removed: what a breaking version of this change would be. */
  private static Schema withoutDefault(Schema current, String name) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : current.getFields()) {
      fields.add(f.name().equals(name) ? new Schema.Field(f.name(), f.schema(), f.doc())
          : new Schema.Field(f, f.schema()));
    }
    return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  private static SchemaCompatibilityType canRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
  }

  @Test
  void theTruncationFieldIsOptionalWithANullDefaultSoTheSchemaStaysFullCompatible() {
    Schema now = Article.getClassSchema();
    Schema.Field field = now.getField(FIELD);
    assertThat(field).as("Article carries %s", FIELD).isNotNull();
    assertThat(field.hasDefaultValue()).isTrue();
    assertThat(field.defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
    Schema before = without(now, FIELD);
    assertThat(canRead(now, before)).as("BACKWARD: new readers, old events").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    assertThat(canRead(before, now)).as("FORWARD: old readers, new events").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    assertThat(canRead(withoutDefault(now, FIELD), before))
        .as("the same field without its default would break BACKWARD: this check can fail")
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void anEventWrittenBeforeTheFieldReadsAsNotRead() throws IOException {
    Schema before = without(Article.getClassSchema(), FIELD);
    GenericRecord old = new GenericData.Record(before);
    old.put("id", "a1");
    old.put("version", 1);
    old.put("url", "https://news.example/a1");
    old.put("canonicalUrl", "https://news.example/a1");
    old.put("authors", List.of());
    old.put("tags", List.of());
    old.put("keywords", List.of());
    old.put("body", "Some text.");
    old.put("wordCount", 2);
    old.put("entities", List.of());
    old.put("contentHash", "h".repeat(64));
    old.put("ingestedAt", Instant.parse("2025-11-25T10:00:00Z").toEpochMilli());
    old.put("parserVersion", "old");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(before).write(old, enc);
    enc.flush();
    Article read = new SpecificDatumReader<Article>(before, Article.getClassSchema())
        .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertThat(read.getBody()).isEqualTo("Some text.");
    assertThat(read.getEntitiesTextChars()).as("an old event says nothing about truncation").isNull();
  }
}
