package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the factory refuses, and how it says so. */
class RawPageFactoryTest {
  private final RawPageFactory factory = new RawPageFactory("t", 1 << 20);

  private static PageFields fields(byte[] body, String url) {
    return new PageFields(body, url, null, null, null, null, Map.of(), null);
  }

  @Test
  void binaryDataIsSaidToBeBinaryNotAPageWithoutAUrl() {
    byte[] png = new byte[600];
    new Random(7).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    assertThatThrownBy(() -> factory.build(fields(png, null))).hasMessage(
        "binary data, not a page (600 bytes starting 89 50 4E 47; an image, archive or other non-text file)");
    // Even with a URL given: bytes like these are no page to send.
    assertThatThrownBy(() -> factory.build(fields(png, "https://n.example/x")))
        .hasMessageStartingWith("binary data, not a page");
  }

  @Test
  void aWhitespaceOnlyPageIsAnEmptyPageNotOneWithoutAUrl() {
    assertThatThrownBy(() -> factory.build(fields("   \n\n  ".getBytes(StandardCharsets.UTF_8), null)))
        .hasMessage("empty page (only whitespace, 7 bytes)");
    assertThatThrownBy(() -> factory.build(fields("\uFEFF \r\n\t".getBytes(StandardCharsets.UTF_8), null)))
        .hasMessageStartingWith("empty page");
    assertThatThrownBy(() -> factory.build(fields(new byte[0], null))).hasMessage("empty page");
    // look-alike: one visible character makes it a page, which then needs its URL
    assertThatThrownBy(() -> factory.build(fields("  x \n".getBytes(StandardCharsets.UTF_8), null)))
        .hasMessageStartingWith("no URL");
  }

  @Test
  void textWithoutAUrlStillSaysNoUrlAndUtf16WithABomIsNotBinary() {
    assertThatThrownBy(() -> factory.build(fields("<html><body><p>hi</p></body></html>"
        .getBytes(StandardCharsets.UTF_8), null))).hasMessageStartingWith("no URL: the page declares none");
    byte[] utf16 = ("\uFEFF<html><head><link rel=canonical href='https://n.example/u'></head><body><p>hi</p></body></html>")
        .getBytes(StandardCharsets.UTF_16LE);
    assertThat(factory.build(fields(utf16, "https://n.example/u")).getUrl()).isEqualTo("https://n.example/u");
  }

  @Test
  void aRelativeCanonicalLinkWithoutAPageUrlIsReportedAsSuchAndAnUpperCaseSchemeIsAccepted() {
    byte[] relative = "<html><head><link rel=canonical href='/news/relative-1'></head><body><p>hi</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> factory.build(fields(relative, null))).hasMessageStartingWith(
        "no URL: found a relative canonical link (/news/relative-1) but no page URL to resolve it");
    byte[] upper = "<html><head><link rel=canonical href=' HTTPS://n.example/x1 '></head><body><p>hi</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(factory.build(fields(upper, null)).getUrl()).isEqualTo("https://n.example/x1");
  }

  @Test
  void aSinglePageResolvesItsRelativeCanonicalLinkAgainstTheUrlOption(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("p.html"),
        "<html><head><link rel=canonical href='//m.example/news/x6'></head><body><p>hi</p></body></html>");
    try (SinglePageFeed feed = SinglePageFeed.file(file, "https://m.example/saved/p.html", factory)) {
      assertThat(((FeedItem.Page) feed.next()).page().getUrl()).isEqualTo("https://m.example/news/x6");
    }
    try (SinglePageFeed feed = SinglePageFeed.file(file, null, factory)) {
      assertThat(((FeedItem.Invalid) feed.next()).error()).startsWith("no URL: found a relative canonical link");
    }
  }

  @Test
  void pagesWithoutACrawlTimeGetStrictlyIncreasingOnesInTheOrderTheyAreBuiltAndGivenOnesAreKept() {
    byte[] html = "<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
    long before = System.currentTimeMillis();
    long last = Long.MIN_VALUE;
    for (int i = 0; i < 200; i++) {
      long t = factory.build(fields(html, "https://n.example/" + i)).getFetchedAt().toEpochMilli();
      assertThat(t).as("page %d", i).isGreaterThan(last).isGreaterThanOrEqualTo(before);
      last = t;
    }
    java.time.Instant given = java.time.Instant.parse("2025-11-25T09:57:00Z");
    assertThat(factory.build(new PageFields(html, "https://n.example/g", given, null, null, null, Map.of(), null))
        .getFetchedAt()).isEqualTo(given);
  }
}
