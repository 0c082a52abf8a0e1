package dev.newsstream.streams.parse;

import java.util.List;

/**
 * Sub-headings of the text set as {@code <h1>}: some editors (Medium's, page builders, HTML5 sectioning) give each
 * part of an article its own {@code <h1>} ("Why CPU monitoring is important?", "Conclusion"). {@link BlockFilter}
 * drops every {@code <h1>} inside the containers as the page's headline; this gives back those that stand between
 * two kept paragraphs of the body, as Mozilla Readability keeps in-body {@code <h1>}s (it demotes them to
 * {@code <h2>}) and trafilatura keeps every heading of the main content. The headline comes before the text's first
 * paragraph, so it never has body prose on both sides; a heading that names the page (the title's words, or a part
 * of it) stays dropped wherever it is.
 */
final class BodyH1Subheads {
  private static final int MAX_CHARS = 150;
  /** A paragraph before or after the heading holds at least this many characters (a sentence, not a label). */
  private static final int PROSE_CHARS = 60;

  private BodyH1Subheads() {}

  /**
   * Sets {@code kept[i]} for each line dropped only for being an {@code h1} ({@code h1Dropped[i]}: in a container,
   * no other junk, not link-dense), under half link text, at most
   * {@value #MAX_CHARS} characters, neither inside nor holding the title, whose nearest lines before and after
   * are kept, non-heading paragraphs ending as sentences of {@value #PROSE_CHARS}+ characters.
   *
   * @param blocks the page's lines in order; {@code kept} is per line (kept is updated)
   * @param h1Dropped per line: an {@code h1} of the containers that would be kept were it another heading
   * @param normTitle the page's title, normalised ({@link TextNormalizer#normalize}), or null
   */
  static void keep(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] h1Dropped, String normTitle) {
    for (int i = 1; i + 1 < blocks.size(); i++) {
      TextBlocks.Block h = blocks.get(i);
      if (!h1Dropped[i] || h.linkDensity() >= 0.5
          || h.text().length() > MAX_CHARS || namesPage(h.text(), normTitle)) {
        continue;
      }
      kept[i] = isProse(blocks.get(i - 1), kept[i - 1]) && isProse(blocks.get(i + 1), kept[i + 1]);
    }
  }

  private static boolean namesPage(String text, String normTitle) {
    if (normTitle == null || normTitle.isEmpty()) {
      return false;
    }
    String t = TextNormalizer.normalize(text);
    return t.isEmpty() || normTitle.contains(t) || t.contains(normTitle);
  }

  private static boolean isProse(TextBlocks.Block b, boolean kept) {
    return kept && !b.isHeading() && b.linkDensity() < 0.3 && b.text().length() >= PROSE_CHARS
        && TextBlocks.PROSE_END.matcher(b.text()).find();
  }
}
