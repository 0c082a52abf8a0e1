package dev.newsstream.streams;

import dev.newsstream.streams.reliability.ErrorHandlers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.enrich.SeedEntities;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTopologyTest {
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, Article> clean;
  private TestOutputTopic<String, RejectedPage> rejected;
  private final AvroSerde<RawPage> rawSerde = new AvroSerde<>(RawPage.class);

  @BeforeEach
  void setUp() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "max.page.bytes", "100000"));
    EventSerdes serdes = EventSerdes.plainAvro();
    Properties props = ErrorHandlers.streamsProperties(cfg);
    driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes), props);
    raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new ByteArraySerializer());
    clean = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(), serdes.article().deserializer());
    rejected = driver.createOutputTopic(cfg.topics().rejected(), new StringDeserializer(), serdes.rejected().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private byte[] rawPage(String url, byte[] body) {
    return rawSerde.toBytes(RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.parse("2025-11-25T10:00:00Z"))
        .setSource("test").setContentType(null).setCharset(null).setBody(ByteBuffer.wrap(body))
        .setHttpStatus(200).setHeaders(Map.of()).build());
  }

  @Test
  void theSeedPageBecomesOneCleanArticleKeyedByItsId() {
    raw.pipeInput(SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()));
    var out = clean.readKeyValuesToList();
    assertThat(out).hasSize(1);
    Article a = out.get(0).value;
    assertThat(out.get(0).key).isEqualTo(a.getId());
    assertThat(a.getTitle()).isEqualTo(SeedPage.TITLE);
    assertThat(a.getCanonicalUrl()).isEqualTo(SeedPage.URL);
    assertThat(a.getSite()).isEqualTo("Sputnik International");
    assertThat(a.getWordCount()).isBetween(180, 230);
    assertThat(a.getContentHash()).hasSize(64);
    assertThat(a.getParserVersion()).isNotBlank();
    assertThat(a.getVersion()).isEqualTo(1);
    assertThat(rejected.isEmpty()).isTrue();
  }

  @Test
  void theSeedArticleCarriesItsNamedEntitiesWithOffsetsIntoItsBody() {
    raw.pipeInput(SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()));
    Article a = clean.readValue();
    SeedEntities.assertRequired(a.getBody(), a.getEntities());
    assertThat(rejected.isEmpty()).isTrue();
  }

  @Test
  void withEnrichmentOffArticlesHaveNoEntities() {
    driver.close();
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "enrich.enabled", "false"));
    driver = new TopologyTestDriver(ArticleTopology.build(cfg, EventSerdes.plainAvro()), ErrorHandlers.streamsProperties(cfg));
    raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new ByteArraySerializer());
    clean = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(),
        EventSerdes.plainAvro().article().deserializer());
    raw.pipeInput(SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()));
    Article a = clean.readValue();
    assertThat(a.getTitle()).isEqualTo(SeedPage.TITLE);
    assertThat(a.getEntities()).isEmpty();
  }

  @Test
  void shortTextThatProduceWrappedIsRejectedAsTextInputWithItsWordCount() {
    byte[] wrapped = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n"
        + "<p>fine text here for an article</p>\n</article></body></html>\n").getBytes(StandardCharsets.UTF_8);
    raw.pipeInput("https://a.example/z", rawSerde.toBytes(RawPage.newBuilder().setUrl("https://a.example/z")
        .setFetchedAt(Instant.parse("2025-11-25T10:00:00Z")).setSource("test").setContentType("text/html")
        .setCharset("utf-8").setBody(ByteBuffer.wrap(wrapped)).setHttpStatus(null)
        .setHeaders(Map.of("x-newsstream-wrapped", "text")).build()));
    RejectedPage r = rejected.readValue();
    assertThat(r.getReason()).isEqualTo("NOT_AN_ARTICLE");
    assertThat(r.getMessage()).startsWith("text input has no article text (6 words in all, 15 needed; ");
  }

  @Test
  void aRecordThatIsNotARawPageIsRejectedWithItsOriginalBytes() {
    byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
    raw.pipeInput("k1", garbage);
    RejectedPage r = rejected.readValue();
    assertThat(r.getReason()).isEqualTo("BAD_RECORD");
    assertThat(r.getStage()).isEqualTo("parse");
    assertThat(r.getExceptionClass()).isNotBlank();
    assertThat(r.getSourceTopic()).isEqualTo("pages.raw");
    assertThat(r.getSourceOffset()).isZero();
    assertThat(r.getOriginalBytes().array()).isEqualTo(garbage);
    assertThat(clean.isEmpty()).isTrue();
  }

  @Test
  void oversizedBinaryAndEmptyPagesAreRejectedWithReasonsAndTheStreamGoesOn() {
    raw.pipeInput("a", rawPage("https://x.org/a", new byte[200_000]));
    raw.pipeInput("b", rawPage("https://x.org/b", new byte[] {0, 1, 2, 3, 4, 5}));
    raw.pipeInput("c", rawPage("https://x.org/c", new byte[0]));
    raw.pipeInput(SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()));
    assertThat(rejected.readValuesToList()).extracting(RejectedPage::getReason)
        .containsExactly("TOO_LARGE", "BINARY", "EMPTY_BODY");
    assertThat(clean.readValuesToList()).hasSize(1);
  }

  @Test
  void headersOfARawPageReachItsArticleThroughEveryStage() {
    var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
    headers.add("trace-id", "page-42".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(SeedPage.URL, rawPage(SeedPage.URL, SeedPage.bytes()),
        headers, Instant.parse("2025-11-25T10:00:00Z")));
    var out = clean.readRecord();
    assertThat(out.headers().lastHeader("trace-id")).isNotNull();
    assertThat(new String(out.headers().lastHeader("trace-id").value(), StandardCharsets.UTF_8)).isEqualTo("page-42");
  }
}
