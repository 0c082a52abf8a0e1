package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format by content when the file name does not say it. */
class FeedSnifferTest {
  @TempDir Path dir;

  @Test
  void tellsArchivesJsonLinesAndPagesApartByTheirFirstBytes() throws Exception {
    byte[] warc = DamagedWarcs.response(1, false);
    assertThat(FeedFormat.AUTO.resolve(Files.write(dir.resolve("crawl.bin"), warc))).isEqualTo(FeedFormat.WARC);
    assertThat(FeedFormat.AUTO.resolve(Files.write(dir.resolve("crawl-gz"), DamagedWarcs.response(1, true))))
        .isEqualTo(FeedFormat.WARC);
    assertThat(FeedFormat.AUTO.resolve(Files.write(dir.resolve("old.dat"), WarcFixtures.gzip(
        "filedesc://x.arc 0.0.0.0 20251125101530 text/plain 10\n".getBytes(StandardCharsets.US_ASCII)))))
        .isEqualTo(FeedFormat.WARC);
    assertThat(FeedFormat.AUTO.resolve(Files.writeString(dir.resolve("pages.txt"), "\n {\"url\":\"https://a.example/\"}\n")))
        .isEqualTo(FeedFormat.JSONL);
    assertThat(FeedFormat.AUTO.resolve(Files.writeString(dir.resolve("page"), "<!DOCTYPE html><html></html>")))
        .isEqualTo(FeedFormat.PAGE);
    assertThat(FeedFormat.AUTO.resolve(Files.writeString(dir.resolve("dump"), "date 2025-11-25 https://a.example/x\nT\n")))
        .isEqualTo(FeedFormat.PAGE);
    assertThat(FeedFormat.AUTO.resolve(dir.resolve("crawl.arc.gz"))).as("by name").isEqualTo(FeedFormat.WARC);
  }

  @Test
  void aWarcWithAnotherNameIsReadAsAnArchiveNotAsOnePage() throws Exception {
    Path file = Files.write(dir.resolve("download"), DamagedWarcs.concat(DamagedWarcs.responses(2, true)));
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, new RawPageFactory("t", 1 << 20))) {
      assertThat(feed).isInstanceOf(WarcFeed.class);
      assertThat(feed.next()).isInstanceOf(FeedItem.Page.class);
      assertThat(feed.next()).isInstanceOf(FeedItem.Page.class);
      assertThat(feed.hasNext()).isFalse();
    }
  }

  @Test
  void gzippedJsonLinesAndPagesAreDecompressedWhateverTheirName() throws Exception {
    Path jsonl = Files.write(dir.resolve("feed"), WarcFixtures.gzip(
        "{\"url\":\"https://a.example/1\",\"html\":\"<p>One</p>\"}\n".getBytes(StandardCharsets.UTF_8)));
    try (PageFeed feed = FeedFormat.AUTO.open(jsonl, null, new RawPageFactory("t", 1 << 20))) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/1");
    }
    Path page = Files.write(dir.resolve("saved"), WarcFixtures.gzip(
        "<html><head><link rel=canonical href='https://a.example/p'></head><body><p>x</p></body></html>"
            .getBytes(StandardCharsets.UTF_8)));
    try (PageFeed feed = FeedFormat.AUTO.open(page, null, new RawPageFactory("t", 1 << 20))) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/p");
    }
  }

  @Test
  void stdinIsSniffedLikeAFileWithoutATellingName() throws Exception {
    byte[] lines = ("{\"url\":\"https://a.example/z\",\"text\":\"fine text here for an article\"}\n"
        + "{\"url\":\"https://a.example/y\",\"html\":\"<p>Two</p>\"}\n").getBytes(StandardCharsets.UTF_8);
    try (PageFeed feed = FeedFormat.AUTO.openStdin(new java.io.ByteArrayInputStream(lines), null,
        new RawPageFactory("t", 1 << 20))) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/z");
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/y");
      assertThat(feed.hasNext()).isFalse();
    }
    try (PageFeed feed = FeedFormat.AUTO.openStdin(new java.io.ByteArrayInputStream(WarcFixtures.gzip(lines)), null,
        new RawPageFactory("t", 1 << 20))) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/z");
    }
    byte[] html = "<html><head><link rel=canonical href='https://a.example/p'></head><body><p>x</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    try (PageFeed feed = FeedFormat.AUTO.openStdin(new java.io.ByteArrayInputStream(html), null,
        new RawPageFactory("t", 1 << 20))) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://a.example/p");
      assertThat(feed.hasNext()).isFalse();
    }
  }
}
