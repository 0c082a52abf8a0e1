package dev.newsstream.url;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a request's query string ({@code application/x-www-form-urlencoded}, as HTML forms send it). */
public final class QueryString {
  private QueryString() {}

  /**
   * @param rawQuery the raw (still percent-encoded) query, without '?'; null or empty for none
   * @return name -> value in order of first appearance, both decoded as UTF-8; a name without '=' maps to "";
   *     a repeated name keeps its last value
   */
  public static Map<String, String> parse(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }
}
