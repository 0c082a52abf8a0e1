package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.serde.EventSerdes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

/** The enrich stage's failure path: a failing extraction sends that article to pages.rejected; the rest go on. */
class EnrichStageTest {
  private final EventSerdes serdes = EventSerdes.plainAvro();
  private final EntityExtractor extractor = EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.5, 100_000);

  private static Article article(String id, String body) {
    return Article.newBuilder().setId(id).setUrl("https://news.example/" + id)
        .setCanonicalUrl("https://news.example/" + id).setBody(body).setContentHash("h".repeat(64))
        .setIngestedAt(Instant.parse("2025-11-25T10:00:00Z")).setParserVersion("test").build();
  }

  @Test
  void anExtractionFailureGoesToRejectedWithStageEnrichAndTheArticleBytes() {
    StreamsBuilder builder = new StreamsBuilder();
    io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    // Fault injection: the real extractor, except that a body containing "POISON" makes it throw.
    EnrichStage.attach(builder.stream("in", Consumed.with(Serdes.String(), serdes.article())),
        () -> new EnrichProcessor(extractor::warmUp, a -> {
          if (a.getBody().contains("POISON")) {
            throw new IllegalStateException("tagger broke");
          }
          return new EntityExtractor.Reading(extractor.extract(a.getBody(), EnrichProcessor.tagsAndKeywords(a)),
              a.getBody().length());
        }, serdes.article().serializer()), "rejected", serdes, new PipelineMetrics(registry))
        .to("out", Produced.with(Serdes.String(), serdes.article()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Article> in = driver.createInputTopic("in", new StringSerializer(), serdes.article().serializer());
      TestOutputTopic<String, Article> out = driver.createOutputTopic("out", new StringDeserializer(), serdes.article().deserializer());
      TestOutputTopic<String, RejectedPage> rejected =
          driver.createOutputTopic("rejected", new StringDeserializer(), serdes.rejected().deserializer());

      Article poisoned = article("a1", "POISON in Paris.");
      in.pipeInput("a1", poisoned);
      in.pipeInput("a2", article("a2", "Angela Merkel visited Paris on Monday."));

      RejectedPage r = rejected.readValue();
      assertThat(r.getStage()).isEqualTo("enrich");
      assertThat(r.getReason()).isEqualTo(EnrichProcessor.ENRICH_FAILED);
      assertThat(r.getExceptionClass()).isEqualTo(IllegalStateException.class.getName());
      assertThat(r.getMessage()).contains("tagger broke");
      assertThat(r.getUrl()).isEqualTo("https://news.example/a1");
      assertThat(r.getSourceTopic()).isEqualTo("in");
      assertThat(serdes.article().deserializer().deserialize("in", r.getOriginalBytes().array())).isEqualTo(poisoned);
      assertThat(rejected.isEmpty()).isTrue();
      assertThat(registry.get("newsstream.rejected").tag("stage", "enrich").tag("reason", EnrichProcessor.ENRICH_FAILED)
          .counter().count()).as("enrich-stage rejections are counted like the other stages'").isEqualTo(1.0);

      List<Article> enriched = out.readValuesToList();
      assertThat(enriched).extracting(Article::getId).containsExactly("a2");
      assertThat(enriched.get(0).getEntities()).extracting(e -> e.getCanonical() + "/" + e.getType())
          .containsExactly("Angela Merkel/PERSON", "Paris/LOCATION");
    }
  }

  @Test
  void eachArticleGetsItsLanguagesModelAndALanguageWithoutOneGetsNoEntitiesInsteadOfWrongOnes() {
    // German capitalises every noun: the English model would tag half of them.
    String german = "Die Bundesregierung hat am Dienstag in Berlin neue Regeln für Mieter beschlossen. Der Minister "
        + "sagte, die Reform bringe Sicherheit für Familien und Vermieter in Hamburg und München.";
    assertThat(extractor.extract(german, List.of())).as("what the English model makes of German").isNotEmpty();

    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of());
    StreamsBuilder builder = new StreamsBuilder();
    EnrichStage.attach(builder.stream("in", Consumed.with(Serdes.String(), serdes.article())), cfg, serdes,
        PipelineMetrics.discarding()).to("out", Produced.with(Serdes.String(), serdes.article()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-language-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Article> in = driver.createInputTopic("in", new StringSerializer(), serdes.article().serializer());
      in.pipeInput("de1", Article.newBuilder(article("de1", german)).setLanguage("de").build());
      in.pipeInput("en1", Article.newBuilder(article("en1", "Angela Merkel visited Paris on Monday.")).setLanguage("en")
          .build());
      // Mislabelled on purpose: a language with no model (and not in enrich.languages) is never tagged.
      in.pipeInput("ru1", Article.newBuilder(article("ru1", "Angela Merkel visited Paris on Monday.")).setLanguage("ru")
          .build());
      in.pipeInput("xx1", article("xx1", "Angela Merkel visited Paris on Monday.")); // language undetected
      Map<String, Article> out = driver.createOutputTopic("out", new StringDeserializer(),
          serdes.article().deserializer()).readKeyValuesToMap();
      assertThat(out.get("de1").getEntities()).as("the German model's entities")
          .extracting(e -> e.getCanonical() + "/" + e.getType()).contains("Berlin/LOCATION", "Hamburg/LOCATION",
              "München/LOCATION")
          .doesNotContain("Bundesregierung/PERSON", "Minister/PERSON", "Mieter/PERSON");
      assertThat(out.get("ru1").getEntities()).isEmpty();
      assertThat(out.get("en1").getEntities()).extracting(e -> e.getCanonical()).contains("Angela Merkel", "Paris");
      assertThat(out.get("xx1").getEntities()).isNotEmpty();
    }
  }
}
