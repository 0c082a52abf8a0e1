package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.serde.EventSerdes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

/**
 * Article.entitiesTextChars: the enrich stage says how much of the body the model read, so a body longer than
 * enrich.max.chars is visibly tagged on its first part only. No NER model: a tagger that finds the word "Paris"
 * and records the text it was given stands in for it (what is under test is the cap and the field, not the model).
 */
class EntitiesTextCharsTest {
  private static final int CAP = 100;

  /** Tags every "Paris" as a LOCATION and keeps the texts it was asked to tag. */
  private static final class ParisTagger implements SpanTagger {
    final List<String> seen = new ArrayList<>();

    @Override
    public synchronized NerTagger.Tagging tag(String text) {
      seen.add(text);
      List<TaggedSpan> spans = new ArrayList<>();
      for (int i = text.indexOf("Paris"); i >= 0; i = text.indexOf("Paris", i + 1)) {
        spans.add(new TaggedSpan(i, i + 5, "LOCATION", 0.9));
      }
      return new NerTagger.Tagging(spans, text.split("\\s+").length);
    }

    @Override
    public List<String> types() {
      return List.of("LOCATION");
    }
  }

  private static final String SENTENCE = "Officials met in Paris on Monday. ";

  private static Article article(String id, String body, String language) {
    return Article.newBuilder().setId(id).setUrl("https://news.example/" + id)
        .setCanonicalUrl("https://news.example/" + id).setBody(body).setContentHash("h".repeat(64))
        .setIngestedAt(Instant.parse("2025-11-25T10:00:00Z")).setParserVersion("test").setLanguage(language).build();
  }

  @Test
  void aBodyLongerThanTheCapReportsThePrefixTheModelReadAndOnlyItsEntities() {
    ParisTagger tagger = new ParisTagger();
    EntityExtractor extractor = new EntityExtractor(tagger, EntityExtractor.ALL_TYPES, 0.5, CAP);
    String body = SENTENCE.repeat(10).strip(); // 339 chars, Paris at 17, 51, 85, 119, ...
    EntityExtractor.Reading r = extractor.read(body, List.of(), "en");

    assertThat(tagger.seen).hasSize(1);
    assertThat(r.textChars()).as("the characters the tagger was given").isEqualTo(tagger.seen.get(0).length())
        .isLessThanOrEqualTo(CAP).isLessThan(body.length()).isPositive();
    assertThat(Character.isWhitespace(body.charAt(r.textChars()))).as("cut back to a whitespace, no word split").isTrue();
    assertThat(r.entities()).hasSize(1);
    assertThat(r.entities().get(0).getMentions()).hasSize(3)
        .allSatisfy(m -> assertThat(m.getEnd()).isLessThanOrEqualTo(r.textChars()));
  }

  @Test
  void aBodyWithinTheCapIsReadWhole() {
    EntityExtractor extractor = new EntityExtractor(new ParisTagger(), EntityExtractor.ALL_TYPES, 0.5, CAP);
    String body = SENTENCE.strip();
    assertThat(extractor.read(body, List.of(), "en").textChars()).isEqualTo(body.length());
    String exactlyCap = "x".repeat(CAP - 6) + " Paris";
    assertThat(extractor.read(exactlyCap, List.of(), "en").textChars()).isEqualTo(CAP);
  }

  @Test
  void theEnrichStageSetsTheFieldAndLeavesItNullWhereNoModelRan() {
    EventSerdes serdes = EventSerdes.plainAvro();
    EntityExtractor extractor = new EntityExtractor(new ParisTagger(), EntityExtractor.ALL_TYPES, 0.5, CAP);
    StreamsBuilder builder = new StreamsBuilder();
    EnrichStage.attach(builder.stream("in", Consumed.with(Serdes.String(), serdes.article())),
        () -> new EnrichProcessor(extractor, language -> !"ru".equals(language), serdes.article().serializer(),
            PipelineMetrics.discarding()), "rejected", serdes, PipelineMetrics.discarding())
        .to("out", Produced.with(Serdes.String(), serdes.article()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-text-chars-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    String longBody = SENTENCE.repeat(10).strip();
    String shortBody = SENTENCE.strip();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Article> in =
          driver.createInputTopic("in", new StringSerializer(), serdes.article().serializer());
      in.pipeInput("long", article("long", longBody, "en"));
      in.pipeInput("short", article("short", shortBody, "en"));
      in.pipeInput("uncovered", article("uncovered", shortBody, "ru"));
      Map<String, Article> out = driver.createOutputTopic("out", new StringDeserializer(),
          serdes.article().deserializer()).readKeyValuesToMap();

      assertThat(out.get("long").getEntitiesTextChars()).as("truncated: fewer chars read than the body has")
          .isLessThan(longBody.length()).isLessThanOrEqualTo(CAP);
      assertThat(out.get("short").getEntitiesTextChars()).isEqualTo(shortBody.length());
      assertThat(out.get("short").getEntities()).extracting(e -> e.getCanonical()).containsExactly("Paris");
      assertThat(out.get("uncovered").getEntitiesTextChars()).as("no model ran").isNull();
      assertThat(out.get("uncovered").getEntities()).isEmpty();
    }
  }
}
