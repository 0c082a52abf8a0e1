package dev.newsstream.url;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The parameters of a request's query string ({@code application/x-www-form-urlencoded}, as HTML forms send it). */
public final class QueryString {
  private QueryString() {}

  /**
   * @param rawQuery the raw (still percent-encoded) query, without '?'; null or empty for none
   * @return name -> value in order of first appearance, both decoded as UTF-8; a name without '=' maps to "";
   *     a repeated name keeps its last value; empty pairs ("a=1&&b=2") are skipped
   */
  public static Map<String, String> parse(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  /**
   * The inverse of {@link #parse}: {@code name=value&...} in the map's order, each value percent-encoded as UTF-8
   * form data (names are taken as they are: callers use fixed ASCII names).
   */
  public static String format(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
