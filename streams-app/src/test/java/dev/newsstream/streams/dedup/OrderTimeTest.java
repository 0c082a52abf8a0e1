package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
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
    long p = published.toEpochMilli();
    long f = fetched.toEpochMilli();
    assertThat(OrderTime.of(article(published, fetched), arrival)).as("publication, then crawl delay")
        .isEqualTo(OrderTime.rank(p, f));
    assertThat(OrderTime.of(article(null, fetched), arrival)).as("crawl time").isEqualTo(OrderTime.rank(f, f));
    assertThat(OrderTime.of(article(fetched.plusSeconds(3600), fetched), arrival))
        .as("a publication date after the fetch is not believed").isEqualTo(OrderTime.rank(f, f));
    assertThat(OrderTime.of(article(null, null), arrival)).as("neither: the record timestamp")
        .isEqualTo(OrderTime.rank(arrival, arrival));
    assertThat(OrderTime.ownTime(article(published, fetched), arrival)).isEqualTo(p);
  }

  @Test
  void aCopyStatingTheOriginalsPublicationTimeRanksAfterItWhenCrawledLater() {
    Instant published = Instant.parse("2025-12-02T08:00:00Z");
    long original = OrderTime.of(article(published, published.plusSeconds(3600)), 0);
    long copy = OrderTime.of(article(published, published.plusSeconds(3608)), 0);
    assertThat(original).isLessThan(copy);
    // The publication time still comes first: an earlier-published page crawled much later ranks before.
    long earlierPublished = OrderTime.of(article(published.minusMillis(1), published.plus(Duration.ofDays(400))), 0);
    assertThat(earlierPublished).isLessThan(original);
  }

  @Test
  void rankIsLexicographicInOwnTimeThenCrawlDelayUpToTheDelaysResolution() {
    Random random = new Random(16);
    long base = Instant.parse("2025-12-02T08:00:00Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      long t1 = base + random.nextInt(5) - 2;
      long t2 = base + random.nextInt(5) - 2;
      // delays from 0 to about 3 years, spread over the orders of magnitude
      long d1 = (long) Math.pow(10, random.nextDouble() * 11);
      long d2 = random.nextInt(4) == 0 ? d1 + random.nextInt(3) : (long) Math.pow(10, random.nextDouble() * 11);
      long r1 = OrderTime.rank(t1, t1 + d1);
      long r2 = OrderTime.rank(t2, t2 + d2);
      if (t1 != t2) {
        assertThat(Long.compare(r1, r2)).as("own time first").isEqualTo(Long.compare(t1, t2));
      } else if (d1 < d2) {
        assertThat(r1).as("never inverted").isLessThanOrEqualTo(r2);
        // Told apart when they differ by more than the resolution: 15 significant bits.
        if (d2 - d1 > Math.max(1, d2 >> 14)) {
          assertThat(r1).isLessThan(r2);
        }
      }
    }
    assertThat(OrderTime.rank(base, base + 32_767)).as("exact below 2^15 ms")
        .isLessThan(OrderTime.rank(base, base + 32_768));
    assertThat(OrderTime.rank(-20_000_000_000_000L, 0)).as("clamped, still ordered")
        .isLessThan(OrderTime.rank(-1, 0)).isLessThan(OrderTime.rank(0, 0));
    assertThat(OrderTime.rank(base, base - 5)).as("a crawl before the own time counts as no delay")
        .isEqualTo(OrderTime.rank(base, base));
    assertThat(OrderTime.delayCode(Long.MAX_VALUE)).isEqualTo((1L << OrderTime.DELAY_BITS) - 1);
  }
}
