package dev.newsstream.streams.parse;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Sub-headings of the text that are wholly a link (to a topic page, a product, an anchor): "21) Star Wars: The Last
 * Jedi", "“Thumper” ($20)", "Analyzing a Server Log". {@link BlockFilter} drops link-dense lines as linked
 * headlines of other stories; this gives back those that stand in the text's own flow, between two paragraphs of
 * the body that are their siblings. A teaser card's linked headline sits in its card beside its teaser, not between
 * two paragraphs of one parent; a call to action set as a heading ("Get the recipe here.", "Unlock the offer!*")
 * ends as a sentence and stays dropped, as do one-word links ("[edit]").
 */
final class LinkedSubheads {
  private static final int MAX_CHARS = 120;
  private static final double LINKED = 0.5;

  private LinkedSubheads() {}

  /**
   * Sets {@code kept[i]} for each dropped h2-h6 line in a container that is mostly link text, at most
   * {@value #MAX_CHARS} characters and two words or more, not ending as a sentence, whose neighbouring lines are
   * kept unlinked {@code <p>} prose with the same parent element.
   *
   * @param blocks the page's lines in order; {@code kept} and {@code inContainer} are per line (kept is updated)
   */
  static void keep(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] inContainer) {
    for (int i = 1; i + 1 < blocks.size(); i++) {
      TextBlocks.Block h = blocks.get(i);
      if (kept[i] || !inContainer[i] || !h.isHeading() || h.tag().equals("h1") || h.linkDensity() <= LINKED
          || h.text().length() > MAX_CHARS || TextNormalizer.wordCount(h.text()) < 2
          || TextBlocks.ACTION_END.matcher(h.text()).find()) {
        continue;
      }
      kept[i] = isFlowProse(blocks, kept, i - 1, h) && isFlowProse(blocks, kept, i + 1, h);
    }
  }

  /** Line {@code j} is a kept, unlinked paragraph ending as a sentence, child of the heading's parent. */
  private static boolean isFlowProse(List<TextBlocks.Block> blocks, boolean[] kept, int j, TextBlocks.Block heading) {
    TextBlocks.Block b = blocks.get(j);
    return kept[j] && b.tag().equals("p") && b.linkDensity() < 0.3 && b.owner().parent() == heading.owner().parent()
        && TextBlocks.PROSE_END.matcher(b.text()).find();
  }

  /**
   * A heading of two words or more whose links all point into the page itself ({@code href="#sharing"}: a
   * documentation renderer's back-link to the table of contents and its "¶" permalink). It names a section of
   * this text, not another page; Readability likewise weighs such hash links at 0.3 in its link density. A bare
   * {@code href="#"} is a script's button (an accordion, a menu), not an anchor, and still counts as a link.
   */
  static boolean isSelfAnchored(TextBlocks.Block b) {
    if (b.linkChars() == 0 || TextNormalizer.wordCount(b.text()) < 2) {
      return false;
    }
    for (Element a : b.owner().getElementsByTag("a")) {
      if (!isAnchor(a)) {
        return false;
      }
    }
    Element wrap = b.owner().closest("a"); // a heading set inside a link card ("<a href=…><h4>Follow us…</h4></a>")
    return wrap == null || isAnchor(wrap);
  }

  private static boolean isAnchor(Element a) {
    String href = a.attr("href").strip();
    return !TextBlocks.isLink(a) || href.length() > 1 && href.charAt(0) == '#';
  }
}
