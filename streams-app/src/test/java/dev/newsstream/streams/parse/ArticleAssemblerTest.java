package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {
  private final PageParser parser = new PageParser(10_000_000);

  @Test
  void eventKeepsThePagesUtcOffset() {
    byte[] page = ("<html><head><meta property=\"article:published_time\" content=\"2025-11-25T09:57:00+03:00\">"
        + "<title>Bridge reopens after repairs</title></head><body><article><h1>Bridge reopens after repairs</h1>"
        + HtmlMetadataTest.PROSE + HtmlMetadataTest.PROSE + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    ParsedArticle a = ((ParseOutcome.Parsed) parser.parse(page, "https://news.example.com/bridge", null)).article();
    Article event = ArticleAssembler.assemble("https://news.example.com/bridge", a, Instant.EPOCH);
    assertThat(event.getPublishedAt()).isEqualTo(Instant.parse("2025-11-25T06:57:00Z"));
    assertThat(event.getPublishedOffsetMinutes()).isEqualTo(180);
  }

  @Test
  void noDateNoOffset() {
    byte[] page = ("<html><head><title>Bridge reopens after repairs</title></head><body><article>"
        + HtmlMetadataTest.PROSE + HtmlMetadataTest.PROSE + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    ParsedArticle a = ((ParseOutcome.Parsed) parser.parse(page, "https://news.example.com/bridge", null)).article();
    assertThat(ArticleAssembler.assemble("https://news.example.com/bridge", a, Instant.EPOCH).getPublishedOffsetMinutes())
        .isNull();
  }

  private ParsedArticle publishedAt(String date) {
    byte[] page = ("<html><head><meta property=\"article:published_time\" content=\"" + date + "\">"
        + "<title>Glacier museum opens</title></head><body><article><h1>Glacier museum opens</h1>"
        + HtmlMetadataTest.PROSE + HtmlMetadataTest.PROSE + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    return ((ParseOutcome.Parsed) parser.parse(page, "https://news.example.com/museum", null)).article();
  }

  @Test
  void aPublicationDateMoreThanADayAfterTheCrawlIsDroppedButAnHourAheadInAnotherZoneSurvives() {
    Instant fetched = Instant.parse("2026-12-07T08:00:00Z");
    Article future = ArticleAssembler.assemble("https://news.example.com/museum", publishedAt("2099-12-07T08:00:00Z"),
        Instant.EPOCH, fetched);
    assertThat(future.getPublishedAt()).isNull();
    assertThat(future.getPublishedOffsetMinutes()).isNull();
    // 10:00 at +01:00 is 09:00Z, an hour after the crawl: a clock or zone slip, not a wrong date.
    Article hourAhead = ArticleAssembler.assemble("https://news.example.com/museum",
        publishedAt("2026-12-07T10:00:00+01:00"), Instant.EPOCH, fetched);
    assertThat(hourAhead.getPublishedAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    assertThat(hourAhead.getPublishedOffsetMinutes()).isEqualTo(60);
    assertThat(ArticleAssembler.assemble("https://news.example.com/museum", publishedAt("2026-12-08T08:00:00Z"),
        Instant.EPOCH, fetched).getPublishedAt()).as("exactly a day ahead: kept").isNotNull();
    assertThat(ArticleAssembler.assemble("https://news.example.com/museum", publishedAt("2099-12-07T08:00:00Z"),
        Instant.EPOCH, null).getPublishedAt()).as("crawl time unknown: kept").isNotNull();
  }
}
