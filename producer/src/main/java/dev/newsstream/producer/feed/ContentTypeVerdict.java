package dev.newsstream.producer.feed;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.MediaType;

/**
 * What an HTTP Content-Type header says about a record: a page type, another type (not sent), or nothing useful
 * (absent, unparseable, {@code text/plain}, {@code application/octet-stream}), in which case the body is sniffed.
 *
 * <p>A present, well-formed type is trusted: a script or a JSON API response whose text contains a tag is still
 * not a page. jwarc 0.31.1's {@code MediaType.parseLeniently} marks every type invalid, so the strict parser is
 * tried first and the lenient one only supplies type and parameters of headers the strict one rejects.
 */
record ContentTypeVerdict(Kind kind, String charset) {
  enum Kind { HTML, OTHER, SNIFF }

  private static final Pattern TOKEN_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  static ContentTypeVerdict of(String header) {
    if (header == null || header.isBlank()) {
      return new ContentTypeVerdict(Kind.SNIFF, null);
    }
    String base;
    String charset;
    try {
      MediaType type = MediaType.parse(header.strip());
      base = type.type() + "/" + type.subtype();
      charset = type.parameters().get("charset");
    } catch (IllegalArgumentException strictRejected) {
      // e.g. "text/html;;charset=utf-8" or a stray quote: take the leading type/subtype and any charset= in it.
      Matcher m = TOKEN_TYPE.matcher(header.strip());
      if (!m.lookingAt()) {
        return new ContentTypeVerdict(Kind.SNIFF, charsetIn(header).orElse(null));
      }
      base = m.group();
      charset = charsetIn(header).orElse(null);
    }
    base = base.toLowerCase(Locale.ROOT);
    charset = charset == null || charset.isBlank() ? null : charset.toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return new ContentTypeVerdict(Kind.HTML, charset);
    }
    boolean saysNothing = base.equals("text/plain") || base.equals("application/octet-stream")
        || base.equals("unknown/unknown") || base.equals("application/unknown") || base.equals("*/*");
    return new ContentTypeVerdict(saysNothing ? Kind.SNIFF : Kind.OTHER, charset);
  }

  private static Optional<String> charsetIn(String header) {
    Matcher m = CHARSET.matcher(header);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
