package dev.newsstream.streams.parse;

import dev.newsstream.page.PageSniffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The parse stage's pure core: page bytes in, {@link ParseOutcome} out. Never throws for bad input:
 * every failure becomes a rejection with a reason.
 */
public final class PageParser {
  public static final String VERSION = "newsstream-parse/0.2";
  /** RawPage header set by produce on JSON-lines "text" it wrapped in minimal HTML (value "text"). */
  public static final String WRAPPED_HEADER = "x-newsstream-wrapped";

  private final int maxPageBytes;
  private final TextDumpParser textDump = new TextDumpParser();
  private final HtmlArticleParser html = new HtmlArticleParser();
  private final PlainTextParser plainText = new PlainTextParser();

  public PageParser(int maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
    LanguageDetection.preloadInBackground();
  }

  public ParseOutcome parse(byte[] body, String url, String declaredCharset) {
    return parse(body, url, declaredCharset, false);
  }

  /**
   * As above; {@code wrappedText} says the HTML is plain text that produce wrapped (RawPage header
   * {@value #WRAPPED_HEADER}: text), so a rejection calls it text input, not an HTML page.
   */
  public ParseOutcome parse(byte[] body, String url, String declaredCharset, boolean wrappedText) {
    if (body == null || body.length == 0) {
      return ParseOutcome.rejected(RejectReason.EMPTY_BODY, "page has no bytes");
    }
    if (body.length > maxPageBytes) {
      return ParseOutcome.rejected(RejectReason.TOO_LARGE,
          "page is " + body.length + " bytes, over max.page.bytes " + maxPageBytes);
    }
    byte[] utf8 = utf16AsUtf8(body, declaredCharset);
    if (utf8 != body) {
      body = utf8;
      declaredCharset = "UTF-8";
    }
    if (PageSniffer.looksBinary(body)) {
      return ParseOutcome.rejected(RejectReason.BINARY, "page bytes are binary, not text");
    }
    try {
      return switch (PageSniffer.kind(body)) {
        case TEXT_DUMP -> textDump.parse(decodeText(body, declaredCharset));
        case HTML -> parseHtml(body, url, declaredCharset, wrappedText ? "text input" : "HTML page");
        case UNKNOWN -> isBlank(body)
            ? ParseOutcome.rejected(RejectReason.EMPTY_BODY, "page is only whitespace")
            : plainText.parse(decodeText(body, declaredCharset));
      };
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new ParseOutcome.Rejected(RejectReason.INTERNAL_ERROR, "parser failed: " + e, e);
    }
  }

  private ParseOutcome parseHtml(byte[] body, String url, String declaredCharset, String kind) {
    String text = withoutControlChars(CharsetDetection.decode(body, declaredCharset));
    MarkupGuard.Scan scan = MarkupGuard.scan(text);
    Optional<String> tooComplex = scan.refusal();
    if (tooComplex.isPresent()) {
      return tooComplex(tooComplex.get());
    }
    Document doc = Jsoup.parse(text, url == null ? "" : url);
    // Unclosed tags count as open in the scan, but the parser closes most of them (<p><span>text…): only the DOM
    // it built says how deep the page really is.
    tooComplex = scan.mayBeDeep() ? MarkupGuard.tooDeep(doc) : Optional.empty();
    if (tooComplex.isPresent()) {
      return tooComplex(tooComplex.get());
    }
    if (RubyText.mayHave(text)) {
      RubyText.dropAnnotations(doc); // furigana are readings, not text: "子ども", not "子こども"
    }
    return html.parse(doc, kind);
  }

  private static ParseOutcome tooComplex(String why) {
    return ParseOutcome.rejected(RejectReason.TOO_COMPLEX, "page markup is too complex to parse safely: " + why);
  }

  /**
   * The characters the parser reads from these bytes: UTF-16 re-encoded, then {@link CharsetDetection}. Public so a
   * comparison (Readability in node) can be handed exactly the text newsstream parses.
   */
  public static String decodeForParse(byte[] body, String declaredCharset) {
    byte[] utf8 = utf16AsUtf8(body, declaredCharset);
    return withoutControlChars(CharsetDetection.decode(utf8, utf8 != body ? "UTF-8" : declaredCharset));
  }

  /** Text in the charset {@link CharsetDetection} finds: bad bytes become U+FFFD, never a whole-page mis-decode. */
  static String decodeText(byte[] body, String declaredCharset) {
    return withoutControlChars(CharsetDetection.decode(body, declaredCharset));
  }

  /**
   * UTF-16 text (a byte-order mark, or UTF-16 in the HTTP header) re-encoded as UTF-8, so the NUL bytes of its ASCII
   * characters are not taken for binary and the format sniffing reads it as text. Other bytes are returned as they are.
   */
  static byte[] utf16AsUtf8(byte[] body, String declaredCharset) {
    boolean bom = body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
        || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE);
    boolean declared = declaredCharset != null && declaredCharset.strip().toLowerCase(java.util.Locale.ROOT).startsWith("utf-16");
    if (!bom && !declared) {
      return body;
    }
    Charset cs = bom ? CharsetDetection.detect(body, null)
        : CharsetDetection.charset(declaredCharset).orElse(StandardCharsets.UTF_16);
    int offset = bom ? 2 : 0;
    String text = new String(body, offset, body.length - offset, cs);
    // the page's own <meta charset=utf-16> must not send the UTF-8 bytes back through a UTF-16 decoder
    return text.replaceFirst("(?i)(<meta[^>]{0,200}charset\\s*=\\s*[\"']?\\s*)utf-16(?:le|be)?", "$1utf-8")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Control characters other than tab, LF, CR and FF removed: a text page may carry a few stray NULs or BELs
   * ({@link PageSniffer#looksBinary} lets up to 5 % through), which must not reach the body, title or entities.
   * The string itself when there are none (the usual case: one scan, no copy).
   */
  static String withoutControlChars(String text) {
    int i = 0;
    while (i < text.length() && !isStrayControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isStrayControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isStrayControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }


  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace((char) (b & 0xFF))) {
        return false;
      }
    }
    return true;
  }
}
