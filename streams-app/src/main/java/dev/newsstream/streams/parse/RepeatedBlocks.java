package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Which repeated lines of an article are copies to drop and which are the article's own text said twice.
 *
 * <p>A page often holds a line twice for layout reasons: a mobile and a desktop twin of the text (one hidden by
 * CSS we do not apply), a teaser or summary box that repeats the lead, a slideshow's intro printed again beside each
 * slide. Such a copy sits in a wrapper of its own, set apart from the first occurrence's by its class, or made of
 * nothing but copied lines. Text an author repeats (a refrain, the same sub-heading over two sections, a test page's
 * filler paragraph) sits in the article's own flow; readers and the benchmarks' truths count it each time it
 * appears (their shingles are a multiset), and dropping it lost half of such pages. So a repeat is kept when:
 * <ul>
 *   <li>it shares its parent element with the first occurrence (one flow of siblings), and when it directly follows
 *   an identical line, the two elements are of one kind (same tag, same attributes): side-by-side twins differ in
 *   the class or attribute that lets the stylesheet hide one of them, a paragraph given twice in a row does not; or
 *   <li>the two occurrences are in sibling sections of one kind (two plain {@code <div>}s of one article, each with
 *   its sub-heading) and the repeat's section also holds lines said nowhere before: a section of copies only is a
 *   twin.
 * </ul>
 */
final class RepeatedBlocks {
  private RepeatedBlocks() {}

  /**
   * The blocks in order without copies: a block whose normalised text ({@link TextNormalizer#normalize}) appeared
   * before is dropped unless one of the rules above keeps it.
   *
   * @param blocks text lines in document order (owners from {@link TextBlocks#of}); not modified
   * @return a new list, each kept block in its place
   */
  static List<TextBlocks.Block> dropCopies(List<TextBlocks.Block> blocks) {
    Map<String, TextBlocks.Block> first = new HashMap<>();
    List<String> norms = new ArrayList<>(blocks.size());
    boolean[] isFirst = new boolean[blocks.size()];
    boolean anyRepeat = false;
    for (int i = 0; i < blocks.size(); i++) {
      String norm = TextNormalizer.normalize(blocks.get(i).text());
      norms.add(norm);
      isFirst[i] = first.putIfAbsent(norm, blocks.get(i)) == null;
      anyRepeat |= !isFirst[i];
    }
    if (!anyRepeat) {
      return blocks;
    }
    List<TextBlocks.Block> out = new ArrayList<>(blocks.size());
    // per section element: whether it holds a first occurrence (a table of repeated values asks once per section)
    Map<Element, Boolean> sectionsWithNewText = new IdentityHashMap<>();
    String previous = null;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      String norm = norms.get(i);
      TextBlocks.Block earlier = first.get(norm);
      boolean keep = isFirst[i]
          || sameFlow(earlier, b) && (!norm.equals(previous) || sameKind(out.get(out.size() - 1).owner(), b.owner()))
          || inSectionWithNewText(earlier, b, blocks, isFirst, sectionsWithNewText);
      if (keep) {
        out.add(b);
        previous = norm;
      }
    }
    return out;
  }

  /**
   * Whether two lines belong to one run of text: the same owner element (lines split by {@code <br>}) or owners that
   * are children of one parent (sibling paragraphs and headings of one body). Compared by identity: two equal
   * elements in different places are different flows.
   */
  static boolean sameFlow(TextBlocks.Block a, TextBlocks.Block b) {
    Element x = a.owner();
    Element y = b.owner();
    if (x == y) {
      return true;
    }
    Element px = x.parent();
    return px != null && px == y.parent();
  }

  /**
   * Different elements with the same tag and attributes (names and values, in order): no stylesheet could tell them
   * apart. Compares the visible attributes only: {@code Attributes.equals} also compares jsoup's internal user data,
   * which the cleaner sets on some elements.
   */
  static boolean sameKind(Element x, Element y) {
    return x != y && x.normalName().equals(y.normalName()) && x.attributes().asList().equals(y.attributes().asList());
  }

  /**
   * The second rule: below the two lines' nearest common ancestor, the sections holding them are
   * {@link #sameKind} and the later one holds a first occurrence of some line too.
   *
   * @param isFirst per block of {@code blocks}: whether its text appears there for the first time
   * @param cache answers per section element, filled as they are computed
   */
  static boolean inSectionWithNewText(TextBlocks.Block earlier, TextBlocks.Block repeat, List<TextBlocks.Block> blocks,
      boolean[] isFirst, Map<Element, Boolean> cache) {
    Element[] sections = sectionsBelowCommonAncestor(earlier.owner(), repeat.owner());
    if (sections == null || !sameKind(sections[0], sections[1])) {
      return false;
    }
    return cache.computeIfAbsent(sections[1], section -> {
      for (int i = 0; i < blocks.size(); i++) {
        if (isFirst[i] && Queries.isWithin(blocks.get(i).owner(), section)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The children of {@code a}'s and {@code b}'s nearest common ancestor that hold each of them, or null when one
   * element holds the other (no two sections).
   */
  static Element[] sectionsBelowCommonAncestor(Element a, Element b) {
    List<Element> pathA = new ArrayList<>();
    for (Element e = a; e != null; e = e.parent()) {
      pathA.add(e);
    }
    Element below = null;
    for (Element e = b; e != null; e = e.parent()) {
      int at = pathA.indexOf(e);
      if (at >= 0) {
        return at == 0 || below == null ? null : new Element[] {pathA.get(at - 1), below};
      }
      below = e;
    }
    return null;
  }
}
