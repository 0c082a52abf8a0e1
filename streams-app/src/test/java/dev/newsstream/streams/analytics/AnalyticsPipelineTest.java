package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.StoryReach;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.reliability.ErrorHandlers;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.url.CanonicalUrl;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics inside the whole pipeline (TopologyTestDriver, real parse, dedup and NER on the seed article's
 * paragraphs): the original counts, its exact copy on another site counts nothing but joins its story, and a
 * re-crawl that drops paragraphs replaces the original's contribution.
 */
class AnalyticsPipelineTest {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmZ").withZone(ZoneOffset.UTC);
  private static final Instant PUBLISHED = Instant.parse("2025-11-25T10:20:00Z");
  private static final long HOUR_START = Instant.parse("2025-11-25T10:00:00Z").toEpochMilli();
  private static final String ORIGINAL = "https://news.example/2025/11/25/rubio-kallas";
  private static final String COPY = "https://other.example/world/rubio-kallas-talks";
  @TempDir Path stateDir;

  @Test
  void aDuplicateIsNeverCountedAndAnUpdateReplacesItsContribution() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString()));
    EventSerdes serdes = EventSerdes.plainAvro();
    try (TopologyTestDriver driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes),
        ErrorHandlers.streamsProperties(cfg))) {
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(),
          new ByteArraySerializer());
      WindowStore<String, EntityContributions.Counts> hourly = driver.getWindowStore("analytics-trends-1h");
      KeyValueStore<String, StoryReach> stories = driver.getKeyValueStore(AnalyticsStores.STORIES);

      raw.pipeInput(ORIGINAL, page(ORIGINAL, PUBLISHED, PUBLISHED, SeedPage.PARAGRAPHS));
      EntityContributions.Counts kallas = hourly.fetch("PERSON|Kaja Kallas", HOUR_START);
      assertThat(kallas).as("original counted").isNotNull();
      assertThat(kallas.articles()).isEqualTo(1);
      assertThat(kallas.mentions()).isGreaterThanOrEqualTo(2);
      assertThat(hourly.fetch("PERSON|Vladimir Putin", HOUR_START).articles()).isEqualTo(1);

      // The same text on another site, an hour later: SAME_CONTENT, not counted again.
      Instant later = PUBLISHED.plusSeconds(3600);
      raw.pipeInput(COPY, page(COPY, later, later, SeedPage.PARAGRAPHS));
      assertThat(hourly.fetch("PERSON|Kaja Kallas", HOUR_START)).isEqualTo(kallas);
      String originalId = CanonicalUrl.of(ORIGINAL).id();
      StoryReach story = stories.get(originalId);
      assertThat(story.getCopies()).hasSize(1);
      assertThat(story.getCopies().get(0).getKind()).isEqualTo("SAME_CONTENT");
      assertThat(story.getCopies().get(0).getSite()).isEqualTo("other.example");
      assertThat(Stories.spreadSeconds(story)).isEqualTo(3600);

      // A re-crawl of the original without its last paragraph (the one naming Putin): replaced, not added.
      Instant modified = PUBLISHED.plusSeconds(7200);
      raw.pipeInput(ORIGINAL, page(ORIGINAL, PUBLISHED, modified, SeedPage.PARAGRAPHS.subList(0, 4)));
      assertThat(hourly.fetch("PERSON|Vladimir Putin", HOUR_START)).as("no longer named").isNull();
      assertThat(hourly.fetch("PERSON|Kaja Kallas", HOUR_START).articles()).isEqualTo(1);
    }
  }

  /** A text-dump page (date URL / title / site / published / modified / section / headline / paragraphs). */
  private static byte[] page(String url, Instant published, Instant modified, List<String> paragraphs) {
    String title = "Rubio declines talks with Kallas";
    StringBuilder sb = new StringBuilder("date ").append(published.toString(), 0, 10).append(' ').append(url).append('\n');
    sb.append(title).append('\n').append(title).append('\n').append("Test Site\n");
    sb.append(TS.format(published)).append('\n').append(TS.format(modified)).append('\n').append("world\n");
    sb.append(title).append('\n');
    paragraphs.forEach(p -> sb.append(p).append('\n'));
    RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(modified).setSource("test").setContentType("text/plain")
        .setBody(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8))).setHeaders(Map.of()).build();
    return new AvroSerde<>(RawPage.class).serializer().serialize("pages.raw", page);
  }
}
