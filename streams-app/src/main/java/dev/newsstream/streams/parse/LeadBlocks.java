package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The lead (intro, teaser, abstract, subtitle) that a page sets above its body, outside the container that holds
 * the body paragraphs: {@code <article><header><h1>…</h1><p class="lead">…</p></header><div class="body">…}. It is
 * article text (the annotated dev set counts it), so its elements join the containers. Only lines inside the same
 * {@code <article>} as the body (or {@code <main>} when there is no article element), before it, in a header or
 * named as a lead, that read as prose.
 */
final class LeadBlocks {
  private static final Set<String> LEAD_WORDS = Set.of("lead", "lede", "intro", "introduction", "teaser",
      "abstract", "summary", "subtitle", "subline", "standfirst", "excerpt", "deck", "dek", "description",
      "chapo", "chapeau", "sapo", "firstparagraph", "vorspann", "descr", "bajada", "entradilla", "sumario",
      "sommario", "catenaccio", "linhafina", "leader", "shortinfo", "verdict");
  /** Class/id words of an element that wraps one article (its header and body) when the page has no element. */
  private static final Set<String> ARTICLE_WORDS = Set.of("article", "articulo", "artigo", "articolo", "artikel",
      "story", "post", "entry", "news");
  private static final int MIN_CHARS = 60;

  private LeadBlocks() {}

  /** The containers plus the owners of lead lines above them, in document order. */
  static List<Element> withLead(List<TextBlocks.Block> blocks, List<Element> containers) {
    if (containers.isEmpty()) {
      return containers;
    }
    Element first = containers.get(0);
    List<Element> leads = List.of();
    for (Element scope : scopes(first)) {
      leads = leads(blocks, first, scope);
      if (!leads.isEmpty()) {
        break;
      }
    }
    if (leads.isEmpty()) {
      return containers;
    }
    List<Element> out = new ArrayList<>(leads);
    out.addAll(containers);
    return out;
  }

  private static List<Element> leads(List<TextBlocks.Block> blocks, Element first, Element article) {
    List<Element> leads = new ArrayList<>();
    for (TextBlocks.Block b : blocks) {
      Element owner = b.owner();
      if (Queries.isWithin(owner, first)) {
        break; // the body starts: a lead is above it
      }
      if (!Queries.isWithin(owner, article) || !isLeadPlace(owner, article)
          || !(isLeadProse(b) || isNamedLeadLine(b, article))) {
        continue;
      }
      leads.add(owner);
    }
    return leads;
  }

  static boolean isLeadProse(TextBlocks.Block b) {
    String t = b.text();
    return t.length() >= MIN_CHARS && b.linkDensity() < 0.2 && !b.tag().equals("h1") && !b.tag().equals("li")
        && (TextBlocks.PROSE_END.matcher(t).find() || t.length() >= 2 * MIN_CHARS);
  }

  /**
   * Where the article's lead may be, around its body container, tried in order: the nearest {@code <article>}, else
   * the two nearest elements named as an article ({@code div.article}, {@code section.contenedor-articulo}: CMS
   * templates without HTML5 elements), nearest first; then {@code <main>}. Empty when there is none (no lead is looked for). The
   * page's {@code <body>} never counts, whatever its classes say ({@code single-post}).
   */
  static List<Element> scopes(Element container) {
    Element article = null;
    List<Element> named = new ArrayList<>(2);
    Element main = null;
    for (Element a = container.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (article == null && a.normalName().equals("article")) {
        article = a;
      }
      if (named.size() < MAX_NAMED_SCOPES && isArticleNamed(a)) {
        named.add(a); // nearest first: "article-body" may be the body's own wrapper, "article" the one above it
      }
      if (main == null && a.normalName().equals("main")) {
        main = a;
      }
    }
    List<Element> out = new ArrayList<>(4);
    if (article != null) {
      out.add(article);
    } else {
      out.addAll(named);
    }
    if (main != null && !out.contains(main)) {
      out.add(main);
    }
    return out;
  }

  private static final int MAX_NAMED_SCOPES = 2;

  private static boolean isArticleNamed(Element e) {
    for (String w : BoilerplateHints.words(e)) {
      if (ARTICLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line in an element the page names as its lead ("teaser-text", "intro") needs no sentence end: deks are often
   * written without a final stop. Still long enough to be more than a label, not a link, not the headline.
   */
  private static boolean isNamedLeadLine(TextBlocks.Block b, Element article) {
    if (b.text().length() < MIN_CHARS || b.linkDensity() >= 0.2 || b.tag().equals("h1") || b.tag().equals("li")) {
      return false;
    }
    for (Element a = b.owner(); a != null && a != article; a = a.parent()) {
      if (isLeadNamed(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element sits in a header ({@code <header>}, {@code <hgroup>}) or a lead-named element. */
  static boolean isInLeadPlace(Element owner) {
    return isLeadPlace(owner, null);
  }

  /** In the article's header, or in an element named as a lead, below the article element. */
  private static boolean isLeadPlace(Element owner, Element article) {
    for (Element a = owner; a != null && a != article; a = a.parent()) {
      if (a.normalName().equals("header") || a.normalName().equals("hgroup") || isLeadNamed(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element's class/id words name it as a lead ("article-lead", "teaser-text", "field-abstract"). */
  static boolean isLeadNamed(Element e) {
    for (String w : BoilerplateHints.words(e)) {
      if (LEAD_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
