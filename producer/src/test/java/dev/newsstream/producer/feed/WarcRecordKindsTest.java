package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each kind of archived record becomes: page, skip with a reason, or failure. */
class WarcRecordKindsTest {
  static final String HTML = "<html><head><title>T</title></head><body><p>A story about the port.</p></body></html>";
  @TempDir Path dir;

  private List<FeedItem> read(String name, byte[] bytes, CaptureDigests captures) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, new RawPageFactory("t", 1 << 20), captures)) {
      feed.forEachRemaining(items::add);
    }
    return items;
  }

  private List<FeedItem> read(String name, byte[]... records) throws Exception {
    return read(name, DamagedWarcs.concat(List.of(records)), CaptureDigests.forRun());
  }

  private static RawPage onlyPage(List<FeedItem> items) {
    assertThat(items).hasSize(1).first().isInstanceOf(FeedItem.Page.class);
    return ((FeedItem.Page) items.get(0)).page();
  }

  private static String skipReason(List<FeedItem> items) {
    assertThat(items).hasSize(1).first().isInstanceOf(FeedItem.Skipped.class);
    return ((FeedItem.Skipped) items.get(0)).reason();
  }

  @Test
  void contentEncodingGzipOverAPlainStoredBodyFallsBackToTheStoredBytes() throws Exception {
    byte[] plain = HTML.getBytes(StandardCharsets.UTF_8);
    RawPage page = onlyPage(read("ce.warc", DamagedWarcs.response("https://n.example/a", "text/html", plain, "gzip", null)));
    assertThat(WarcFeedTest.bytes(page.getBody())).isEqualTo(plain);
  }

  @Test
  void contentEncodingGzipOverDamagedGzipDataIsAFailureNotGarbage() throws Exception {
    byte[] gz = WarcFixtures.gzip(HTML.getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    List<FeedItem> items = read("cut.warc", DamagedWarcs.response("https://n.example/a", "text/html", cut, "gzip", null));
    assertThat(items).hasSize(1).first().isInstanceOfSatisfying(FeedItem.Invalid.class,
        i -> assertThat(i.error()).contains("content encoding not decodable"));
  }

  @Test
  void contentEncodingGzipWithOnlyItsTrailerCutKeepsTheCompletePage() throws Exception {
    // A capture truncated by a few bytes: the deflate data is whole, the CRC/length trailer is not.
    byte[] html = HTML.getBytes(StandardCharsets.UTF_8);
    byte[] gz = WarcFixtures.gzip(html);
    for (int cut : new int[] {1, 2, 8}) {
      byte[] shortened = java.util.Arrays.copyOf(gz, gz.length - cut);
      RawPage page = onlyPage(read("trailer-" + cut + ".warc",
          DamagedWarcs.response("https://n.example/a", "text/html", shortened, "gzip", null)));
      assertThat(WarcFeedTest.bytes(page.getBody())).isEqualTo(html);
    }
  }

  @Test
  void aPresentNonHtmlContentTypeIsTrustedEvenWhenTheBodyHasTags() throws Exception {
    byte[] js = "document.write('<p>Comments</p><html>');".getBytes(StandardCharsets.UTF_8);
    byte[] json = "{\"html\":\"<p>Reader comment</p>\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(skipReason(read("js.warc", DamagedWarcs.response("https://n.example/w.js", "application/javascript", js, null, null))))
        .isEqualTo("not HTML");
    assertThat(skipReason(read("json.warc", DamagedWarcs.response("https://n.example/api", "application/json; charset=utf-8", json, null, null))))
        .isEqualTo("not HTML");
  }

  @Test
  void theBodyIsSniffedOnlyWhenTheTypeIsAbsentOrSaysNothing() throws Exception {
    byte[] html = HTML.getBytes(StandardCharsets.UTF_8);
    assertThat(onlyPage(read("none.warc", DamagedWarcs.response("https://n.example/a", null, html, null, null))).getUrl())
        .isEqualTo("https://n.example/a");
    assertThat(onlyPage(read("plain.warc", DamagedWarcs.response("https://n.example/b", "text/plain", html, null, null))).getUrl())
        .isEqualTo("https://n.example/b");
    assertThat(skipReason(read("words.warc", DamagedWarcs.response("https://n.example/c", null,
        "\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1), null, null)))).isEqualTo("not HTML");
  }

  @Test
  void aSuccessfulResponseWithoutBodyIsSkippedNotFailed() throws Exception {
    assertThat(skipReason(read("empty.warc", DamagedWarcs.response("https://n.example/e", "text/html", new byte[0], null, null))))
        .isEqualTo("empty body");
  }

  @Test
  void utf16PagesByByteOrderMarkOrHeaderCharsetArePages() throws Exception {
    byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, HTML.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = HTML.getBytes(StandardCharsets.UTF_16BE); // no BOM: the header says UTF-16
    RawPage bom = onlyPage(read("le.warc", DamagedWarcs.response("https://n.example/le", "text/html", le, null, null)));
    assertThat(bom.getCharset()).isEqualTo("utf-16le");
    RawPage header = onlyPage(read("be.warc", DamagedWarcs.response("https://n.example/be", "text/plain; charset=UTF-16", be, null, null)));
    assertThat(header.getCharset()).isEqualTo("utf-16be");
  }

  @Test
  void aRevisitSaysWhichEarlierCaptureItRepeats() throws Exception {
    String digest = "sha1:DR5MBP7OD3OPA7RFKWJUD4CTNUQUGFC5";
    CaptureDigests captures = CaptureDigests.forRun();
    List<FeedItem> first = read("first.warc", DamagedWarcs.response("https://n.example/a", "text/html",
        HTML.getBytes(StandardCharsets.UTF_8), null, digest), captures);
    assertThat(first).hasSize(1).first().isInstanceOf(FeedItem.Page.class);
    // Another file of the same run: the revisit points back to the first file's capture.
    List<FeedItem> later = read("later.warc", DamagedWarcs.concat(List.of(DamagedWarcs.revisit("https://n.example/a", digest),
        DamagedWarcs.revisit("https://n.example/b", "sha1:AAAABP7OD3OPA7RFKWJUD4CTNUQUGFC5"))), captures);
    assertThat(later).hasSize(2).allMatch(FeedItem.Skipped.class::isInstance);
    FeedItem.Skipped known = (FeedItem.Skipped) later.get(0);
    assertThat(known.reason()).isEqualTo("WARC revisit of a capture read earlier in this run");
    assertThat(known.detail()).contains("first.warc@0", "https://n.example/a");
    assertThat(((FeedItem.Skipped) later.get(1)).reason()).isEqualTo("WARC revisit of a capture not in this run");
  }

  @Test
  void recordsSharingOneGzipMemberHaveDistinctNamesSoARevisitNeverNamesItself() throws Exception {
    String digest = "sha1:DR5MBP7OD3OPA7RFKWJUD4CTNUQUGFC5";
    byte[] response = DamagedWarcs.response("https://n.example/a", "text/html", HTML.getBytes(StandardCharsets.UTF_8),
        null, digest);
    byte[] revisit = DamagedWarcs.revisit("https://n.example/a", digest);
    // The whole file gzipped as one member (gzip crawl.warc), not one member per record.
    List<FeedItem> items = read("whole.warc.gz", WarcFixtures.gzip(DamagedWarcs.concat(List.of(response, revisit))),
        CaptureDigests.forRun());
    assertThat(items).hasSize(2);
    Path file = dir.resolve("whole.warc.gz");
    assertThat(items.get(0).name()).isEqualTo(file + "@0 https://n.example/a");
    assertThat(items.get(1).name()).isEqualTo(file + "@0+" + response.length + " https://n.example/a");
    assertThat(((FeedItem.Skipped) items.get(1)).detail()).startsWith("same payload as " + file + "@0 https://n.example/a");
  }

  @Test
  void arcFilesAreReadAsArchivesPlainAndGzipped() throws Exception {
    String http1 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML;
    String http2 = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body><p>gone</p></body></html>";
    String desc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
    String filedesc = "filedesc://test.arc 0.0.0.0 20251125101530 text/plain " + desc.length() + "\n" + desc + "\n";
    String r1 = "https://n.example/arc-a 192.0.2.1 20251125101530 text/html " + http1.length() + "\n" + http1 + "\n";
    String r2 = "https://n.example/arc-b 192.0.2.1 20251125101531 text/html " + http2.length() + "\n" + http2 + "\n";
    for (boolean gzip : new boolean[] {false, true}) {
      byte[] bytes = gzip
          ? DamagedWarcs.concat(List.of(gz(filedesc), gz(r1), gz(r2)))
          : (filedesc + r1 + r2).getBytes(StandardCharsets.ISO_8859_1);
      List<FeedItem> items = read(gzip ? "crawl.arc.gz" : "crawl.arc", bytes, CaptureDigests.forRun());
      assertThat(items).filteredOn(FeedItem.Page.class::isInstance)
          .extracting(i -> ((FeedItem.Page) i).page().getUrl()).containsExactly("https://n.example/arc-a");
      assertThat(items).filteredOn(FeedItem.Skipped.class::isInstance)
          .extracting(i -> ((FeedItem.Skipped) i).reason()).contains("HTTP 4xx");
      assertThat(items).noneMatch(FeedItem.Invalid.class::isInstance);
    }
  }

  private static byte[] gz(String s) throws Exception {
    return WarcFixtures.gzip(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    return DamagedWarcs.concat(List.of(bom, body));
  }
}
