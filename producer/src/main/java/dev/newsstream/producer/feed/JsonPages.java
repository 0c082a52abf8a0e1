package dev.newsstream.producer.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsstream.page.PageSniffer;
import dev.newsstream.page.TextDumpHeader;
import dev.newsstream.time.EpochTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page as a JSON object, shared by JSON lines and {@code POST /pages}:
 * <pre>
 * {"url": "https://…",            required
 *  "html": "&lt;html>…" | "text": "…",  exactly one; text is our text dump, or plain text (wrapped in minimal HTML)
 *  "title": "…",                   optional, used when wrapping plain text
 *  "fetchedAt": "2025-11-25T09:57:00Z" | 1764064620 | 1764064620000,   optional (ISO-8601, epoch s or ms; default now)
 *  "status": 200, "contentType": "text/html; charset=utf-8", "charset": "utf-8",
 *  "headers": {"name": "value"}, "source": "my-crawler"}   all optional
 * </pre>
 * Other fields are ignored, so crawlers may send their own extras. Strict ({@link #fields(JsonNode)}, used by
 * {@code POST /pages}, whose client gets the answer at once): any bad field refuses the page. Lenient
 * ({@link #fields(JsonNode, List)}, used for JSON-lines files): a bad optional field is dropped with a warning and
 * the page kept, since one bad date in a crawl dump should not lose the page; a bad url/html/text still refuses.
 */
public final class JsonPages {
  static final Set<String> REQUIRED_STRING_FIELDS = Set.of("url", "html", "text");
  static final Set<String> OPTIONAL_STRING_FIELDS = Set.of("title", "contentType", "charset", "source");

  private JsonPages() {}

  /** Strict: @throws IllegalArgumentException naming the offending field, required or optional. */
  public static PageFields fields(JsonNode node) {
    return fields(node, null);
  }

  /**
   * Lenient when {@code warnings} is not null: a bad optional field (fetchedAt, status, headers, title,
   * contentType, charset, source) is left out and one line naming it and why is added to {@code warnings}.
   *
   * @throws IllegalArgumentException naming the offending required field (url, html/text), or any bad field when
   *     strict
   */
  public static PageFields fields(JsonNode node, List<String> warnings) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with url and html or text, got "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
    }
    for (String field : REQUIRED_STRING_FIELDS) {
      if (node.hasNonNull(field) && !node.get(field).isTextual()) {
        throw new IllegalArgumentException("'" + field + "' must be a string");
      }
    }
    Set<String> dropped = new java.util.HashSet<>();
    for (String field : OPTIONAL_STRING_FIELDS) {
      if (node.hasNonNull(field) && !node.get(field).isTextual()) {
        optional(warnings, field, "'" + field + "' must be a string");
        dropped.add(field);
      }
    }
    java.util.function.Function<String, String> opt = f -> dropped.contains(f) ? null : text(node, f);
    String url = text(node, "url");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("missing 'url'");
    }
    String html = text(node, "html");
    String text = text(node, "text");
    if (html != null && text != null) {
      throw new IllegalArgumentException("give 'html' or 'text', not both");
    }
    if (html == null && text == null) {
      throw new IllegalArgumentException("missing 'html' or 'text'");
    }
    byte[] body;
    String contentType = opt.apply("contentType");
    String charset = opt.apply("charset");
    Map<String, String> headers = orDrop(warnings, "headers", () -> headers(node));
    headers = headers == null ? new LinkedHashMap<>() : headers;
    if (html != null) {
      body = html.getBytes(StandardCharsets.UTF_8);
      charset = "utf-8"; // JSON strings are Unicode; we send them as UTF-8 whatever the page once declared
    } else if (TextDumpHeader.parse(text).isPresent()) {
      body = text.getBytes(StandardCharsets.UTF_8);
      contentType = PageSniffer.TEXT_DUMP_TYPE;
      charset = "utf-8";
    } else {
      body = TextPages.wrap(opt.apply("title"), text).getBytes(StandardCharsets.UTF_8);
      contentType = PageSniffer.HTML_TYPE;
      charset = "utf-8";
      headers.put("x-newsstream-wrapped", "text");
    }
    return new PageFields(body, url, orDrop(warnings, "fetchedAt", () -> fetchedAt(node.get("fetchedAt"))),
        contentType, charset, orDrop(warnings, "status", () -> status(node)), headers, opt.apply("source"));
  }

  /** The optional field's value; when it is bad: null and a warning if lenient, else the refusal. */
  private static <T> T orDrop(List<String> warnings, String field, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      optional(warnings, field, e.getMessage());
      return null;
    }
  }

  private static void optional(List<String> warnings, String field, String problem) {
    if (warnings == null) {
      throw new IllegalArgumentException(problem);
    }
    warnings.add("optional field '" + field + "' dropped: " + problem);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static Instant fetchedAt(JsonNode v) {
    return fetchedAt(v, Instant.now());
  }

  /**
   * A number is epoch seconds (9-10 digits) or milliseconds (12-13 digits), the page parser's rule
   * ({@link EpochTime}); a string is ISO-8601 with a zone (or such digits). A time before 1990 or more than a day
   * after {@code now} is refused: it cannot be a crawl time, and as the oldest arrival it would rank as the original.
   */
  static Instant fetchedAt(JsonNode v, Instant now) {
    if (v == null || v.isNull()) {
      return null;
    }
    Instant t;
    if (v.isIntegralNumber()) {
      t = EpochTime.fromNumber(v.asLong()).orElseThrow(() -> new IllegalArgumentException(
          "'fetchedAt' " + v + " is neither epoch seconds (9-10 digits) nor epoch milliseconds (12-13 digits)"));
    } else if (v.isTextual()) {
      String s = v.asText().strip();
      t = EpochTime.fromDigits(s).orElseGet(() -> isoInstant(s));
    } else {
      throw new IllegalArgumentException("'fetchedAt' must be an ISO-8601 string or epoch seconds/milliseconds");
    }
    java.util.Optional<String> implausible = EpochTime.implausibleCrawlTime(t, now);
    if (implausible.isPresent()) {
      throw new IllegalArgumentException("'fetchedAt' " + v + " is not a plausible crawl time: " + implausible.get());
    }
    return t;
  }

  private static Instant isoInstant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'fetchedAt' is not an ISO-8601 time with zone: '" + s + "'");
      }
    }
  }

  private static Integer status(JsonNode node) {
    JsonNode v = node.hasNonNull("status") ? node.get("status") : node.get("httpStatus");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || v.asInt() < 100 || v.asInt() > 599) {
      throw new IllegalArgumentException("'status' must be an HTTP status code (100-599), got " + v);
    }
    return v.asInt();
  }

  private static Map<String, String> headers(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode h = node.get("headers");
    if (h == null || h.isNull()) {
      return out;
    }
    if (!h.isObject()) {
      throw new IllegalArgumentException("'headers' must be an object of name: value");
    }
    h.fields().forEachRemaining(e -> {
      if (!e.getValue().isValueNode()) {
        throw new IllegalArgumentException("header '" + e.getKey() + "' must be a string");
      }
      out.put(e.getKey(), e.getValue().asText());
    });
    return out;
  }
}
