package dev.newsstream.streams.parse;

import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * DOM look-ups the stages share. CSS queries are parsed once: jsoup re-parses a selector string on every call, which
 * cost ~10% of a page's time.
 */
final class Queries {
  private static final ConcurrentHashMap<String, Evaluator> CACHE = new ConcurrentHashMap<>();

  private Queries() {}

  static Elements select(Element root, String css) {
    return root.select(CACHE.computeIfAbsent(css, QueryParser::parse));
  }

  static Element first(Element root, String css) {
    return root.selectFirst(CACHE.computeIfAbsent(css, QueryParser::parse));
  }

  /** Whether {@code e} is {@code ancestor} or lies inside it (a walk up the parents; no allocation). */
  static boolean isWithin(Element e, Element ancestor) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }
}
