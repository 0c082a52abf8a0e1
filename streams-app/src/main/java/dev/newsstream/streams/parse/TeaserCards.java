package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Lists of teaser cards for other stories ("next post", "more from the site", archive rows): sibling elements of one
 * tag, each a linked headline over a short excerpt that the site cut off ("… co-presented by The Public Theatre and
 * Onassis […]"). Six such excerpts hold more prose than a blog's two-sentence post and outscore it, so the container
 * choice leaves them out whenever prose remains elsewhere; a page that is nothing but such a list (a digest) keeps
 * them. Only the choice of container reads this: which lines of the chosen container are kept is
 * {@link BlockFilter}'s business, as before.
 *
 * <p>A card needs the cut-off: a listicle whose items are a linked product name over a full paragraph ("<h2><a
 * href=shop>Sony WH-1000XM5</a></h2><p>The best noise cancelling…</p>") reads like a card but is the article.
 */
final class TeaserCards {
  /** Sibling cards that make a list. */
  static final int MIN_CARDS = 3;
  /** A card's excerpt is one or two lines of at most this many characters in all. */
  private static final int MAX_EXCERPT_CHARS = 600;
  private static final int MAX_EXCERPT_LINES = 2;
  /** Link lines a card holds: its headline, and perhaps a "read the rest" link and a linked kicker. */
  private static final int MAX_LINK_LINES = 3;
  /** How far above a line's owner its card may be ({@code div.card > div.body > h2} is two). */
  private static final int CARD_LEVELS = 3;
  /** An excerpt the site cut: it ends in an ellipsis, bare or bracketed ("…", "...", "[…]", "[...]", "(…)"). */
  static final Pattern CUT_OFF = Pattern.compile("(?:…|\\.\\.\\.)\\s*[\\])]?\\s*$");

  private TeaserCards() {}

  /**
   * {@code CUT_OFF.matcher(text).find()}, read backwards from the end: the search tried the ellipsis at every
   * position of every excerpt (2.5 % of the parse CPU on the bench pages). Same answer on every input
   * ({@code TeaserCardsCutOffTest} compares it with the pattern).
   */
  static boolean isCutOff(String text) {
    int end = text.length();
    if (endsCutOff(text, end)) {
      return true;
    }
    // `$` also matches before a line terminator that ends the input; \s covers all of them but these three
    char last = end > 0 ? text.charAt(end - 1) : 0;
    return (last == '\u0085' || last == '\u2028' || last == '\u2029') && endsCutOff(text, end - 1);
  }

  /** Whether {@code text[0, end)} ends in an ellipsis, then white space, at most one "]" or ")", white space. */
  private static boolean endsCutOff(String text, int end) {
    int i = skipSpaceBack(text, end);
    if (i > 0 && (text.charAt(i - 1) == ']' || text.charAt(i - 1) == ')')) {
      i = skipSpaceBack(text, i - 1);
    }
    return i >= 1 && text.charAt(i - 1) == '…' || i >= 3 && text.startsWith("...", i - 3);
  }

  /** The start of the run of regex {@code \s} characters ({@code [ \t\n\x0B\f\r]}) that ends at {@code end}. */
  private static int skipSpaceBack(String text, int end) {
    int i = end;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        break;
      }
      i--;
    }
    return i;
  }

  /**
   * The blocks without those in lists of cut-off teaser cards, for scoring the containers; the list itself when
   * there is no such list, or when nothing but the lists holds prose.
   */
  static List<TextBlocks.Block> withoutCardLists(List<TextBlocks.Block> blocks) {
    Set<Element> lists = cardLists(blocks);
    if (lists.isEmpty()) {
      return blocks;
    }
    List<TextBlocks.Block> kept = new ArrayList<>(blocks.size());
    boolean prose = false;
    for (TextBlocks.Block b : blocks) {
      if (!inAny(b.owner(), lists)) {
        kept.add(b);
        prose |= isExcerpt(b);
      }
    }
    return prose ? kept : blocks;
  }

  /** Elements with {@value #MIN_CARDS}+ child cards of one tag, most of whose excerpts are cut off. */
  static Set<Element> cardLists(List<TextBlocks.Block> blocks) {
    // [link lines, excerpt lines, excerpt chars, cut-off excerpts] per element up to CARD_LEVELS above each owner
    Map<Element, int[]> counts = new IdentityHashMap<>();
    boolean anyCutOff = false;
    for (TextBlocks.Block b : blocks) {
      boolean link = isLinkLine(b);
      boolean excerpt = !link && isExcerpt(b);
      if (!link && !excerpt) {
        continue;
      }
      boolean cut = excerpt && isCutOff(b.text());
      anyCutOff |= cut;
      Element a = b.owner();
      for (int level = 0; a != null && level <= CARD_LEVELS; level++, a = a.parent()) {
        int[] c = counts.computeIfAbsent(a, k -> new int[4]);
        c[link ? 0 : 1]++;
        c[2] += excerpt ? b.text().length() : 0;
        c[3] += cut ? 1 : 0;
      }
    }
    Set<Element> lists = Collections.newSetFromMap(new IdentityHashMap<>());
    if (!anyCutOff) {
      return lists; // the usual page: no excerpt cut off anywhere, nothing to look for
    }
    Map<Element, int[]> cardsByParent = new IdentityHashMap<>(); // [cards, cut-off cards]
    for (Map.Entry<Element, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      Element parent = e.getKey().parent();
      if (parent != null && isCard(c) && !java.util.Arrays.equals(c, counts.get(parent))) {
        int[] p = cardsByParent.computeIfAbsent(parent, k -> new int[2]);
        p[0]++;
        p[1] += c[3] > 0 ? 1 : 0;
      }
    }
    for (Map.Entry<Element, int[]> e : cardsByParent.entrySet()) {
      int[] p = e.getValue();
      if (p[0] >= MIN_CARDS && p[1] * 2 >= p[0]) {
        lists.add(e.getKey());
      }
    }
    return lists;
  }

  /**
   * A linked headline and an excerpt of one or two short lines. The card is the outermost element holding just
   * these lines ({@code ul > li > div.card}: the {@code li}, whose parent is the list), hence the parent check above.
   */
  private static boolean isCard(int[] c) {
    return c[0] >= 1 && c[0] <= MAX_LINK_LINES && c[1] >= 1 && c[1] <= MAX_EXCERPT_LINES
        && c[2] <= MAX_EXCERPT_CHARS;
  }

  private static boolean isLinkLine(TextBlocks.Block b) {
    return b.linkDensity() >= 0.9;
  }

  /** A line of running text: as {@link CandidateScores} counts prose (25+ characters, at most half link text). */
  private static boolean isExcerpt(TextBlocks.Block b) {
    return b.text().length() >= 25 && b.linkDensity() <= 0.5;
  }

  private static boolean inAny(Element e, Set<Element> lists) {
    for (Element a = e; a != null; a = a.parent()) {
      if (lists.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
