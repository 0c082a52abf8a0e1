package dev.newsstream.producer.feed;

import java.time.Instant;
import java.util.Map;

/**
 * What a feed knows about one page before it becomes a RawPage. Everything except {@code body} may be null:
 * {@link RawPageFactory} fills the gaps (URL declared in the page, sniffed type, declared charset, now).
 */
public record PageFields(byte[] body, String url, Instant fetchedAt, String contentType, String charset,
    Integer httpStatus, Map<String, String> headers, String source) {

  public static PageFields of(byte[] body, String url) {
    return new PageFields(body, url, null, null, null, null, Map.of(), null);
  }

  public PageFields withHeaders(Map<String, String> more) {
    java.util.Map<String, String> merged = new java.util.LinkedHashMap<>(headers == null ? Map.of() : headers);
    merged.putAll(more);
    return new PageFields(body, url, fetchedAt, contentType, charset, httpStatus, merged, source);
  }
}
