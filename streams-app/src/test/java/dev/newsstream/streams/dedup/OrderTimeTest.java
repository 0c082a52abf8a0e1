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
  void theStatedTimeIsTheCrawlTimeForAPageWithoutAPublicationTimeNeverASentinel() {
    Instant published = Instant.parse("2025-11-01T06:00:00Z");
    Instant fetched = Instant.parse("2017-03-06T04:02:06Z");
    // review 10: a dateless WARC record (fetchedAt = WARC-Date) got pageTime 9223372036854775807
    assertThat(OrderTime.statedTime(article(null, fetched))).isEqualTo(fetched.toEpochMilli());
    assertThat(DuplicateNotices.pageTime(article(null, fetched))).isEqualTo(fetched);
    assertThat(OrderTime.statedTime(article(published, null))).isEqualTo(published.toEpochMilli());
    assertThat(OrderTime.statedTime(article(published, fetched))).as("published after the fetch: the fetch")
        .isEqualTo(fetched.toEpochMilli());
    assertThat(OrderTime.statedTime(article(fetched, published))).isEqualTo(fetched.toEpochMilli());
    assertThat(OrderTime.statedTime(article(null, null))).isNull();
    assertThat(DuplicateNotices.pageTime(article(null, null))).isNull();
    assertThat(DuplicateNotices.of(article(null, fetched), dev.newsstream.schema.DuplicateKind.SAME_URL, "a", 1.0, 5)
        .getPageTime()).isEqualTo(fetched);
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
  void rankIsLexicographicInTheOwnTimesMinuteThenTheCrawlTime() {
    Random random = new Random(16);
    long base = Instant.parse("2025-12-02T08:00:00Z").toEpochMilli();
    long fourYears = Duration.ofDays(4 * 365).toMillis();
    for (int i = 0; i < 100_000; i++) {
      long t1 = base + random.nextInt(180_000) - 90_000; // own times within a few minutes
      long t2 = random.nextInt(4) == 0 ? t1 : base + random.nextInt(180_000) - 90_000;
      // crawled from 1 ms to 4 years after the own time (never before: OrderTime.ownTime), over the orders of
      // magnitude; same-time pages sometimes crawled 1 ms apart
      long c1 = t1 + (long) Math.pow(10, random.nextDouble() * Math.log10(fourYears));
      long c2 = t2 == t1 && random.nextBoolean() ? c1 + random.nextInt(3) - 1 : t2 + (long) Math.pow(10,
          random.nextDouble() * Math.log10(fourYears));
      long m1 = Math.floorDiv(t1, 60_000L);
      long m2 = Math.floorDiv(t2, 60_000L);
      int expected = m1 != m2 ? Long.compare(m1, m2) : Long.compare(Math.max(c1, t1), Math.max(c2, t2));
      assertThat(Long.compare(OrderTime.rank(t1, c1), OrderTime.rank(t2, c2)))
          .as("own %d crawled %d vs own %d crawled %d", t1, c1, t2, c2).isEqualTo(expected);
    }
    assertThat(OrderTime.rank(base, base + 1)).as("1 ms apart, a year after publication")
        .isLessThan(OrderTime.rank(base, base + 2));
    long yearLater = base + Duration.ofDays(365).toMillis();
    assertThat(OrderTime.rank(base, yearLater)).isLessThan(OrderTime.rank(base, yearLater + 1));
    assertThat(OrderTime.rank(-5_000_000_000_000L, 0)).as("clamped (1811 to 1873), still ordered")
        .isLessThan(OrderTime.rank(-1, 0)).isLessThan(OrderTime.rank(0, 0));
    assertThat(OrderTime.rank(base, base - 5)).as("a crawl before the own time's minute counts as its start")
        .isEqualTo(OrderTime.rank(base, base));
  }
}
