package dev.newsstream.streams.analytics;

import dev.newsstream.url.QueryString;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of GET /trends/entities, validated: {@code window} (a configured label, default the first),
 * {@code type} (PERSON, ORGANIZATION, LOCATION, MISC; absent = all), {@code top} (1..1000, default 20),
 * {@code windows} (1..1000, default 6), {@code local=true} (a peer asks: answer from local stores only).
 */
public record TrendsRequest(TrendWindow window, String type, int top, int windows, boolean local) {
  public static final int MAX = 1000;

  /** A bad parameter; the message is the 400 body's error. */
  public static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  /** @param rawQuery the URI's raw query (null = none) */
  public static TrendsRequest parse(String rawQuery, List<TrendWindow> configured) {
    Map<String, String> q = QueryString.parse(rawQuery);
    TrendWindow window = configured.get(0);
    if (q.containsKey("window")) {
      String label = q.get("window").strip().toLowerCase(Locale.ROOT);
      window = configured.stream().filter(w -> w.label().equals(label)).findFirst().orElseThrow(() -> new BadRequest(
          "unknown window '" + q.get("window") + "'; configured (analytics.windows): "
              + configured.stream().map(TrendWindow::label).toList()));
    }
    String type = null;
    if (q.containsKey("type") && !q.get("type").isBlank()) {
      type = q.get("type").strip().toUpperCase(Locale.ROOT);
      if (!StreamsAppConfig.Enrich.ALL_TYPES.contains(type)) {
        throw new BadRequest("unknown type '" + q.get("type") + "'; one of PERSON, ORGANIZATION, LOCATION, MISC");
      }
    }
    return new TrendsRequest(window, type, number(q, "top", 20), number(q, "windows", 6),
        "true".equals(q.get("local")));
  }

  /** The query string a peer is asked with: the same request, answered locally. */
  public String peerQuery() {
    return "window=" + window.label() + (type == null ? "" : "&type=" + type) + "&top=" + top + "&windows=" + windows
        + "&local=true";
  }

  private static int number(Map<String, String> q, String key, int dflt) {
    String raw = q.get(key);
    if (raw == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(raw.strip());
      if (n >= 1 && n <= MAX) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequest(key + " must be a whole number from 1 to " + MAX + ", got '" + raw + "'");
  }
}
