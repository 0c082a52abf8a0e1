package dev.newsstream.streams.parse;

import dev.newsstream.page.PageSniffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

  private final int maxPageBytes;
  private final TextDumpParser textDump = new TextDumpParser();
  private final HtmlArticleParser html = new HtmlArticleParser();
  private final PlainTextParser plainText = new PlainTextParser();

  public PageParser(int maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
    LanguageDetection.preloadInBackground();
  }

  public ParseOutcome parse(byte[] body, String url, String declaredCharset) {
    if (body == null || body.length == 0) {
      return ParseOutcome.rejected(RejectReason.EMPTY_BODY, "page has no bytes");
    }
    if (body.length > maxPageBytes) {
      return ParseOutcome.rejected(RejectReason.TOO_LARGE,
          "page is " + body.length + " bytes, over max.page.bytes " + maxPageBytes);
    }
    if (looksBinary(body)) {
      return ParseOutcome.rejected(RejectReason.BINARY, "page bytes are binary, not text");
    }
    try {
      return switch (PageSniffer.kind(body)) {
        case TEXT_DUMP -> textDump.parse(decodeText(body, declaredCharset));
        case HTML -> parseHtml(body, url, declaredCharset);
        case UNKNOWN -> isBlank(body)
            ? ParseOutcome.rejected(RejectReason.EMPTY_BODY, "page is only whitespace")
            : plainText.parse(decodeText(body, declaredCharset));
      };
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new ParseOutcome.Rejected(RejectReason.INTERNAL_ERROR, "parser failed: " + e, e);
    }
  }

  private ParseOutcome parseHtml(byte[] body, String url, String declaredCharset) {
    String text = CharsetDetection.decode(body, declaredCharset);
    Optional<String> tooComplex = MarkupGuard.check(text);
    if (tooComplex.isPresent()) {
      return ParseOutcome.rejected(RejectReason.TOO_COMPLEX, "page markup is too complex to parse safely: "
          + tooComplex.get());
    }
    Document doc = Jsoup.parse(text, url == null ? "" : url);
    return html.parse(doc);
  }

  /** UTF-8 when the bytes are valid UTF-8, else the declared charset, else windows-1252: never mojibake from a guess. */
  static String decodeText(byte[] body, String declaredCharset) {
    int offset = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body, offset, body.length - offset)).toString();
    } catch (CharacterCodingException notUtf8) {
      Charset cs = declaredCharset != null && Charset.isSupported(declaredCharset)
          ? Charset.forName(declaredCharset) : Charset.forName("windows-1252");
      return new String(body, offset, body.length - offset, cs);
    }
  }

  private static boolean looksBinary(byte[] body) {
    int n = Math.min(body.length, 2048);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return control > n / 20;
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
