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
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Pages from a WARC or ARC file (plain or gzipped per record, as Heritrix, wget, warcio and Common Crawl write
 * them; jwarc reads ARC records as response records). Every record is accounted for:
 * <ul>
 *   <li>{@code response} (and {@code resource}) records with HTTP 2xx and an HTML or text-dump payload are pages;</li>
 *   <li>a present Content-Type is trusted: other types (scripts, JSON, images, CSS) are skipped as "not HTML" even
 *       when their text contains a tag; only an absent or non-committal type (text/plain, octet-stream) is sniffed;</li>
 *   <li>3xx/4xx/5xx responses are skipped ("HTTP 3xx"...): a redirect or an error page is not the article; so are
 *       2xx responses with an empty body ("empty body");</li>
 *   <li>revisit records are skipped and counted, saying whether the capture they repeat (same payload digest) was
 *       read earlier in this run and which one it was;</li>
 *   <li>warcinfo, request, metadata, conversion and continuation records are skipped as "WARC TYPE record";</li>
 *   <li>damaged stretches (truncated records, garbage, a damaged gzip member) are failures with their byte range;
 *       a framing gap that loses no record (stray bytes without a record header after a Content-Length too short,
 *       a record re-read after one too long) is a {@link FeedItem.Warning} with its range; reading resumes at the
 *       next record (see {@link ResyncingWarcReader}).</li>
 * </ul>
 * A page keeps the HTTP status, the Content-Type and its charset, the HTTP headers, and WARC-Date as fetchedAt.
 */
public final class WarcFeed extends LookaheadFeed {
  static final String NOT_HTML = "not HTML";

  private final String file;
  private final WarcEntries entries;
  private final RawPageFactory factory;
  private final CaptureDigests captures;
  private long lastInvalidRecord = -1;

  WarcFeed(String name, WarcEntries entries, RawPageFactory factory, CaptureDigests captures) {
    this.file = name;
    this.entries = entries;
    this.factory = factory;
    this.captures = captures;
  }

  /** Opens a WARC/ARC file with resynchronisation after damage. */
  public static WarcFeed open(Path file, RawPageFactory factory, CaptureDigests captures) throws IOException {
    return new WarcFeed(file.toString(), new ResyncingWarcReader(file), factory, captures);
  }

  /** Reads a WARC/ARC stream (stdin): the first damage ends it. */
  public static WarcFeed stream(String name, InputStream in, RawPageFactory factory, CaptureDigests captures)
      throws IOException {
    return new WarcFeed(name, WarcEntries.of(in), factory, captures);
  }

  @Override
  public String name() {
    return file;
  }

  @Override
  public long position() {
    return entries.position();
  }

