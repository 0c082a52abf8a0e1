package dev.newsstream.streams.analytics.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsstream.url.QueryString;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /trends[?window=1h&type=PERSON&windows=6&top=20]}: the {@link TrendsPage} of what the trends API
 * answers. The page asks the API through a {@link Source}; in the app that is the API's own URL on this instance
 * ({@link #overHttp}), so the page shows exactly the JSON any client gets, gathered from every instance. Defaults:
 * the first configured window, every type, the 6 newest windows, top 20. An API error (400 bad parameter, 503 store
 * not ready) is shown with the API's status.
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

  /**
   * The API at {@code base} (e.g. http://localhost:9464) over HTTP. The server must have more than one thread:
   * the page's request holds one while the API's answers on another.
   */
  public static Source overHttp(URI base, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    String root = base.toString().replaceAll("/+$", "");
    return params -> {
      HttpRequest request = HttpRequest.newBuilder(TrendsReply.entitiesUri(root, params)).timeout(timeout)
          .header("Accept", "application/json").build();
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
      } catch (IOException e) {
        return new Answer(503, JSON.createObjectNode().put("error", "the trends API at " + root
            + " did not answer: " + e).toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(503, JSON.createObjectNode().put("error", "interrupted").toString());
      }
    };
  }

  /** The page's route for the app's HTTP server: {@code /trends} on the server at {@code base}. */
  public static Map<String, HttpHandler> routes(URI base, List<String> windowChoices) {
    return Map.of("/trends", new TrendsPageHandler(overHttp(base, Duration.ofSeconds(15)), windowChoices));
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
    Page page = page(QueryString.parse(ex.getRequestURI().getRawQuery()));
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
    return TrendsReply.errorOf(answer.json()).orElse("the trends API answered HTTP " + answer.status());
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
