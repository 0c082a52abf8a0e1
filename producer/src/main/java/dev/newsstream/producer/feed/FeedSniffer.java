package dev.newsstream.producer.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Tells a feed's format from its first bytes when the file name does not: a WARC ({@code WARC/} version line), an
 * ARC ({@code filedesc://} header, read by jwarc as well), either of them gzipped per record (first member
 * decompressed), JSON lines (first non-blank byte {@code {}), and everything else one page (HTML or text dump).
 */
final class FeedSniffer {
  private static final int HEAD_BYTES = 512;
  /** How many leading bytes {@link #sniff(byte[])} is given (enough for a gzip member's first 512 bytes). */
  static final int PEEK_BYTES = HEAD_BYTES * 8;

  private FeedSniffer() {}

  /** WARC, JSONL or PAGE for an existing file; PAGE when it cannot be read (the page feed reports why). */
  static FeedFormat sniff(Path file) {
    if (!Files.isRegularFile(file)) {
      return FeedFormat.PAGE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return sniff(in.readNBytes(PEEK_BYTES));
    } catch (IOException e) {
      return FeedFormat.PAGE;
    }
  }

  static FeedFormat sniff(byte[] head) {
    byte[] bytes = head;
    if (isGzip(head)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
        bytes = readSome(in);
      } catch (IOException e) {
        return FeedFormat.PAGE;
      }
    }
    String text = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    if (text.startsWith("WARC/") || text.startsWith("filedesc://")) {
      return FeedFormat.WARC;
    }
    String stripped = text.stripLeading();
    if (stripped.startsWith("\u00ef\u00bb\u00bf")) {
      stripped = stripped.substring(3).stripLeading(); // UTF-8 BOM
    }
    return stripped.startsWith("{") ? FeedFormat.JSONL : FeedFormat.PAGE;
  }

  /** What a truncated gzip head yields before its data runs out. */
  private static byte[] readSome(InputStream in) {
    byte[] buf = new byte[HEAD_BYTES];
    int n = 0;
    try {
      int r;
      while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
        n += r;
      }
    } catch (IOException truncated) {
      // The head ends mid-member: keep what was decompressed.
    }
    return java.util.Arrays.copyOf(buf, n);
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xFF) == 0x1f && (b[1] & 0xFF) == 0x8b;
  }
}
