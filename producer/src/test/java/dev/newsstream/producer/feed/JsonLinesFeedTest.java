package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.page.PageSniffer;
import dev.newsstream.schema.RawPage;
import dev.newsstream.url.CanonicalUrl;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFeedTest {
  private final RawPageFactory factory = new RawPageFactory("jsonl-test", 1 << 20);
  @TempDir Path dir;

  @Test
  void readsPagesAndReportsBadLinesWithTheirNumbers() throws Exception {
    String jsonl = String.join("\n",
        "{\"url\":\"https://a.example/one\",\"html\":\"<html><body><p>Één</p></body></html>\",\"fetchedAt\":\"2025-11-25T09:57:00Z\",\"status\":200,\"headers\":{\"server\":\"x\"}}",
        "",
        "{\"url\":\"https://a.example/two\", \"html\": \"<p>two</p>\"",
        "[1,2]",
        "{\"html\":\"<p>no url</p>\"}",
        "{\"url\":\"https://a.example/three\",\"text\":\"First paragraph.\\nSecond paragraph.\",\"title\":\"Three & more\",\"fetchedAt\":1764064620000}",
        "{\"url\":\"https://a.example/four\",\"html\":\"<p>x</p>\",\"text\":\"y\"}",
        "{\"url\":\"https://a.example/five\",\"html\":\"<p>x</p>\",\"fetchedAt\":\"yesterday\"}",
        "{\"url\":\"not a url\",\"html\":\"<p>x</p>\"}",
        "{\"url\":\"https://a.example/six\",\"text\":\"date 2025-11-25 https://a.example/six\\nTitle\\nBody line.\",\"source\":\"scrapy\"}",
        "");
    Path file = Files.writeString(dir.resolve("pages.jsonl"), jsonl);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, factory)) {
      feed.forEachRemaining(items::add);
      assertThat(feed.position()).isEqualTo(Files.size(file));
    }

    assertThat(items).filteredOn(FeedItem.Invalid.class::isInstance)
        .extracting(FeedItem::name, i -> ((FeedItem.Invalid) i).error())
        .satisfiesExactly(
            bad -> assertThat(bad.toList()).satisfiesExactly(n -> assertThat(n).isEqualTo(file + ":3"),
                e -> assertThat((String) e).startsWith("not valid JSON")),
            bad -> assertThat(bad.toList()).containsExactly(file + ":4",
                "expected a JSON object with url and html or text, got array"),
            bad -> assertThat(bad.toList()).containsExactly(file + ":5", "missing 'url'"),
            bad -> assertThat(bad.toList()).containsExactly(file + ":7", "give 'html' or 'text', not both"),
            bad -> assertThat(bad.toList().get(0)).isEqualTo(file + ":9"));

    List<RawPage> pages = items.stream().filter(FeedItem.Page.class::isInstance)
        .map(i -> ((FeedItem.Page) i).page()).toList();
    assertThat(pages).extracting(RawPage::getUrl)
        .containsExactly("https://a.example/one", "https://a.example/three", "https://a.example/five",
            "https://a.example/six");
    assertThat(items).filteredOn(FeedItem.Warning.class::isInstance).containsExactly(new FeedItem.Warning(file + ":8",
        "optional field 'fetchedAt' dropped: 'fetchedAt' is not an ISO-8601 time with zone: 'yesterday'"));

    RawPage one = pages.get(0);
    assertThat(one.getFetchedAt()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(one.getHttpStatus()).isEqualTo(200);
    assertThat(one.getHeaders()).containsEntry("server", "x");
    assertThat(one.getCharset()).isEqualTo("utf-8");
    assertThat(one.getSource()).isEqualTo("jsonl-test");
    assertThat(WarcFeedTest.bytes(one.getBody())).isEqualTo("<html><body><p>Één</p></body></html>".getBytes(StandardCharsets.UTF_8));

    RawPage three = pages.get(1);
    assertThat(three.getFetchedAt()).isEqualTo(Instant.ofEpochMilli(1764064620000L));
    assertThat(three.getContentType()).isEqualTo(PageSniffer.HTML_TYPE);
    assertThat(new String(WarcFeedTest.bytes(three.getBody()), StandardCharsets.UTF_8))
        .contains("<title>Three &amp; more</title>", "<p>First paragraph.</p>", "<p>Second paragraph.</p>");
    assertThat(three.getHeaders()).containsEntry("x-newsstream-wrapped", "text");

    RawPage six = pages.get(3);
    assertThat(six.getContentType()).isEqualTo(PageSniffer.TEXT_DUMP_TYPE);
    assertThat(six.getSource()).isEqualTo("scrapy");
  }

  @Test
  void aBadOptionalFieldIsDroppedWithAWarningBeforeItsPageWhileABadRequiredFieldRefusesTheLine() throws Exception {
    String jsonl = String.join("\n",
        "{\"url\":\"https://a.example/ok\",\"html\":\"<p>x</p>\",\"status\":999,\"title\":7,\"headers\":[1],"
            + "\"source\":\"mine\",\"fetchedAt\":\"2025-11-25T09:57:00Z\"}",
        "{\"url\":42,\"html\":\"<p>x</p>\",\"fetchedAt\":\"not-a-date\"}",
        "");
    Path file = Files.writeString(dir.resolve("odd.jsonl"), jsonl);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, factory)) {
      feed.forEachRemaining(items::add);
    }
    assertThat(items).extracting(i -> i.getClass().getSimpleName() + " " + i.name()).containsExactly(
        "Warning " + file + ":1", "Warning " + file + ":1", "Warning " + file + ":1", "Page " + file + ":1",
        "Invalid " + file + ":2");
    assertThat(items.subList(0, 3)).extracting(i -> ((FeedItem.Warning) i).message()).containsExactlyInAnyOrder(
        "optional field 'title' dropped: 'title' must be a string",
        "optional field 'headers' dropped: 'headers' must be an object of name: value",
        "optional field 'status' dropped: 'status' must be an HTTP status code (100-599), got 999");
    RawPage page = ((FeedItem.Page) items.get(3)).page();
    assertThat(page.getHttpStatus()).as("dropped").isNull();
    assertThat(page.getSource()).as("the good optional fields are kept").isEqualTo("mine");
    assertThat(page.getFetchedAt()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(((FeedItem.Invalid) items.get(4)).error()).isEqualTo("'url' must be a string");
  }

  @Test
  void readsGzippedJsonLinesAndStdin() throws Exception {
    String line = "{\"url\":\"https://a.example/gz\",\"html\":\"<p>gz</p>\"}\n";
    Path gz = Files.write(dir.resolve("p.jsonl.gz"), WarcFixtures.gzip(line.repeat(3).getBytes(StandardCharsets.UTF_8)));
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(gz, null, factory)) {
      feed.forEachRemaining(items::add);
    }
    assertThat(items).hasSize(3).allMatch(FeedItem.Page.class::isInstance);

    List<FeedItem> fromStdin = new ArrayList<>();
    try (PageFeed feed = FeedFormat.JSONL.openStdin(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
        null, factory)) {
      feed.forEachRemaining(fromStdin::add);
    }
    assertThat(fromStdin).singleElement().extracting(FeedItem::name).isEqualTo("<stdin>:1");
  }

  @Test
  void formatFollowsTheFileNameUnlessForced() {
    assertThat(FeedFormat.AUTO.resolve(Path.of("a/crawl.warc.gz"))).isEqualTo(FeedFormat.WARC);
    assertThat(FeedFormat.AUTO.resolve(Path.of("crawl.WARC"))).isEqualTo(FeedFormat.WARC);
    assertThat(FeedFormat.AUTO.resolve(Path.of("p.ndjson"))).isEqualTo(FeedFormat.JSONL);
    assertThat(FeedFormat.AUTO.resolve(Path.of("p.jsonl.gz"))).isEqualTo(FeedFormat.JSONL);
    assertThat(FeedFormat.AUTO.resolve(Path.of("page.html"))).isEqualTo(FeedFormat.PAGE);
    assertThat(FeedFormat.AUTO.resolve(Path.of("page.gz"))).isEqualTo(FeedFormat.PAGE);
    assertThat(FeedFormat.JSONL.resolve(Path.of("page.txt"))).isEqualTo(FeedFormat.JSONL);
  }

  @Test
  void pageWithAnInternationalisedHostIsAcceptedUnderThePunycodeId() throws Exception {
    String jsonl = "{\"url\":\"https://nachrichten.bücher-müritz.example/2025/fähre.html\",\"html\":\"<p>x</p>\"}\n"
        + "{\"url\":\"https://nachrichten.b%C3%BCcher-m%C3%BCritz.example/2025/f%c3%a4hre.html\",\"html\":\"<p>x</p>\"}\n";
    Path file = Files.writeString(dir.resolve("idn.jsonl"), jsonl);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, factory)) {
      feed.forEachRemaining(items::add);
    }
    String punycodeId = CanonicalUrl.of("https://nachrichten.xn--bcher-mritz-thbg.example/2025/f%C3%A4hre.html").id();
    assertThat(items).hasSize(2).allSatisfy(item -> {
      assertThat(item).isInstanceOf(FeedItem.Page.class);
      assertThat(CanonicalUrl.of(((FeedItem.Page) item).page().getUrl()).id()).isEqualTo(punycodeId);
    });
  }
}
