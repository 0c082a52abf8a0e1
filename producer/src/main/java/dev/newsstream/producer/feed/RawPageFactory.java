package dev.newsstream.producer.feed;

import dev.newsstream.page.PageSniffer;
import dev.newsstream.schema.RawPage;
import dev.newsstream.url.CanonicalUrl;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns {@link PageFields} into a validated {@link RawPage}: the one place every feed (files, WARC, JSON lines,
 * HTTP ingest) goes through, so that all of them apply the same size limit, URL check and defaults.
 */
public final class RawPageFactory {
  private final String defaultSource;
  private final int maxPageBytes;
  /** The last default crawl time handed out (epoch ms): see {@link #defaultFetchedAt}. */
  private final AtomicLong lastDefault = new AtomicLong(Long.MIN_VALUE);

  public RawPageFactory(String defaultSource, int maxPageBytes) {
    this.defaultSource = defaultSource;
    this.maxPageBytes = maxPageBytes;
  }

  public int maxPageBytes() {
    return maxPageBytes;
  }

  /** @throws IllegalArgumentException with a message fit for the user when the page cannot be sent. */
  public RawPage build(PageFields f) {
    byte[] body = f.body();
    if (body == null || body.length == 0) {
      throw new IllegalArgumentException("empty page");
    }
    if (isBlank(body)) {
      // said before any URL check: "declares no URL" sent users looking for a canonical link in a blank file
      throw new IllegalArgumentException("empty page (only whitespace, " + body.length + " bytes)");
    }
    if (body.length > maxPageBytes) {
      throw new IllegalArgumentException("page too large: " + (body.length > maxPageBytes + 1 ? "" : "at least ")
          + body.length + " bytes, max.page.bytes is " + maxPageBytes);
    }
    if (PageSniffer.kind(body, f.charset()) == PageSniffer.Kind.UNKNOWN && !HttpPayload.isText(body) && !hasUtf16Bom(body)) {
      // Said first: "declares no URL" sent users looking for a canonical link in an image.
      throw new IllegalArgumentException("binary data, not a page (" + body.length + " bytes starting "
          + hexStart(body) + "; an image, archive or other non-text file)");
    }
    String url = f.url() != null && !f.url().isBlank() ? f.url().strip() : declaredUrl(body, f.charset());

    CanonicalUrl.of(url); // validates, with a clear message
    return RawPage.newBuilder()
        .setUrl(url)
        .setFetchedAt(f.fetchedAt() != null ? f.fetchedAt() : defaultFetchedAt())
        .setSource(f.source() != null && !f.source().isBlank() ? f.source() : defaultSource)
        .setContentType(f.contentType() != null ? f.contentType() : sniffedType(body, f.charset()))
        .setCharset(f.charset() != null ? f.charset() : PageSniffer.declaredCharset(body).orElse(null))
        .setBody(ByteBuffer.wrap(body))
        .setHttpStatus(f.httpStatus())
        .setHeaders(f.headers() == null ? Map.of() : Map.copyOf(f.headers()))
        .build();
  }

  /**
   * The URL the page declares for itself, as {@link PageSniffer#findDeclaredUrl} reads it (no page URL known here:
   * a caller that knows one passes it as {@code PageFields.url}).
   *
   * @throws IllegalArgumentException saying whether the page declares no URL or only a relative one
   */
  static String declaredUrl(byte[] body, String charset) {
    PageSniffer.DeclaredUrl declared = PageSniffer.findDeclaredUrl(body, charset, null);
    if (declared.url().isPresent()) {
      return declared.url().get();
    }
    if (declared.unresolvedHref() != null) {
      throw new IllegalArgumentException("no URL: found a relative canonical link (" + abbreviate(
          declared.unresolvedHref()) + ") but no page URL to resolve it; give the page's URL (--url, or the url field)");
    }
    throw new IllegalArgumentException("no URL: the page declares none (no text-dump header, canonical link "
        + "or og:url) and none was given");
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  /**
   * A page that says nothing about its crawl was crawled now, as far as anyone can tell; the pages of one run get
   * strictly increasing times (at least 1 ms apart, thread-safe for the ingest server), so a directory's files keep
   * the order they are sent in. Dedup ranks copies that state the same publication time by crawl time (the copy
   * appears after its original): pages read within one millisecond would otherwise tie and be ranked by id.
   */
  private Instant defaultFetchedAt() {
    long now = System.currentTimeMillis();
    return Instant.ofEpochMilli(lastDefault.updateAndGet(last -> Math.max(now, last + 1)));
  }

  /** Only ASCII whitespace, after a UTF-8 byte-order mark if any: a page with no text at all. */
  static boolean isBlank(byte[] b) {
    int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' && b[i] != '\f') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  private static String hexStart(byte[] b) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(4, b.length); i++) {
      out.append(i == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xFF));
    }
    return out.toString();
  }

  private static String sniffedType(byte[] body, String charset) {
    return switch (PageSniffer.kind(body, charset)) {
      case TEXT_DUMP -> PageSniffer.TEXT_DUMP_TYPE;
      case HTML -> PageSniffer.HTML_TYPE;
      case UNKNOWN -> null;
    };
  }
}
