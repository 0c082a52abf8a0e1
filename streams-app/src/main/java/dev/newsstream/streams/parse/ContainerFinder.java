package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Stage 3: which elements hold the article. Every prose block scores its container (full), the container's parent
 * (half) and further ancestors (a third per level), readability-style; a container's score is damped by its link
 * density and shifted by tag and class/id hints ({@link CandidateScores}). The winner is widened to the common
 * ancestor when the best candidates share one (text split over many small wrappers), and joined by siblings that
 * score well (text split by ad slots; {@link ContainerJoins}) or prose cells of the neighbouring table rows (text
 * laid out over a layout table's rows; {@link TableRowCells}), and list boxes just before its wrapper (pros and cons,
 * key points; {@link ListBoxes}).
 */
final class ContainerFinder {
  private static final int TOP_N = 6;
  /** Share of an element's prose a child must hold to stand for it. */
  static final double DOMINANT_SHARE = 0.6;

  private final Element root;
  private final CandidateScores scores;
  private final ContainerJoins joins;

  private ContainerFinder(List<TextBlocks.Block> blocks, Element root) {
    this.root = root;
    this.scores = new CandidateScores(blocks, root);
    this.joins = new ContainerJoins(scores, blocks, root);
  }

  /**
   * The article's containers in document order (one or more siblings, plus twins of the winner elsewhere in the
   * same article), or the root when nothing scores.
   */
  static List<Element> find(List<TextBlocks.Block> blocks, Element root) {
    return new ContainerFinder(blocks, root).pick();
  }

  private List<Element> pick() {
    if (scores.isEmpty()) {
      return List.of(root);
    }
    List<Element> ranked = new ArrayList<>(scores.candidates());
    ranked.sort(Comparator.comparingDouble(scores::finalScore).reversed());
    Element top = ranked.get(0);
    top = commonAncestorOfBest(top, ranked.subList(1, Math.min(TOP_N, ranked.size())));
    top = inFirstOfRepeatedArticles(top, ranked);
    top = descendToDominantChild(top);
    while (top != root && top.parent() != null && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    List<Element> joined = joins.withTwinChunks(joins.withProseBeforeParent(joins.withSiblings(top), top), top);
    return ListBoxes.withListBoxes(TableRowCells.withRowCells(joined, top, scores), top, root, scores);
  }

  /**
   * Infinite-scroll pages append the next stories after the article as sibling {@code <article>}s of one template
   * ({@code article#article-0}, {@code article#article-1}… with the same class), or as sibling wrappers of one
   * article each ({@code div.scrollblock > article}). The page's own story is the first
   * of them, however long the later ones are: when the winner sits in a later one and the first holds prose, the
   * best candidate inside the first wins instead.
   */
  private Element inFirstOfRepeatedArticles(Element top, List<Element> ranked) {
    Element article = null;
    for (Element a = top; a != null && a != root; a = a.parent()) {
      if (a.normalName().equals("article")) {
        article = a;
        break;
      }
    }
    if (article == null) {
      return top;
    }
    // The repeated item is the article or a wrapper of it one or two levels up (div.scrollblock > article).
    Element item = article;
    Element first = null;
    for (int up = 0; up < 3 && item != null && item != root && item.parent() != null && first == null; up++) {
      first = firstTwin(item);
      if (first == null) {
        item = item.parent();
      }
    }
    if (first == null || first == item || scores.prose(first) < FIRST_ARTICLE_MIN_PROSE
        || first.getElementsByTag("article").isEmpty()) { // twins that are layout rows, not stories
      return top;
    }
    for (Element c : ranked) {
      if (c == first || isAncestor(first, c)) {
        return c;
      }
    }
    return top;
  }

  /** The first sibling of the same tag and (non-empty) class, when there is another one than the element itself. */
  private static Element firstTwin(Element e) {
    if (e.className().isEmpty()) {
      return null;
    }
    Element first = null;
    int twins = 0;
    for (Element s : e.parent().children()) {
      if (s.normalName().equals(e.normalName()) && s.className().equals(e.className())) {
        first = first == null ? s : first;
        twins++;
      }
    }
    return twins > 1 ? first : null;
  }

  /** Prose characters the first of repeated articles needs to be the page's story rather than a stub. */
  private static final int FIRST_ARTICLE_MIN_PROSE = 300;

  /** When at least 3 of the next best candidates sit under one ancestor of the top one, that ancestor wins. */
  private Element commonAncestorOfBest(Element top, List<Element> others) {
    double topScore = scores.finalScore(top);
    List<Element> strong = others.stream().filter(o -> scores.finalScore(o) >= topScore * 0.5).toList();
    if (strong.size() < 3) {
      return top;
    }
    for (Element a = top.parent(); a != null; a = a.parent()) {
      int contained = 0;
      for (Element o : strong) {
        if (o != a && isAncestor(a, o)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return a;
      }
      if (a == root) {
        break;
      }
    }
    return top;
  }

  /**
   * A wrapper that won on accumulated score (article plus rail, plus comments) gives way to the child holding most
   * of its prose; siblings that belong to the text come back through {@link ContainerJoins#withSiblings}.
   */
  private Element descendToDominantChild(Element top) {
    Element e = top;
    for (int guard = 0; guard < 50; guard++) {
      int total = scores.prose(e);
      Element dominant = null;
      for (Element child : e.children()) {
        if (scores.prose(child) >= total * DOMINANT_SHARE) {
          dominant = child;
        }
      }
      if (dominant == null || total == 0 || TextBlocks.PARAGRAPH_TAGS.contains(dominant.normalName())) {
        return e;
      }
      e = dominant;
    }
    return e;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }
}
