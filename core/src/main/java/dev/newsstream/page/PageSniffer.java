package dev.newsstream.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Tells what a page's bytes are and where the page lives, before any real parsing. */
public final class PageSniffer {
  public static final String TEXT_DUMP_TYPE = "text/x-news-dump";
  public static final String HTML_TYPE = "text/html";
  private static final int SNIFF_BYTES = 4096;
  /**
   * How far to look for HTML when the first 4 KB are markup without any of the HTML markers: pages with tens of
   * kilobytes of inline {@code <style>} or {@code <script>} before {@code <!DOCTYPE>} exist.
   */
  private static final int MARKUP_SNIFF_BYTES = 1 << 20;
  private static final String[] HTML_MARKERS = {"<html", "<!doctype html", "<body", "<head", "<article", "<p>"};

  private PageSniffer() {}

  public enum Kind { TEXT_DUMP, HTML, UNKNOWN }

  public static Kind kind(byte[] body) {
    return kind(body, null);
  }

  /**
   * What the bytes are. The head is decoded by its byte-order mark, else by a UTF-16/32 {@code declaredCharset}
   * (e.g. from the HTTP header), else by the NUL pattern of BOM-less UTF-16 markup, else as UTF-8 (other
   * charsets only need to be ASCII-compatible here).
   *
   * @param declaredCharset charset from the HTTP Content-Type, or null
   */
  public static Kind kind(byte[] body, String declaredCharset) {
    Charset charset = unicodeCharset(body, declaredCharset).orElse(StandardCharsets.UTF_8);
    int skip = bomLength(body);
    String head = decode(body, skip, SNIFF_BYTES, charset);
    if (TextDumpHeader.parse(head).isPresent()) {
      return Kind.TEXT_DUMP;
    }
    if (hasHtmlMarker(head)) {
      return Kind.HTML;
    }
    if (body.length - skip > SNIFF_BYTES && head.stripLeading().startsWith("<")
        && hasHtmlMarker(decode(body, skip, MARKUP_SNIFF_BYTES, charset))) {
      return Kind.HTML; // markup (style, script, comments) longer than the first 4 KB before the document
    }
    return Kind.UNKNOWN;
  }

