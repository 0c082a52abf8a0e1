package dev.newsstream.producer.feed;

import dev.newsstream.page.PageSniffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One page per source: a page file (our text dump or HTML) or stdin. The URL the page declares wins; the
 * {@code --url} fallback is for pages that declare none.
 */
public final class SinglePageFeed implements PageFeed {
  /** Reads the page's bytes; may fail. */
  public interface BodySource {
    byte[] read() throws IOException;
  }

  private final String name;
  private final BodySource source;
  private final String fallbackUrl;
  private final RawPageFactory factory;
  private final Map<String, String> headers;
  private boolean done;
  private long position;

  public SinglePageFeed(String name, BodySource source, String fallbackUrl, RawPageFactory factory,
      Map<String, String> headers) {
    this.name = name;
    this.source = source;
    this.fallbackUrl = fallbackUrl;
    this.factory = factory;
    this.headers = headers;
  }

  public static SinglePageFeed file(Path file, String fallbackUrl, RawPageFactory factory) {
    return new SinglePageFeed(file.toString(), () -> readBounded(gunzipIfCompressed(file), factory.maxPageBytes()),
        fallbackUrl, factory, Map.of("x-source-file", file.toString()));
  }

  public static SinglePageFeed stdin(InputStream in, String fallbackUrl, RawPageFactory factory) {
    return new SinglePageFeed("<stdin>", () -> readBounded(in, factory.maxPageBytes()), fallbackUrl, factory, Map.of());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public boolean hasNext() {
    return !done;
  }

  @Override
  public FeedItem next() {
    if (done) {
      throw new NoSuchElementException();
    }
    done = true;
    try {
      byte[] body = source.read();
      position = body.length;
      // The page's own URL first; a relative one is resolved against the --url fallback when there is one.
      String url = PageSniffer.findDeclaredUrl(body, null, fallbackUrl).url().orElse(fallbackUrl);
      return new FeedItem.Page(name, factory.build(new PageFields(body, url, null, null, null, null, headers, null)));
    } catch (IOException e) {
      return new FeedItem.Invalid(name, "unreadable: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new FeedItem.Invalid(name, e.getMessage());
    }
  }

  /** The file's bytes, decompressed when it is gzip data (a saved page.html.gz), whatever its name. */
  static InputStream gunzipIfCompressed(Path file) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
    in.mark(2);
    boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzipped ? new java.util.zip.GZIPInputStream(in, 64 * 1024) : in;
  }

  /** Reads at most {@code max + 1} bytes, so that a huge file is reported as too large without filling memory. */
  static byte[] readBounded(InputStream in, int max) throws IOException {
    try (in) {
      return in.readNBytes(max + 1);
    }
  }

  @Override
  public void close() {
    // Streams are closed after reading.
  }
}
