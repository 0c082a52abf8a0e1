package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
      "chapo", "chapeau", "sapo", "firstparagraph", "vorspann", "descr");
  private static final Pattern PROSE_END = Pattern.compile("[.!?…»”\"]\\s*$");
  private static final int MIN_CHARS = 60;

  private LeadBlocks() {}

  /** The containers plus the owners of lead lines above them, in document order. */
  static List<Element> withLead(List<TextBlocks.Block> blocks, List<Element> containers) {
    if (containers.isEmpty()) {
      return containers;
    }
    Element first = containers.get(0);
    Element article = null;
    for (Element a = first.parent(); a != null && article == null; a = a.parent()) {
      if (a.normalName().equals("article")) {
        article = a;
      }
    }
    for (Element a = first.parent(); a != null && article == null; a = a.parent()) {
      if (a.normalName().equals("main")) {
        article = a; // no <article>: the page's <main> is the article's scope
      }
    }
    if (article == null) {
      return containers;
    }
    List<Element> leads = new ArrayList<>();
    for (TextBlocks.Block b : blocks) {
      Element owner = b.owner();
      if (Queries.isWithin(owner, first)) {
        break; // the body starts: a lead is above it
      }
      if (!Queries.isWithin(owner, article) || !isLeadProse(b) || !isLeadPlace(owner, article)) {
        continue;
      }
      leads.add(owner);
    }
    if (leads.isEmpty()) {
      return containers;
    }
    List<Element> out = new ArrayList<>(leads);
    out.addAll(containers);
    return out;
  }

  static boolean isLeadProse(TextBlocks.Block b) {
    String t = b.text();
    return t.length() >= MIN_CHARS && b.linkDensity() < 0.2 && !b.tag().equals("h1") && !b.tag().equals("li")
        && (PROSE_END.matcher(t).find() || t.length() >= 2 * MIN_CHARS);
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
