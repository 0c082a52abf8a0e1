package dev.newsstream.streams.analytics.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.url.QueryString;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code GET /trends/entities}, read back by its consumers (the {@code /trends} page, the
 * {@code newsstream trends} command, the demo). Shape:
 * {@code {"window":"1h","windowMs":3600000,"type":"PERSON"|null,"top":20,"windows":[{"start":ISO-8601,
 * "end":ISO-8601,"entities":[{"name","type","articles","mentions"}]}],"servedBy":"host:port"}}, newest window
 * first, each window's entities ranked by the server (at most {@code top} of them).
 *
 * @param type the type filter of the query, null for every type
 * @param servedBy the instance that answered (null when the reply does not say)
 */
public record TrendsReply(String window, long windowMs, String type, int top, List<Window> windows, String servedBy) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One tumbling window {@code [start, end)} and its counted entities, as ranked by the server. */
  public record Window(Instant start, Instant end, List<Count> entities) {}

  /** An entity's counts in one window: distinct articles that name it and its mentions over those articles. */
  public record Count(String name, String type, long articles, long mentions) {}

  /**
   * The URL of {@code GET /trends/entities} with these query parameters on the app whose HTTP root is {@code root}
   * (e.g. http://localhost:9464; trailing slashes are dropped).
   */
  public static URI entitiesUri(String root, Map<String, String> params) {
    return URI.create(root.replaceAll("/+$", "") + "/trends/entities?"
        + QueryString.format(params));
  }

  /** The {@code "error"} text of an API error body ({@code {"error":"..."}}), empty when the body is not that shape. */
  public static Optional<String> errorOf(String body) {
    try {
      JsonNode error = JSON.readTree(body).get("error");
      return error != null && error.isTextual() ? Optional.of(error.asText()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads the JSON text of a reply; IllegalArgumentException naming the first missing or malformed field. */
  public static TrendsReply parse(String json) {
    try {
      return of(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a reply already parsed by Jackson; IllegalArgumentException naming the first bad field. */
  public static TrendsReply of(JsonNode root) {
    List<Window> windows = new ArrayList<>();
    for (JsonNode w : array(root, "windows")) {
      List<Count> entities = new ArrayList<>();
      for (JsonNode e : array(w, "entities")) {
        entities.add(new Count(text(e, "name"), text(e, "type"), number(e, "articles"), number(e, "mentions")));
      }
      windows.add(new Window(instant(w, "start"), instant(w, "end"), List.copyOf(entities)));
    }
    return new TrendsReply(text(root, "window"), number(root, "windowMs"), optionalText(root, "type"),
        (int) number(root, "top"), List.copyOf(windows), optionalText(root, "servedBy"));
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("'" + field + "' is not an array in " + node);
    }
    return v;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' is not a string in " + node);
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : text(node, field);
  }

  private static long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToExactIntegral()) {
      throw new IllegalArgumentException("'" + field + "' is not a whole number in " + node);
    }
    return v.asLong();
  }

  private static Instant instant(JsonNode node, String field) {
    String raw = text(node, field);
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 instant: " + raw, e);
    }
  }
}
