package dev.newsstream.streams.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The readability-style scores behind {@link ContainerFinder}: every prose block scores its container (full), the
 * container's parent (half) and further ancestors (a third per level); a candidate's final score is damped by its
 * link density and shifted by tag and class/id hints. Also keeps, per element on a block's ancestor path, the
 * character counts (text, link text, prose, non-prose lines) that picking the winner and joining its siblings read.
 * Kept apart from the picking so the numbers have one owner and the choices only read them.
 */
final class CandidateScores {
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int SHORT_LINE_CHARS = 80;
  private static final double SHORT_LINE_WEIGHT = 0.25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int HINT_WEIGHT = 25;

  private final Map<Element, Double> raw = new IdentityHashMap<>();
  // [text, link text, prose text, lines that are not prose]
  private final Map<Element, int[]> chars = new IdentityHashMap<>();
  private final Map<Element, Double> finals = new IdentityHashMap<>();
  private final Element root;

  /** Scores the blocks' owners and their ancestors up to {@code root}. */
  CandidateScores(List<TextBlocks.Block> blocks, Element root) {
    this.root = root;
    score(blocks);
  }

  private void score(List<TextBlocks.Block> blocks) {
    for (TextBlocks.Block b : blocks) {
      int levels = 0;
      // A row of a data table is values, not prose: a table of 650 names and addresses in an article must neither
      // outscore nor outweigh the article around it. It is kept when its container wins.
      boolean prose = b.text().length() >= MIN_BLOCK_CHARS && b.linkDensity() <= 0.5 && !b.tag().equals("tr");
      for (Element a = b.owner(); a != null && levels < 300; a = a.parent(), levels++) {
        int[] c = chars.computeIfAbsent(a, k -> new int[4]);
        c[0] += b.text().length();
        c[1] += b.linkChars();
        c[2] += prose ? b.text().length() - b.linkChars() : 0;
        c[3] += prose || b.text().isBlank() ? 0 : 1;
        if (a == root) {
          break;
        }
      }
      if (!prose) {
        continue;
      }
      double s = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0);
      if (b.text().length() < SHORT_LINE_CHARS && !b.tag().equals("li") && !TextBlocks.PROSE_END.matcher(b.text()).find()) {
        // A short line that is no sentence and no list item ("Noam Chomsky, MIT" between <br>s) is an entry of a
        // roll: a long roll of them (signatories under a letter) must not outscore the paragraphs above it. Real
        // lists (<li>: ingredients, steps) keep their weight.
        s *= SHORT_LINE_WEIGHT;
      }
      Element a = TextBlocks.PARAGRAPH_TAGS.contains(b.tag()) ? b.owner().parent() : b.owner();
      for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
        double divider = level + 1;
        raw.merge(a, s / divider, Double::sum);
        if (a == root) {
          break;
        }
      }
    }
  }

  /** Whether no block scored anything: no candidate at all. */
  boolean isEmpty() {
    return raw.isEmpty();
  }

  /** The scored candidates (the live key set, in the map's order). */
  Set<Element> candidates() {
    return raw.keySet();
  }

  double finalScore(Element e) {
    Double r = raw.get(e);
    if (r == null) {
      return 0;
    }
    return finals.computeIfAbsent(e, k -> (r + initial(k)) * (1 - linkDensity(k)));
  }

  /** Whether the element lies on some block's ancestor path, so that its counts below are known. */
  boolean counted(Element e) {
    return chars.containsKey(e);
  }

  /** Characters of text in the element's blocks; 0 for an element no block counted. */
  int text(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[0];
  }

  /** Characters of link text in the element's blocks. */
  int linkText(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[1];
  }

  /** Characters of un-linked text in the element's prose blocks. */
  int prose(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[2];
  }

  /** Non-blank lines in the element that are not prose (labels, headings, link lines). */
  int nonProseLines(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[3];
  }

  /** Link text over all text, 0 to 1; 0 for an element without text. */
  double linkDensity(Element e) {
    int[] c = chars.get(e);
    return c == null || c[0] == 0 ? 0 : Math.min(1, c[1] / (double) c[0]);
  }

  private static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.attr("itemprop").equals("articleBody")) {
      s += HINT_WEIGHT;
    }
    return s + BoilerplateHints.weight(e);
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
