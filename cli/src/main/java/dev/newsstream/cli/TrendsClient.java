package dev.newsstream.cli;

import dev.newsstream.streams.analytics.web.TrendsReply;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks a running app's {@code GET /trends/entities} (on its metrics port) and reads the reply. Every failure is a
 * {@link Unavailable} whose message tells the operator what to do (start the app, fix --url, fix a parameter).
 */
final class TrendsClient {
  private final URI base;
  private final Duration timeout;
  private final HttpClient http;

  /** Why no reply could be had; the message is meant for the operator as it is. */
  static final class Unavailable extends Exception {
    Unavailable(String message) {
      super(message);
    }
  }

  /**
   * The app's HTTP root from what an operator typed: {@code host:port} (no scheme) means {@code http://host:port};
   * otherwise an http or https URL with a host.
   *
   * @throws IllegalArgumentException with a message for the operator when it is neither
   */
  static URI baseUri(String typed) {
    String text = typed == null ? "" : typed.strip();
    String withScheme = text.contains("://") ? text : "http://" + text;
    URI uri;
    try {
      uri = new URI(withScheme);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(badUrl(typed, e.getReason()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(badUrl(typed, "only http and https are served"));
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(badUrl(typed, "no host"));
    }
    return uri;
  }

  private static String badUrl(String typed, String why) {
    return "invalid --url '" + typed + "' (" + why + "): give the app's HTTP root, e.g. http://localhost:9464 "
        + "or localhost:9464";
  }

  /** @param base the app's HTTP root, e.g. http://localhost:9464 (a trailing slash is fine) */
  TrendsClient(URI base, Duration timeout) {
    String root = base.toString().replaceAll("/+$", "");
    this.base = URI.create(root);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The trends for one window size; {@code type} null = every type. */
  TrendsReply entities(String window, String type, int top, int windows) throws Unavailable, InterruptedException {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("window", window);
    if (type != null) {
      q.put("type", type);
    }
    q.put("top", String.valueOf(top));
    q.put("windows", String.valueOf(windows));
    URI uri = TrendsReply.entitiesUri(base.toString(), q);
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      // The JDK client's ConnectException often carries no message (its cause is a ClosedChannelException).
      String why = e instanceof HttpConnectTimeoutException ? "connect timed out" : "connection refused";
      throw new Unavailable("no newsstream app answers at " + base + " (" + why + "). Start one "
          + "(`newsstream run`, which serves HTTP on metrics.port, default 9464) or point --url at its port.");
    } catch (HttpTimeoutException e) {
      throw new Unavailable("the app at " + base + " did not answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new Unavailable("cannot reach " + base + ": " + reason(e));
    }
    if (response.statusCode() == 404 && !response.body().startsWith("{")) {
      throw new Unavailable(base + " has no /trends/entities: is it a newsstream app of this version?");
    }
    if (response.statusCode() != 200) {
      throw new Unavailable("the app at " + base + " answered HTTP " + response.statusCode() + ": "
          + errorText(response.body()));
    }
    try {
      return TrendsReply.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new Unavailable("the app at " + base + " answered an unreadable reply: " + e.getMessage());
    }
  }

  private static String errorText(String body) {
    return TrendsReply.errorOf(body).orElse(body.length() > 200 ? body.substring(0, 200) + "…" : body.strip());
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
