package dev.newsstream.streams.parse;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset a page's bytes are in, in this order: a byte-order mark; valid UTF-8 with non-ASCII bytes (legacy
 * encodings practically never form valid UTF-8, so this overrides a wrong header), also with a few invalid bytes (only
 * those become U+FFFD); the HTTP header charset, unless
 * it is a server's Latin-1 default contradicted by the page's own {@code <meta>}; the {@code <meta charset>}; a
 * Cyrillic guess (windows-1251 vs KOI8-R by letter case); windows-1252.
 */
public final class CharsetDetection {
  private static final int META_SCAN_BYTES = 8192;
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetDetection() {}

  /** The decoded text; bytes that do not fit the chosen charset become U+FFFD, never an exception. */
  public static String decode(byte[] body, String headerCharset) {
    Charset cs = detect(body, headerCharset);
    int offset = bomLength(body);
    return new String(body, offset, body.length - offset, cs);
  }

  public static Charset detect(byte[] body, String headerCharset) {
    Optional<Charset> bom = bom(body);
    if (bom.isPresent()) {
      return bom.get();
    }
    boolean ascii = isAscii(body);
    // UTF-8 with a few bad bytes (a truncated copy, one pasted Latin-1 quote) is still UTF-8: decoding it all as
    // windows-1252 would garble every other character, while UTF-8 replaces only the bad bytes with U+FFFD.
    if (!ascii && (isValidUtf8(body) || isMostlyUtf8(body))) {
      return StandardCharsets.UTF_8;
    }
    Optional<Charset> header = charset(headerCharset).filter(c -> !c.equals(StandardCharsets.UTF_8) || ascii);
    Optional<Charset> meta = metaCharset(body).filter(c -> !c.equals(StandardCharsets.UTF_8) || ascii);
    if (header.isPresent() && !(isLatinDefault(header.get()) && meta.isPresent())) {
      return header.get();
    }
    if (meta.isPresent()) {
      return meta.get();
    }
    return ascii ? StandardCharsets.UTF_8 : guessSingleByte(body);
  }

  /**
   * Valid multi-byte UTF-8 sequences outnumber invalid bytes 2 to 1 (and there are at least 3): legacy single-byte
   * text almost never forms even one valid sequence, since a lead byte must be followed by the right number of
   * continuation bytes (Dürst, "The Properties and Promises of UTF-8", 1997), so a few is already strong evidence.
   */
  static boolean isMostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i = skipAscii(b, i);
        continue;
      }
      int len = sequenceLength(b, i);
      if (len > 0) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return valid >= 3 && valid >= invalid * 2;
  }

  /** Length of the valid UTF-8 sequence starting at i (2-4), or 0 when the bytes there are not one. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int need;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + need >= b.length) {
      return 0;
    }
    int cp = c & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : need + 1;
  }

  static Optional<Charset> metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG Encoding): these labels mean windows-1252 in practice.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static boolean isLatinDefault(Charset c) {
    return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
  }

  private static Optional<Charset> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    return bom(b).isPresent() ? 2 : 0;
  }

  private static boolean isAscii(byte[] b) {
    return skipAscii(b, 0) == b.length;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The index of the first byte from {@code i} on that is not ASCII ({@code b.length} when there is none), eight
   * bytes at a time: pages are mostly ASCII markup, and the UTF-8 checks below would otherwise look at every byte.
   */
  private static int skipAscii(byte[] b, int i) {
    while (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
      i += 8;
    }
    while (i < b.length && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /** Strict UTF-8 check in one pass without decoding (no overlongs, no surrogates, nothing past U+10FFFF). */
  static boolean isValidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      if (b[i] >= 0) {
        i = skipAscii(b, i);
        continue;
      }
      int len = sequenceLength(b, i);
      if (len == 0) {
        return false;
      }
      i += len;
    }
    return true;
  }

  /**
   * Undeclared legacy bytes: Cyrillic text is mostly lower case, which is 0xE0-0xFF in windows-1251 and
   * 0xC0-0xDF in KOI8-R; anything else is taken as windows-1252. Cyrillic words are made of high bytes only, so
   * most high bytes stand in runs of three or more; Western text (German, French…) has its accented letters one or
   * two at a time between ASCII letters ("für", "Größe"). Without that, a German page's umlauts (0xE4, 0xFC,
   * 0xF6 are also Cyrillic lower case in windows-1251) read as "sдmtliche ьber".
   */
  private static Charset guessSingleByte(byte[] b) {
    int high = 0;
    int c0 = 0;
    int e0 = 0;
    int inWords = 0;
    int run = 0;
    for (int i = 0; i <= b.length; i++) {
      int v = i < b.length ? b[i] & 0xFF : 0;
      if (v >= 0x80) {
        high++;
        run++;
        if (v >= 0xC0 && v <= 0xDF) {
          c0++;
        } else if (v >= 0xE0) {
          e0++;
        }
      } else {
        inWords += run >= CYRILLIC_RUN ? run : 0;
        run = 0;
      }
    }
    if (high >= 20 && (c0 + e0) > high * 0.8 && inWords * 2 > high) {
      String[] candidates = {"windows-1251", "KOI8-R"};
      return Charset.forName(e0 > c0 * 2 ? candidates[0] : c0 > e0 * 2 ? candidates[1] : "windows-1252");
    }
    return WINDOWS_1252;
  }

  /** High bytes in a row that make a word of a single-byte Cyrillic encoding, not accents in Latin words. */
  private static final int CYRILLIC_RUN = 3;
}
