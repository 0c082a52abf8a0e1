package dev.newsstream.producer.feed;

import dev.newsstream.page.PageSniffer;
import dev.newsstream.schema.RawPage;
import dev.newsstream.url.CanonicalUrl;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

/**
 * Turns {@link PageFields} into a validated {@link RawPage}: the one place every feed (files, WARC, JSON lines,
 * HTTP ingest) goes through, so that all of them apply the same size limit, URL check and defaults.
 */
public final class RawPageFactory {
  private final String defaultSource;
  private final int maxPageBytes;

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
    if (body.length > maxPageBytes) {
      throw new IllegalArgumentException("page too large: " + (body.length > maxPageBytes + 1 ? "" : "at least ")
          + body.length + " bytes, max.page.bytes is " + maxPageBytes);
    }
    String url = f.url() != null && !f.url().isBlank() ? f.url().strip() : PageSniffer.declaredUrl(body, f.charset()).orElse(null);
    if (url == null) {
      throw new IllegalArgumentException("no URL: the page declares none (no text-dump header, canonical link "
          + "or og:url) and none was given");
    }
    CanonicalUrl.of(url); // validates, with a clear message
    return RawPage.newBuilder()
        .setUrl(url)
        .setFetchedAt(f.fetchedAt() != null ? f.fetchedAt() : Instant.now())
        .setSource(f.source() != null && !f.source().isBlank() ? f.source() : defaultSource)
        .setContentType(f.contentType() != null ? f.contentType() : sniffedType(body, f.charset()))
        .setCharset(f.charset() != null ? f.charset() : PageSniffer.declaredCharset(body).orElse(null))
        .setBody(ByteBuffer.wrap(body))
        .setHttpStatus(f.httpStatus())
        .setHeaders(f.headers() == null ? Map.of() : Map.copyOf(f.headers()))
        .build();
  }

  private static String sniffedType(byte[] body, String charset) {
    return switch (PageSniffer.kind(body, charset)) {
      case TEXT_DUMP -> PageSniffer.TEXT_DUMP_TYPE;
      case HTML -> PageSniffer.HTML_TYPE;
      case UNKNOWN -> null;
    };
  }
}
