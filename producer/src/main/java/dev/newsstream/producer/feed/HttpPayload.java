package dev.newsstream.producer.feed;

import dev.newsstream.page.PageSniffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;

/**
 * The page bytes of an archived HTTP response: chunked transfer and gzip/deflate/brotli content encodings undone
 * (by jwarc), with one repair that crawl archives need.
 *
 * <p>Some crawlers store the body already decoded but keep the {@code Content-Encoding: gzip} header. When
 * decoding fails and the stored bytes are not compressed data themselves (no gzip magic) but readable markup or
 * text, the stored bytes are the page. A body that really is damaged compressed data still fails.
 */
final class HttpPayload {
  private HttpPayload() {}

  /**
   * Reads at most {@code max + 1} decoded bytes (one more than allowed, so the caller can report "too large").
   *
   * @param charset the charset of the Content-Type, or null; used only to recognise text in the fallback
   * @throws IOException when the body cannot be read or decoded and the stored bytes are not plain text either
   */
  static byte[] read(HttpResponse http, int max, String charset) throws IOException {
    boolean encoded = http.headers().first("Content-Encoding").filter(v -> !v.isBlank()
        && !v.equalsIgnoreCase("identity")).isPresent();
    boolean chunked = http.headers().first("Transfer-Encoding").filter(v -> v.toLowerCase(Locale.ROOT)
        .contains("chunked")).isPresent();
    if (!encoded && !chunked) {
      try (InputStream in = http.body().stream()) {
        return in.readNBytes(max + 1);
      }
    }
    if (!encoded) {
      try (InputStream in = http.bodyDecoded().stream()) {
        return in.readNBytes(max + 1);
      }
    }
    // Keep the stored bytes so that a failed decode can fall back to them. Compressed data is smaller than the
    // page, so a little slack over max is enough to recognise a page that is too large.
    byte[] header = http.serializeHeader();
    byte[] stored;
    try (InputStream in = http.body().stream()) {
      stored = in.readNBytes(max + 64 * 1024 + 1);
    }
    try (InputStream in = reparse(header, stored).bodyDecoded().stream()) {
      return in.readNBytes(max + 1);
    } catch (IOException | RuntimeException decodeError) {
      byte[] complete = isGzip(header) && !chunked ? gzipWithCutTrailer(stored, max) : null;
      if (complete != null) {
        return complete;
      }
      byte[] plain;
      try (InputStream in = reparse(withoutContentEncoding(header), stored).bodyDecoded().stream()) {
        plain = in.readNBytes(max + 1);
      } catch (IOException | RuntimeException e) {
        throw new IOException("content encoding not decodable: " + decodeError.getMessage(), decodeError);
      }
      boolean compressedMagic = plain.length >= 2 && (plain[0] & 0xFF) == 0x1f && (plain[1] & 0xFF) == 0x8b;
      if (compressedMagic || PageSniffer.kind(plain, charset) == PageSniffer.Kind.UNKNOWN && !isText(plain)) {
        throw new IOException("content encoding not decodable: " + decodeError.getMessage(), decodeError);
      }
      return plain;
    }
  }

  /** Whether the header block says {@code Content-Encoding: gzip} (or x-gzip). */
  private static boolean isGzip(byte[] header) {
    for (String line : new String(header, StandardCharsets.ISO_8859_1).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Encoding")) {
        String value = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        return value.equals("gzip") || value.equals("x-gzip");
      }
    }
    return false;
  }

  /**
   * The page of a gzip body whose compressed data is complete but whose 8-byte trailer (CRC-32 and length) is cut
   * short, as in a capture truncated by a few bytes: every byte of the page was inflated, only the checksum is
   * missing, so the page is kept (browsers show it too). Null when the compressed data itself is cut or damaged:
   * half a page is not the page.
   */
  static byte[] gzipWithCutTrailer(byte[] stored, int max) {
    TrailerAwareGzip in;
    try {
      in = new TrailerAwareGzip(new ByteArrayInputStream(stored));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    try (in) {
      byte[] buf = new byte[8192];
      for (int n; page.size() <= max && (n = in.read(buf)) != -1; ) {
        page.write(buf, 0, n);
      }
      return null; // decoded without an error: not this case
    } catch (EOFException e) {
      return in.deflateFinished && page.size() > 0 ? page.toByteArray() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A GZIPInputStream that records whether its deflate data had ended when the input ran out. */
  private static final class TrailerAwareGzip extends GZIPInputStream {
    boolean deflateFinished;

    TrailerAwareGzip(InputStream in) throws IOException {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException e) {
        deflateFinished = inf.finished();
        throw e;
      }
    }
  }

  private static HttpResponse reparse(byte[] header, byte[] body) throws IOException {
    byte[] message = new byte[header.length + body.length];
    System.arraycopy(header, 0, message, 0, header.length);
    System.arraycopy(body, 0, message, header.length, body.length);
    return HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(message)));
  }

  /** The header block with its Content-Encoding lines removed (header names are ASCII; values kept as bytes). */
  static byte[] withoutContentEncoding(byte[] header) {
    String text = new String(header, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("(?<=\n)")) {
      if (!line.regionMatches(true, 0, "Content-Encoding:", 0, "Content-Encoding:".length())) {
        out.append(line);
      }
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Text, not compressed or binary data: {@link PageSniffer#looksBinary}, the rule the parse stage applies too. */
  static boolean isText(byte[] b) {
    return b.length > 0 && !PageSniffer.looksBinary(b);
  }
}
