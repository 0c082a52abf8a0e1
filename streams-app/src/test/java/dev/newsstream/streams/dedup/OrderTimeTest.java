package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTimeTest {
  private static Article article(Instant published, Instant fetched) {
    return Article.newBuilder().setId("a").setVersion(1).setUrl("https://x.example/a")
        .setCanonicalUrl("https://x.example/a").setBody("b").setContentHash("h").setIngestedAt(Instant.EPOCH)
        .setParserVersion("t").setPublishedAt(published).setFetchedAt(fetched).build();
  }

  @Test
  void isThePagesOwnTimeNotItsArrival() {
    Instant published = Instant.parse("2025-11-01T06:00:00Z");
    Instant fetched = Instant.parse("2025-11-01T09:00:00Z");
    long arrival = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    assertThat(OrderTime.of(article(published, fetched), arrival)).as("publication").isEqualTo(published.toEpochMilli());
    assertThat(OrderTime.of(article(null, fetched), arrival)).as("crawl time").isEqualTo(fetched.toEpochMilli());
    assertThat(OrderTime.of(article(fetched.plusSeconds(3600), fetched), arrival))
        .as("a publication date after the fetch is not believed").isEqualTo(fetched.toEpochMilli());
    assertThat(OrderTime.of(article(null, null), arrival)).as("neither: the record timestamp").isEqualTo(arrival);
  }
}
