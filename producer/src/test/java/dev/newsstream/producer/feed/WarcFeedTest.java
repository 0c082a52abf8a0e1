package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcFeedTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void readsHtmlResponsesAndCountsWhatItSkips(boolean gzip) throws Exception {
    Path warc = WarcFixtures.writeCrawl(dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), gzip);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(warc, null, new RawPageFactory("warc-test", 1 << 20))) {
      feed.forEachRemaining(items::add);
      assertThat(feed.position()).isPositive();
    }

    List<RawPage> pages = items.stream().filter(FeedItem.Page.class::isInstance)
        .map(i -> ((FeedItem.Page) i).page()).toList();
    assertThat(pages).extracting(RawPage::getUrl).containsExactly(WarcFixtures.CYRILLIC_URL, WarcFixtures.GZIP_URL);
    assertThat(items).filteredOn(FeedItem.Skipped.class::isInstance)
        .extracting(i -> ((FeedItem.Skipped) i).reason())
        .containsExactly("WARC request record", "not HTML", "HTTP 3xx", "HTTP 4xx");
    assertThat(items).noneMatch(FeedItem.Invalid.class::isInstance);

    RawPage ru = pages.get(0);
    assertThat(ru.getHttpStatus()).isEqualTo(200);
    assertThat(ru.getCharset()).isEqualTo("windows-1251");
    assertThat(ru.getContentType()).startsWith("text/html").endsWith("charset=windows-1251");
    assertThat(ru.getFetchedAt()).isEqualTo(WarcFixtures.FETCHED);
    assertThat(ru.getSource()).isEqualTo("warc-test");
    assertThat(ru.getHeaders()).containsEntry("server", "nginx").containsKey("x-warc-record-id")
        .containsEntry("x-warc-file", warc.getFileName().toString());
    // The original bytes, still in windows-1251: never re-encoded.
    assertThat(new String(bytes(ru.getBody()), WarcFixtures.CP1251)).isEqualTo(WarcFixtures.cyrillicHtml());

    RawPage en = pages.get(1);
    assertThat(en.getCharset()).as("no charset in Content-Type: the page's <meta charset>").isEqualTo("utf-8");
    // Content-Encoding: gzip is undone so the body is the page itself.
    assertThat(new String(bytes(en.getBody()), StandardCharsets.UTF_8)).isEqualTo(WarcFixtures.englishHtml());
  }

  @ParameterizedTest(name = "gzip={0}")
  @ValueSource(booleans = {false, true})
  void aPageOverTheSizeLimitIsInvalidNotFatal(boolean gzip) throws Exception {
    Path warc = WarcFixtures.writeCrawl(dir.resolve(gzip ? "c.warc.gz" : "c.warc"), gzip);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.WARC.open(warc, null, new RawPageFactory("t", 200))) {
      feed.forEachRemaining(items::add);
    }
    assertThat(items).filteredOn(FeedItem.Invalid.class::isInstance).hasSize(2)
        .allSatisfy(i -> assertThat(((FeedItem.Invalid) i).error()).contains("too large"));
    assertThat(items).filteredOn(FeedItem.Skipped.class::isInstance).hasSize(4);
  }

  @Test
  void readsAWarcFromStdinWhenTheFormatIsForced() throws Exception {
    Path warc = WarcFixtures.writeCrawl(dir.resolve("s.warc.gz"), true);
    List<FeedItem> items = new ArrayList<>();
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(warc);
         PageFeed feed = FeedFormat.WARC.openStdin(in, null, new RawPageFactory("t", 1 << 20))) {
      feed.forEachRemaining(items::add);
    }
    assertThat(items).filteredOn(FeedItem.Page.class::isInstance).extracting(FeedItem::name)
        .allSatisfy(name -> assertThat(name).startsWith("<stdin>@")).hasSize(2);
  }

  static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }
}
