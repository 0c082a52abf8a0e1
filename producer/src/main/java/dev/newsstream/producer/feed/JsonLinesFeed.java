package dev.newsstream.producer.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * JSON lines: one page object per line (see {@link JsonPages} for the fields), optionally gzipped. Blank lines
 * are ignored; a line that is not valid JSON or not a valid page becomes an {@link FeedItem.Invalid} named
 * {@code file:LINE}, and reading goes on with the next line. A bad optional field only drops that field: the page
 * is sent and a {@link FeedItem.Warning} named {@code file:LINE} says which field and why. A line whose
 * {@code status} is outside 2xx is skipped and counted ("HTTP 4xx"), as {@link WarcFeed} does; no status keeps it.
 */
public final class JsonLinesFeed extends LookaheadFeed {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final CountingInputStream counted;
  private final BufferedReader lines;
  private final RawPageFactory factory;
  private long lineNumber;
  /** Items already read but not yet handed out: the warnings of the line before its page. */
  private final java.util.ArrayDeque<FeedItem> queued = new java.util.ArrayDeque<>();

  public JsonLinesFeed(String name, InputStream in, boolean gzipped, RawPageFactory factory) throws IOException {
    this.name = name;
    this.counted = new CountingInputStream(in);
    InputStream data = gzipped ? new GZIPInputStream(counted, 64 * 1024) : counted;
    this.lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 64 * 1024);
    this.factory = factory;
  }

  public static JsonLinesFeed open(Path file, RawPageFactory factory) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
    in.mark(2);
    boolean gzipped = in.read() == 0x1f && in.read() == 0x8b; // by content: the name may not say
    in.reset();
    return new JsonLinesFeed(file.toString(), in, gzipped, factory);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long position() {
    return counted.count;
  }

  @Override
  protected FeedItem advance() {
    if (!queued.isEmpty()) {
      return queued.poll();
    }
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          return parseLine(line);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(name + " unreadable after line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private FeedItem parseLine(String line) {
    String where = name + ":" + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new FeedItem.Invalid(where, "not valid JSON: " + e.getOriginalMessage());
    }
    try {
      java.util.List<String> warnings = new java.util.ArrayList<>();
      PageFields fields = JsonPages.fields(node, warnings);
      java.util.Optional<FeedItem.Skipped> notSuccess = FeedItem.Skipped.unlessSuccess(where, fields.httpStatus());
      if (notSuccess.isPresent()) {
        return notSuccess.get(); // a redirect or error page, as the WARC reader skips it; its warnings do not matter
      }
      FeedItem.Page page = new FeedItem.Page(where, factory.build(fields));
      warnings.forEach(w -> queued.add(new FeedItem.Warning(where, w)));
      queued.add(page);
      return queued.poll();
    } catch (IllegalArgumentException e) {
      return new FeedItem.Invalid(where, e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException ignored) {
      // Read-only.
    }
  }

  /** Counts bytes read from the file (before decompression), for progress. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
