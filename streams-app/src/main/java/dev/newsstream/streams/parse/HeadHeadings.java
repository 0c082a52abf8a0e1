package dev.newsstream.streams.parse;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The headings in an article's own header: the headline and the dek (standfirst) under it
 * ({@code <article><header><h1 class="article--headline">…</h1><h2 class="article--sub-headline">…</h2>}). Templates
 * name them "headline" or "sub-headline", words that elsewhere mark a teaser's heading, so cleaning by names would
 * remove the dek; in the article's header they are the article's own, and later stages sort them out line by line
 * (the headline goes as the title, the dek stays as the lead: {@link LeadBlocks}). A linked heading (a kicker link,
 * a teaser) is not kept by this rule.
 */
final class HeadHeadings {
  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HeadHeadings() {}

  /**
   * Whether the element is a heading with little link text inside a {@code <header>} or {@code <hgroup>} that
   * itself lies in an {@code <article>} or {@code <main>}.
   */
  static boolean isInArticleHeader(Element e) {
    if (!HEADINGS.contains(e.normalName()) || isLinked(e)) {
      return false;
    }
    boolean inHeader = false;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("header") || tag.equals("hgroup")) {
        inHeader = true;
      } else if (tag.equals("article") || tag.equals("main")) {
        return inHeader;
      }
    }
    return false;
  }

  private static boolean isLinked(Element e) {
    return Queries.isHalfLinkText(e) || e.closest("a") != null;
  }
}
