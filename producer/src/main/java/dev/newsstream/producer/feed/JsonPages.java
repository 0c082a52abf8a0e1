package dev.newsstream.producer.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsstream.page.PageSniffer;
import dev.newsstream.page.TextDumpHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One page as a JSON object, shared by JSON lines and {@code POST /pages}:
 * <pre>
 * {"url": "https://…",            required
 *  "html": "&lt;html>…" | "text": "…",  exactly one; text is our text dump, or plain text (wrapped in minimal HTML)
 *  "title": "…",                   optional, used when wrapping plain text
 *  "fetchedAt": "2025-11-25T09:57:00Z" | 1764064620000,   optional (ISO-8601 or epoch millis; default now)
 *  "status": 200, "contentType": "text/html; charset=utf-8", "charset": "utf-8",
 *  "headers": {"name": "value"}, "source": "my-crawler"}   all optional
 * </pre>
 * Other fields are ignored, so crawlers may send their own extras.
 */
public final class JsonPages {
  static final Set<String> STRING_FIELDS = Set.of("url", "html", "text", "title", "contentType", "charset", "source");

  private JsonPages() {}

  /** @throws IllegalArgumentException naming the offending field. */
  public static PageFields fields(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with url and html or text, got "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
    }
    for (String field : STRING_FIELDS) {
      if (node.hasNonNull(field) && !node.get(field).isTextual()) {
        throw new IllegalArgumentException("'" + field + "' must be a string");
      }
    }
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
    String contentType = text(node, "contentType");
    String charset = text(node, "charset");
    Map<String, String> headers = headers(node);
    if (html != null) {
      body = html.getBytes(StandardCharsets.UTF_8);
      charset = "utf-8"; // JSON strings are Unicode; we send them as UTF-8 whatever the page once declared
    } else if (TextDumpHeader.parse(text).isPresent()) {
      body = text.getBytes(StandardCharsets.UTF_8);
      contentType = PageSniffer.TEXT_DUMP_TYPE;
      charset = "utf-8";
    } else {
      body = TextPages.wrap(text(node, "title"), text).getBytes(StandardCharsets.UTF_8);
      contentType = PageSniffer.HTML_TYPE;
      charset = "utf-8";
      headers.put("x-newsstream-wrapped", "text");
    }
    return new PageFields(body, url, fetchedAt(node.get("fetchedAt")), contentType, charset, status(node), headers,
        text(node, "source"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static Instant fetchedAt(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return Instant.ofEpochMilli(v.asLong());
    }
    if (v.isTextual()) {
      String s = v.asText().strip();
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
    throw new IllegalArgumentException("'fetchedAt' must be an ISO-8601 string or epoch milliseconds");
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
