package dev.newsstream.producer.feed;

import dev.newsstream.page.PageSniffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Pages from a WARC file (plain or gzipped per record, as Heritrix, wget and Common Crawl write them).
 *
 * <p>Only {@code response} records with an HTTP 2xx status and an HTML (or text-dump) payload become pages:
 * <ul>
 *   <li>warcinfo, request, metadata records are not pages and are passed over silently;</li>
 *   <li>revisit records (a capture identical to an earlier one) are skipped as "WARC revisit";</li>
 *   <li>3xx/4xx/5xx responses are skipped and counted ("HTTP 3xx"...): a redirect has no article (its target is
 *       captured as its own record) and an error page is not the article; sending them would only fill
 *       pages.rejected with NOT_AN_ARTICLE noise;</li>
 *   <li>non-HTML responses (images, CSS, scripts, PDFs) are skipped as "not HTML".</li>
 * </ul>
 * A page keeps the HTTP status, the Content-Type and its charset, the HTTP headers, and WARC-Date as fetchedAt.
 * Chunked and gzip/deflate content encodings are undone so the body is the page's own bytes.
 */
public final class WarcFeed extends LookaheadFeed {
  private final String file;
  private final WarcReader reader;
  private final RawPageFactory factory;

  public WarcFeed(String name, WarcReader reader, RawPageFactory factory) {
    this.file = name;
    this.reader = reader;
    this.factory = factory;
  }

  public static WarcFeed open(Path file, RawPageFactory factory) throws IOException {
    return new WarcFeed(file.toString(), new WarcReader(file), factory);
  }

  @Override
  public String name() {
    return file;
  }

  @Override
  public long position() {
    return reader.position();
  }

  @Override
  protected FeedItem advance() {
    try {
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          return null;
        }
        String name = file + "@" + offset;
        if (record.get() instanceof WarcRevisit revisit) {
          return new FeedItem.Skipped(name + " " + revisit.target(), "WARC revisit");
        }
        if (record.get() instanceof WarcResponse response) {
          return toItem(name + " " + response.target(), response);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("WARC " + file + " unreadable at byte " + reader.position() + ": " + e.getMessage(), e);
    }
  }

  private FeedItem toItem(String name, WarcResponse response) {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | IllegalArgumentException e) {
      return new FeedItem.Invalid(name, "not an HTTP response record: " + e.getMessage());
    }
    int status = http.status();
    if (status < 200 || status > 299) {
      return new FeedItem.Skipped(name, "HTTP " + status / 100 + "xx");
    }
    Optional<String> contentTypeHeader = http.headers().first("Content-Type");
    MediaType type = contentTypeHeader.map(MediaType::parseLeniently).orElse(null);
    TypeVerdict verdict = TypeVerdict.of(type);
    if (verdict == TypeVerdict.OTHER) {
      return new FeedItem.Skipped(name, "not HTML"); // images, CSS, scripts: not even read
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(factory.maxPageBytes() + 1);
    } catch (IOException | RuntimeException e) {
      return new FeedItem.Invalid(name, "unreadable body: " + e.getMessage());
    }
    if (verdict == TypeVerdict.SNIFF && PageSniffer.kind(body) == PageSniffer.Kind.UNKNOWN) {
      return new FeedItem.Skipped(name, "not HTML");
    }
    String charset = type == null ? null : type.parameters().get("charset");
    Map<String, String> headers = headers(http);
    headers.put("x-warc-file", Path.of(file).getFileName().toString());
    headers.put("x-warc-record-id", response.id().toString());
    try {
      return new FeedItem.Page(name, factory.build(new PageFields(body, response.target(), response.date(),
          contentTypeHeader.orElse(null), charset == null ? null : charset.toLowerCase(Locale.ROOT), status,
          headers, null)));
    } catch (IllegalArgumentException e) {
      return new FeedItem.Invalid(name, e.getMessage());
    }
  }

  /** What the Content-Type says: HTML, something else, or nothing useful (missing, text/plain, octet-stream). */
  enum TypeVerdict {
    HTML, OTHER, SNIFF;

    static TypeVerdict of(MediaType type) {
      if (type == null || !type.isValid()) {
        return SNIFF;
      }
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return HTML;
      }
      return base.equals("text/plain") || base.equals("application/octet-stream") ? SNIFF : OTHER;
    }
  }

  private static Map<String, String> headers(HttpResponse http) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : http.headers().map().entrySet()) {
      out.put(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // Read-only file.
    }
  }
}
