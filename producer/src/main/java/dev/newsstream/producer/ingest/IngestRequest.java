package dev.newsstream.producer.ingest;

import dev.newsstream.url.QueryString;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.producer.feed.JsonPages;
import dev.newsstream.producer.feed.PageFields;
import dev.newsstream.producer.feed.RawPageFactory;
import dev.newsstream.schema.RawPage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pure core of {@code POST /pages}: request body, Content-Type and query in; one entry per page out, each a
 * valid RawPage or a per-page error. Malformed input as a whole (not JSON, wrong shape) is a {@link BadRequest}.
 */
public final class IngestRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page of a request: exactly one of {@code page} and {@code error} is set. */
  public record Entry(int index, String url, RawPage page, String error) {
    public boolean valid() {
      return page != null;
    }
  }

  /** The request as a whole cannot be read; {@code status} is 400, 413 or 415. */
  public static final class BadRequest extends Exception {
    private final int status;

    public BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private IngestRequest() {}

  public static List<Entry> parse(String contentType, String rawQuery, byte[] body, RawPageFactory factory)
      throws BadRequest {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String mediaType = type.split(";", 2)[0].strip();
    if (body.length == 0) {
      throw new BadRequest(400, "empty request body");
    }
    switch (mediaType) {
      case "application/json":
        return fromJson(body, factory);
      case "text/html", "application/xhtml+xml", "text/plain":
        return List.of(fromRawPage(contentType, charsetOf(type), QueryString.parse(rawQuery), body, factory));
      default:
        throw new BadRequest(415, "Content-Type must be application/json (one page object or an array of them) "
            + "or text/html with ?url=; got '" + (contentType == null ? "" : contentType) + "'");
    }
  }

  private static List<Entry> fromJson(byte[] body, RawPageFactory factory) throws BadRequest {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest(400, "body is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (java.io.IOException e) {
      throw new BadRequest(400, "unreadable body: " + e.getMessage());
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      throw new BadRequest(400, "body must be a page object {\"url\", \"html\" or \"text\", ...} or an array of them");
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
      if (nodes.isEmpty()) {
        throw new BadRequest(400, "empty batch: the array holds no pages");
      }
    } else {
      nodes.add(root);
    }
    List<Entry> entries = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String url = node.isObject() && node.hasNonNull("url") ? node.get("url").asText() : null;
      try {
        entries.add(new Entry(i, url, factory.build(JsonPages.fields(node)), null));
      } catch (IllegalArgumentException e) {
        entries.add(new Entry(i, url, null, e.getMessage()));
      }
    }
    return entries;
  }

  private static Entry fromRawPage(String contentType, String charset, Map<String, String> query, byte[] body,
      RawPageFactory factory) {
    String url = query.get("url");
    try {
      Instant fetchedAt = null;
      if (query.containsKey("fetchedAt")) {
        try {
          fetchedAt = Instant.parse(query.get("fetchedAt"));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("fetchedAt must be an ISO-8601 instant like 2025-11-25T09:57:00Z");
        }
      }
      Integer status = null;
      if (query.containsKey("status")) {
        try {
          status = Integer.valueOf(query.get("status"));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("status must be a number");
        }
      }
      RawPage page = factory.build(new PageFields(body, url, fetchedAt, contentType, charset, status, Map.of(),
          query.get("source")));
      return new Entry(0, page.getUrl(), page, null);
    } catch (IllegalArgumentException e) {
      return new Entry(0, url, null, e.getMessage() + (url == null ? " (give it as ?url=)" : ""));
    }
  }

  static String charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").strip();
      }
    }
    return null;
  }
}
