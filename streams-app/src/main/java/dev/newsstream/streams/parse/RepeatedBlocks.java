package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Which repeated lines of an article are copies to drop and which are the article's own text said twice.
 *
 * <p>A page often holds a line twice for layout reasons: a mobile and a desktop twin of the text (one hidden by
 * CSS we do not apply), a teaser or summary box that repeats the lead, a slideshow's intro printed again beside each
 * slide. Such copies sit in another part of the tree than the first occurrence. Text an author repeats (a refrain,
 * the same sub-heading over two sections, a test page's filler paragraph) sits in one flow of siblings with other
 * lines between the occurrences; readers and the benchmarks' truths count it each time it appears (their shingles
 * are a multiset), and dropping it lost half of such pages. So a repeat is kept only when it shares its parent
 * element with the first occurrence (same flow), and, when it directly follows an identical line, only when the two
 * elements are of one kind (same tag, same attributes): side-by-side twins differ in the class or attribute that lets
 * the stylesheet hide one of them, a paragraph given twice in a row does not.
 */
final class RepeatedBlocks {
  private RepeatedBlocks() {}

  /**
   * The blocks in order without copies: a block whose normalised text ({@link TextNormalizer#normalize}) appeared
   * before is dropped unless it is in the {@link #sameFlow} as the first occurrence and either the kept line before
   * it is different or both are the {@link #sameKind} of element.
   *
   * @param blocks text lines in document order (owners from {@link TextBlocks#of}); not modified
   * @return a new list, each kept block once in its place
   */
  static List<TextBlocks.Block> dropCopies(List<TextBlocks.Block> blocks) {
    Map<String, TextBlocks.Block> first = new HashMap<>();
    List<TextBlocks.Block> out = new ArrayList<>(blocks.size());
    String previous = null;
    for (TextBlocks.Block b : blocks) {
      String norm = TextNormalizer.normalize(b.text());
      TextBlocks.Block earlier = first.putIfAbsent(norm, b);
      if (earlier == null || sameFlow(earlier, b) && (!norm.equals(previous) || sameKind(out.get(out.size() - 1), b))) {
        out.add(b);
        previous = norm;
      }
    }
    return out;
  }

  /** Same tag and the same attributes (names and values): nothing a stylesheet could show one and hide the other by. */
  static boolean sameKind(TextBlocks.Block a, TextBlocks.Block b) {
    Element x = a.owner();
    Element y = b.owner();
    return x != y && x.normalName().equals(y.normalName()) && x.attributes().equals(y.attributes());
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
}