  @Override
  protected FeedItem advance() {
    try {
      while (true) {
        Optional<WarcEntries.Entry> entry = entries.next();
        if (entry.isEmpty()) {
          return null;
        }
        if (entry.get() instanceof WarcEntries.Entry.Damaged damaged) {
          // A record already reported as unreadable is not counted twice for the stretch it spoils.
          if (!damaged.reason().isEmpty() && !damaged.lost()) {
            return new FeedItem.Warning(file + "@" + damaged.from(), damaged.reason());
          }
          if (!damaged.reason().isEmpty() && damaged.from() != lastInvalidRecord) {
            return new FeedItem.Invalid(file + "@" + damaged.from(), damaged.reason());
          }
          continue;
        }
        WarcEntries.Entry.Record r = (WarcEntries.Entry.Record) entry.get();
        // Records sharing one gzip member (a file compressed as a whole) are told apart by their offset in the
        // member's data: "@0" for all of them made a revisit name itself as the capture it repeats.
        FeedItem item = toItem(r.record(), file + "@" + r.offset() + (r.inMember() > 0 ? "+" + r.inMember() : ""));
        lastInvalidRecord = item instanceof FeedItem.Invalid ? r.offset() : -1;
        return item;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("WARC " + file + " unreadable at byte " + entries.position() + ": "
          + e.getMessage(), e);
    }
  }

  private FeedItem toItem(WarcRecord record, String at) {
    if (record instanceof WarcRevisit revisit) {
      return revisit(revisit, at + " " + revisit.target());
    }
    if (record instanceof WarcResponse response) {
      String name = at + " " + response.target();
      captures.remember(response, name);
      return fromHttp(response, name);
    }
    if (record instanceof WarcResource resource) {
      return fromResource(resource, at + " " + resource.target());
    }
    return new FeedItem.Skipped(at, "WARC " + record.type() + " record");
  }

  private FeedItem revisit(WarcRevisit revisit, String name) {
    Optional<String> earlier = revisit.payloadDigest().flatMap(captures::find);
    return earlier.isPresent()
        ? new FeedItem.Skipped(name, "WARC revisit of a capture read earlier in this run", "same payload as " + earlier.get())
        : new FeedItem.Skipped(name, "WARC revisit of a capture not in this run");
  }

  private FeedItem fromHttp(WarcResponse response, String name) {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return new FeedItem.Invalid(name, "not an HTTP response record: " + e.getMessage());
    }
    int status = http.status();
    Optional<FeedItem.Skipped> notSuccess = FeedItem.Skipped.unlessSuccess(name, status);
    if (notSuccess.isPresent()) {
      return notSuccess.get();
    }
    Optional<String> contentType = http.headers().first("Content-Type");
    ContentTypeVerdict verdict = ContentTypeVerdict.of(contentType.orElse(null));
    if (verdict.kind() == ContentTypeVerdict.Kind.OTHER) {
      return new FeedItem.Skipped(name, NOT_HTML); // images, CSS, scripts, JSON: not even read
    }
    byte[] body;
    try {
      body = HttpPayload.read(http, factory.maxPageBytes(), verdict.charset());
    } catch (IOException | RuntimeException e) {
      return new FeedItem.Invalid(name, "unreadable body: " + e.getMessage());
    }
    Map<String, String> headers = headers(http);
    return page(response, name, body, contentType.orElse(null), verdict, status, headers);
  }

  /** A resource record is the payload itself (no HTTP message): a page when its WARC Content-Type says HTML. */
  private FeedItem fromResource(WarcResource resource, String name) {
    String contentType = resource.headers().first("Content-Type").orElse(null);
    ContentTypeVerdict verdict = ContentTypeVerdict.of(contentType);
    if (verdict.kind() == ContentTypeVerdict.Kind.OTHER) {
      return new FeedItem.Skipped(name, NOT_HTML);
    }
    byte[] body;
    try (InputStream in = resource.body().stream()) {
      body = in.readNBytes(factory.maxPageBytes() + 1);
    } catch (IOException | RuntimeException e) {
      return new FeedItem.Invalid(name, "unreadable body: " + e.getMessage());
    }
    return page(resource, name, body, contentType, verdict, null, new LinkedHashMap<>());
  }

  private FeedItem page(WarcCaptureRecord record, String name, byte[] body, String contentType,
      ContentTypeVerdict verdict, Integer status, Map<String, String> headers) {
    if (body.length == 0) {
      return new FeedItem.Skipped(name, "empty body"); // a 2xx without content (HEAD-like, 204-like): no page
    }
    if (verdict.kind() == ContentTypeVerdict.Kind.SNIFF
        && PageSniffer.kind(body, verdict.charset()) == PageSniffer.Kind.UNKNOWN) {
      return new FeedItem.Skipped(name, NOT_HTML);
    }
    // A byte-order mark overrides the header (HTML standard); "utf-16" is resolved to its byte order.
    String charset = PageSniffer.unicodeCharset(body, verdict.charset())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).orElse(verdict.charset());
    headers.put("x-warc-file", Path.of(file).getFileName().toString());
    // ARC records have no record id.
    record.headers().first("WARC-Record-ID").ifPresent(id -> headers.put("x-warc-record-id", id));
    try {
      return new FeedItem.Page(name, factory.build(new PageFields(body, record.target(), record.date(),
          contentType, charset, status, headers, null)));
    } catch (IllegalArgumentException e) {
      return new FeedItem.Invalid(name, e.getMessage());
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
      entries.close();
    } catch (IOException ignored) {
      // Read-only file.
    }
  }
}
