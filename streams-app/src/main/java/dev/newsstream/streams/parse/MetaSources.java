package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Look-ups of one value in a page's head and markup: {@code <meta>}, microdata, attributes, visible text. */
final class MetaSources {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private final Document doc;
  // Collected in one pass: every look-up below scans these short lists instead of the whole DOM.
  private final List<Element> metas = new ArrayList<>();
  private final List<Element> itemprops = new ArrayList<>();
  /** Every element in document order, as the page was when this was made: selects filter it, no DOM walk each. */
  private final List<Element> all;

  MetaSources(Document doc) {
    this.doc = doc;
    this.all = doc.getAllElements();
    for (Element e : all) {
      if (e.nameIs("meta")) {
        metas.add(e);
      }
      if (e.hasAttr("itemprop")) {
        itemprops.add(e);
      }
    }
  }

  /** {@code <meta attr="name" content>}, case-insensitive on the name; first non-blank content. */
  Optional<String> meta(String attr, String name) {
    for (Element e : metas) {
      if (e.attr(attr).equalsIgnoreCase(name)) {
        String v = e.attr("content").strip();
        if (!v.isEmpty()) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** Every non-blank content of {@code <meta attr="name">}. */
  List<String> metas(String attr, String name) {
    List<String> out = new ArrayList<>();
    for (Element e : metas) {
      if (e.attr(attr).equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
        out.add(e.attr("content").strip());
      }
    }
    return out;
  }

  /** The first name among {@code <meta name>} / {@code <meta property>} that has content. */
  Optional<String> anyMeta(String... names) {
    for (String n : names) {
      Optional<String> v = meta("name", n).or(() -> meta("property", n));
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Microdata value: content / datetime / href / src attribute, else the element's text. */
  Optional<String> itemprop(String name) {
    for (Element e : itemprops(name)) {
      Optional<String> v = itemValue(e);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Elements whose itemprop (a space-separated list) names this property, case-insensitively. */
  List<Element> itemprops(String... names) {
    List<Element> out = new ArrayList<>();
    for (Element e : itemprops) {
      for (String p : SPACES.split(e.attr("itemprop"))) {
        for (String n : names) {
          if (p.equalsIgnoreCase(n)) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  static Optional<String> itemValue(Element e) {
    for (String a : List.of("content", "datetime")) {
      if (e.hasAttr(a) && !e.attr(a).isBlank()) {
        return Optional.of(e.attr(a).strip());
      }
    }
    if (Queries.is(e, "meta")) {
      return Optional.empty();
    }
    if (Queries.is(e, "a, link") && e.hasAttr("href") && e.text().isBlank()) {
      return Optional.of(e.absUrl("href")).filter(s -> !s.isEmpty());
    }
    if (Queries.is(e, "img") && e.hasAttr("src")) {
      return Optional.of(e.absUrl("src")).filter(s -> !s.isEmpty());
    }
    return Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
  }

  Optional<String> attr(String selector, String attr) {
    Element e = Queries.first(doc, selector);
    return e == null ? Optional.empty() : Optional.of(e.attr(attr).strip()).filter(s -> !s.isEmpty());
  }

  Optional<String> text(String selector) {
    Element e = Queries.first(doc, selector);
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
  }

  /**
   * What {@code doc.select(selector)} gave when this was made (metadata is read before the body extraction changes the
   * page), in document order, taken from the element list rather than by walking every node of the DOM again, and
   * lazily: a caller that stops at the first usable byline or date does not test the rest of the page.
   */
  Iterable<Element> select(String selector) {
    org.jsoup.select.Evaluator query = Queries.evaluator(selector);
    if (!(query instanceof Queries.AnyOf)) {
      return Queries.select(doc, selector);
    }
    return () -> all.stream().filter(e -> query.matches(doc, e)).iterator();
  }

  /** The {@code <script type="application/ld+json">} elements, as {@link #select} finds them. */
  Iterable<Element> jsonLdScripts() {
    return select(JsonLd.SCRIPTS);
  }

  Document doc() {
    return doc;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
