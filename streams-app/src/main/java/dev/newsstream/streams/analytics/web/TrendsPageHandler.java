package dev.newsstream.streams.analytics.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /trends[?window=1h&type=PERSON&windows=6&top=20]}: the {@link TrendsPage} of the entity counts the
 * trends API answers. The API is called in process ({@link Source}), not over HTTP: the page then costs no second
 * request and cannot wait on the server's own thread. Defaults: the first configured window, every type, the 6
 * newest windows, top 20. An API error (400 bad parameter, 503 store not ready) is shown with the API's status.
 */
public final class TrendsPageHandler implements HttpHandler {
  static final int DEFAULT_WINDOWS = 6;
  static final int DEFAULT_TOP = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Source source;
  private final List<String> windowChoices;

  /** What {@code GET /trends/entities} answers for these query parameters: its status and JSON body. */
  @FunctionalInterface
  public interface Source {
    Answer entities(Map<String, String> params);
  }

  /** An HTTP answer of the API: status code and JSON text ({@link TrendsReply} when 200, else {"error":..}). */
  public record Answer(int status, String json) {}

  /** @param windowChoices the configured window names, e.g. [1h, 1d]; the first is the default */
  public TrendsPageHandler(Source source, List<String> windowChoices) {
    if (windowChoices.isEmpty()) {
      throw new IllegalArgumentException("no window to offer");
    }
    this.source = source;
    this.windowChoices = List.copyOf(windowChoices);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    if (!List.of("GET", "HEAD").contains(ex.getRequestMethod())) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      send(ex, 405, "text/plain; charset=utf-8", "GET only\n");
      return;
    }
    if (!List.of("/trends", "/trends/").contains(ex.getRequestURI().getPath())) {
      send(ex, 404, "text/plain; charset=utf-8", "not found\n");
      return;
    }
    Page page = page(params(ex.getRequestURI().getRawQuery()));
    send(ex, page.status(), "text/html; charset=utf-8", page.html());
  }

  /** The page for the given query parameters: status and HTML. */
  Page page(Map<String, String> query) {
    String window = query.getOrDefault("window", windowChoices.get(0));
    String type = query.get("type");
    type = type == null || type.isBlank() || type.equalsIgnoreCase("all") ? null : type.toUpperCase(Locale.ROOT);
    String windows = query.getOrDefault("windows", String.valueOf(DEFAULT_WINDOWS));
    Map<String, String> api = new LinkedHashMap<>();
    api.put("window", window);
    if (type != null) {
      api.put("type", type);
    }
    api.put("top", query.getOrDefault("top", String.valueOf(DEFAULT_TOP)));
    api.put("windows", windows);
    int shown = windows.matches("\\d{1,3}") ? Integer.parseInt(windows) : DEFAULT_WINDOWS;
    TrendsPage.Selection sel = new TrendsPage.Selection(window, type, shown, windowChoices);
    Answer answer = source.entities(api);
    if (answer.status() != 200) {
      return new Page(answer.status(), TrendsPage.renderError(errorText(answer), sel));
    }
    try {
      return new Page(200, TrendsPage.render(TrendsReply.parse(answer.json()), sel));
    } catch (IllegalArgumentException e) {
      return new Page(502, TrendsPage.renderError("the trends API answered something unreadable: "
          + e.getMessage(), sel));
    }
  }

  /** A rendered page. */
  record Page(int status, String html) {}

  private static String errorText(Answer answer) {
    try {
      JsonNode error = JSON.readTree(answer.json()).get("error");
      if (error != null && error.isTextual()) {
        return error.asText();
      }
    } catch (IOException | RuntimeException ignored) {
      // Not the API's error shape: show the raw status below.
    }
    return "the trends API answered HTTP " + answer.status();
  }

  /** Query parameters, URL-decoded; the last of a repeated name wins. */
  static Map<String, String> params(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      out.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }
}
