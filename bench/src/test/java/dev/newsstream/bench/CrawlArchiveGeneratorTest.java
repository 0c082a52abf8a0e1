package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.producer.feed.FeedFormat;
import dev.newsstream.producer.feed.FeedItem;
import dev.newsstream.producer.feed.PageFeed;
import dev.newsstream.producer.feed.RawPageFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlArchiveGeneratorTest {
  @TempDir Path dir;

  @Test
  void writesACommonCrawlShapedArchiveThatTheFeedReadsRecordForRecord() throws Exception {
    Path file = dir.resolve("cc.warc.gz");
    CrawlArchiveGenerator.Written w = CrawlArchiveGenerator.write(file, 120, 5);
    assertThat(w.responses()).isEqualTo(120);
    assertThat(w.htmlPages()).isGreaterThan(100);
    long pages = 0;
    Map<String, Long> skipped = new TreeMap<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, new RawPageFactory("t", 5 << 20))) {
      while (feed.hasNext()) {
        FeedItem item = feed.next();
        assertThat(item).isNotInstanceOf(FeedItem.Invalid.class);
        if (item instanceof FeedItem.Page page) {
          pages++;
          assertThat(page.page().getBody().remaining()).isGreaterThan(5_000);
        } else if (item instanceof FeedItem.Skipped s) {
          skipped.merge(s.reason(), 1L, Long::sum);
        }
      }
    }
    assertThat(pages).isEqualTo(w.htmlPages());
    assertThat(skipped).containsEntry("WARC warcinfo record", 1L).containsEntry("WARC request record", 120L)
        .containsEntry("WARC metadata record", 120L);
    assertThat(skipped.getOrDefault("HTTP 3xx", 0L)).isEqualTo(w.redirects());
    assertThat(skipped.getOrDefault("not HTML", 0L)).isEqualTo(w.otherTypes());
  }
}