  /**
   * Whether {@code text.toLowerCase(Locale.ROOT)} contains one of {@link #HTML_MARKERS}, without lower-casing a copy
   * of the head (that copy was ~40 % of sniffing a page). Every marker starts with {@code <} and is ASCII: a character
   * matches a marker character when its ASCII lower case is that character; no non-ASCII character does, because none
   * lower-cases to a marker character ({@code İ} lower-cases to {@code i} plus a combining dot, which no marker has
   * next; the Kelvin sign to {@code k}, which no marker has).
   */
  static boolean hasHtmlMarker(String text) {
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      for (String marker : HTML_MARKERS) {
        if (startsWithAsciiLowerCase(text, at, marker)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code at} spells {@code lowerAscii} up to ASCII letter case. */
  private static boolean startsWithAsciiLowerCase(String text, int at, String lowerAscii) {
    if (text.length() - at < lowerAscii.length()) {
      return false;
    }
    for (int i = 0; i < lowerAscii.length(); i++) {
      char c = text.charAt(at + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerAscii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The charset that bytes of a Unicode encoding form announce: byte-order mark first (it overrides any
   * declaration, as in the HTML standard's decoding algorithm), then a declared UTF-16/UTF-32 name, then
   * {@code <} followed or preceded by NUL at the start (UTF-16 without BOM). Empty for everything else, which is
   * decoded later by the parse stage.
   */
  public static Optional<Charset> unicodeCharset(byte[] b, String declaredCharset) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (declaredCharset != null) {
      String name = declaredCharset.strip().toLowerCase(Locale.ROOT).replace("_", "-");
      switch (name) {
        case "utf-16le", "utf16le", "unicodefeff" -> { return Optional.of(StandardCharsets.UTF_16LE); }
        case "utf-16be", "utf16be", "unicodefffe" -> { return Optional.of(StandardCharsets.UTF_16BE); }
        case "utf-16", "utf16", "ucs-2", "unicode" -> { return Optional.of(utf16ByNuls(b)); }
        default -> { }
      }
    }
    if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** "UTF-16" without BOM: big-endian by RFC 2781, unless the ASCII characters sit at even offsets. */
  private static Charset utf16ByNuls(byte[] b) {
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i + 1 < Math.min(b.length, 512); i += 2) {
      evenNuls += b[i] == 0 ? 1 : 0;
      oddNuls += b[i + 1] == 0 ? 1 : 0;
    }
    return oddNuls > evenNuls ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  private static int bomLength(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) ? 2 : 0;
  }

  private static String decode(byte[] body, int from, int maxBytes, Charset charset) {
    int n = Math.min(body.length - from, maxBytes);
    if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
      n &= ~1;
    }
    return new String(body, from, Math.max(n, 0), charset);
  }

  /**
   * Whether the bytes are binary (an image, archive, font, executable, compressed data) rather than text: more
   * than 5 % of the first 4 KB are C0 control bytes other than tab, LF, VT, FF, CR and ESC (ESC starts the
   * shifts of ISO-2022-JP text). A text page with a few stray NULs or other control bytes (a CMS bug, a bad copy
   * and paste) stays text: its share is a few per thousand, while real binary data measures 9-80 % (PDF and gzip
   * about 10 %, PNG and JPEG 20-40 %, fonts and shared libraries 50-80 %). UTF-16 text must be decoded first:
   * half its bytes are NUL. False for no bytes.
   */
  public static boolean looksBinary(byte[] body) {
    int n = Math.min(body.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) {
        control++;
      }
    }
    return control * 20 > n;
  }

  /** The page's own idea of its URL: text-dump header, or canonical link / og:url in HTML. */
  public static Optional<String> declaredUrl(byte[] body) {
    return declaredUrl(body, null);
  }

  /** As {@link #declaredUrl(byte[])}, decoding UTF-16/32 pages by BOM or {@code declaredCharset}. */
  public static Optional<String> declaredUrl(byte[] body, String declaredCharset) {
    return findDeclaredUrl(body, declaredCharset, null).url();
  }

  /**
   * What the page says about its own URL. {@code url}: the absolute http(s) URL it declares, if any.
   * {@code unresolvedHref}: when {@code url} is empty, the first relative link the page gave (e.g. a canonical
   * {@code /news/x} or {@code //host/x}) that could not be resolved for want of a base, so that callers can say
   * "found one, cannot use it" instead of "declares none"; null when the page gave no link at all.
   */
  public record DeclaredUrl(Optional<String> url, String unresolvedHref) {}

  /**
   * The page's own URL, from its text-dump header, else from its canonical link, og:url or twitter:url (first that
   * gives an http(s) URL). Links are read as the URL standard and browsers read them, with jsoup's
   * {@link Element#absUrl}: surrounding spaces and inner tabs/newlines ignored, scheme case-insensitive
   * ({@code HTTPS://}), and relative or protocol-relative links ({@code /news/x}, {@code //host/x}) resolved against
   * the document's base: its {@code <base href>}, else {@code pageUrl}. Links with other schemes (ftp:,
   * javascript:) are ignored.
   *
   * @param declaredCharset charset from the HTTP Content-Type, or null
   * @param pageUrl where the page was fetched from when the caller knows it (e.g. a --url fallback), or null
   */
  public static DeclaredUrl findDeclaredUrl(byte[] body, String declaredCharset, String pageUrl) {
    Charset charset = unicodeCharset(body, declaredCharset).orElse(StandardCharsets.UTF_8);
    int skip = bomLength(body);
    return switch (kind(body, declaredCharset)) {
      case TEXT_DUMP -> new DeclaredUrl(
          TextDumpHeader.parse(decode(body, skip, SNIFF_BYTES, charset)).map(TextDumpHeader::url), null);
      case HTML -> htmlUrl(Jsoup.parse(decode(body, skip, body.length, charset), pageUrl == null ? "" : pageUrl));
      case UNKNOWN -> new DeclaredUrl(Optional.empty(), null);
    };
  }

  static DeclaredUrl htmlUrl(Document doc) {
    String unresolved = null;
    for (String selector : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]",
        "meta[name=twitter:url][content]"}) {
      Element e = doc.selectFirst(selector);
      if (e == null) {
        continue;
      }
      String attr = e.hasAttr("href") ? "href" : "content";
      String url = e.absUrl(attr); // "" when relative and the document has no base to resolve against
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        return new DeclaredUrl(Optional.of(url.strip()), null);
      }
      String raw = e.attr(attr).strip();
      if (url.isEmpty() && !raw.isEmpty() && unresolved == null) {
        unresolved = raw;
      }
    }
    return new DeclaredUrl(Optional.empty(), unresolved);
  }

  /** Charset declared inside an HTML page (meta charset or http-equiv), if any. */
  public static Optional<String> declaredCharset(byte[] body) {
    Optional<Charset> unicode = unicodeCharset(body, null);
    if (unicode.isPresent()) {
      // A byte-order mark (or UTF-16 NUL pattern) decides; a meta charset in UTF-16 bytes is unreadable as ASCII.
      return Optional.of(unicode.get().name().toLowerCase(Locale.ROOT));
    }
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = head.indexOf("charset=");
    if (i < 0) {
      return Optional.empty();
    }
    int start = i + "charset=".length();
    while (start < head.length() && (head.charAt(start) == '"' || head.charAt(start) == '\'')) {
      start++;
    }
    int end = start;
    while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || "-_:.".indexOf(head.charAt(end)) >= 0)) {
      end++;
    }
    return end > start ? Optional.of(head.substring(start, end)) : Optional.empty();
  }
}
