package dev.newsstream.streams.parse;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Regions of a page that show other stories: related or recommended posts, teaser carousels, most-read lists, a
 * sidebar ({@code <aside>}). Each of their items carries its own date and author ({@code <div class="related-inner">…
 * <time class="published" datetime="2020-12-03">}, {@code <span class="slider-teaser__author">}), so a date or byline
 * found there is another story's, however early on the page it comes.
 *
 * <p>A region counts only outside the article's own container: the element whose child {@code <p>}s hold the most
 * text, with its ancestors ({@link DomCleaner#ancestorsOfDensestParagraphs}). A layout wrapper whose class merely
 * contains such a word ({@code div.content-sidebar-wrap} around the article, {@code body.sidebar-right}) holds the
 * article and hides nothing. Inside a region, only a candidate on another story's card counts ({@link #contains}):
 * the article's own meta may sit in a box named so, and its own card may be listed among the others. The
 * container is found only when a candidate sits under a region word (most pages never ask), once per page. Not
 * thread-safe: one instance per page.
 */
final class AsideRegions {
  /** Whole name words ({@link BoilerplateHints#words}) that name a region of other stories. */
  private static final Set<String> WORDS = Set.of("related", "relatedposts", "relatedarticles", "recommended",
      "recommendation", "recommendations", "recirculation", "teaser", "teasers", "sidebar", "morefrom",
      "readnext", "youmaylike", "mostread", "mostpopular", "mostviewed", "trending");

  private final Document doc;
  private Set<Element> articleChain;

  AsideRegions(Document doc) {
    this.doc = doc;
  }

  /**
   * Whether the element (a date or byline candidate) belongs to another story listed in a region of other stories:
   * under a region-named element that is not around the article's own text, the smallest box around the element
   * that holds a headline link (a link in a heading, or of {@value #HEADLINE_WORDS}+ words) holds links to exactly
   * one other page — the listed story's card. A region with no such card around the candidate is the article's own
   * meta set in a box so named ({@code p.c-teaser__meta} in the article's head, {@code div.sidebar__item--header}),
   * and a card whose headline links to this very page is the article's own teaser: their dates are this article's.
   */
  boolean contains(Element e) {
    Element body = doc.body();
    boolean inRegion = false;
    Element top = null; // the last ancestor below the article's container
    for (Element a = e; a != null && a != body; a = a.parent()) {
      if (inRegion || isRegion(a)) {
        if (chain().contains(a)) {
          break; // around the article's text: a layout wrapper, as is everything above it
        }
        inRegion = true;
      }
      top = a;
    }
    if (!inRegion) {
      return false;
    }
    for (Element a = e; a != null; a = a.parent()) {
      java.util.Set<String> targets = headlineTargets(a);
      if (!targets.isEmpty()) {
        return targets.size() == 1 && !targets.contains(self());
      }
      if (a == top) {
        break;
      }
    }
    return false;
  }

  /** Words of link text that make a link a headline (a card's title), when it is not in a heading. */
  private static final int HEADLINE_WORDS = 4;

  /** The pages the element's headline links point to (absolute, without fragment or trailing slash). */
  private static java.util.Set<String> headlineTargets(Element box) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Element link : box.getElementsByTag("a")) {
      String href = link.absUrl("href");
      if (href.isEmpty() || !href.startsWith("http")) {
        continue;
      }
      boolean inHeading = false;
      for (Element p = link; p != null && p != box.parent(); p = p.parent()) {
        String n = p.normalName();
        if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
          inHeading = true;
          break;
        }
      }
      if (inHeading || TextNormalizer.wordCount(link.text()) >= HEADLINE_WORDS) {
        out.add(normalise(href));
      }
    }
    return out;
  }

  private String self() {
    return normalise(doc.location());
  }

  /** A URL compared as a page: no fragment, no trailing slash, scheme and host in lower case. */
  private static String normalise(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int path = u.indexOf('/', u.indexOf("//") + 2);
    String head = path < 0 ? u : u.substring(0, path);
    head = head.toLowerCase(java.util.Locale.ROOT).replaceFirst("^http:", "https:");
    return path < 0 ? head : head + u.substring(path);
  }

  private static boolean isRegion(Element a) {
    if (a.nameIs("aside") || "complementary".equals(a.attr("role"))) {
      return true;
    }
    for (String w : BoilerplateHints.words(a)) {
      if (WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private Set<Element> chain() {
    if (articleChain == null) {
      Element body = doc.body();
      articleChain = body == null ? Set.of()
          : DomCleaner.ancestorsOfDensestParagraphs(body, DomCleaner.textLengths(body));
    }
    return articleChain;
  }
}
