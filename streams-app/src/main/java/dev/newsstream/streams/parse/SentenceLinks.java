package dev.newsstream.streams.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether a link-dense line is a sentence with its links set in it rather than a linked headline or a list of
 * links: "<a>The UK must stay in the EU</a> to have influence on the world stage", "Thanks to evilpie, users can
 * now <a>import logins from Keepass into Firefox</a>", "Ann Lee <a>fixed a crash on start-up</a>". A headline or a
 * menu entry is its own unit: its link starts with a capital (or is a name or number), and what stands next to it
 * is a separator, a date, a source in brackets or nothing. Read from the line's own DOM nodes, only for the lines a
 * link-density rule would drop.
 */
final class SentenceLinks {
  /**
   * A tail that credits rather than continues: "<a>Harbour deal signed</a> by Jane Doe", "… via Reuters", "… from
   * the archive". Teaser lists put these after a headline; a sentence rarely goes on with them right after a link.
   */
  private static final Pattern CREDIT_TAIL = Pattern.compile("(?iu)^(?:by|von|par|por|door|via|from)\\b");
  /** A credit's word before a name: "Photo by <a>…</a>", "Ein Beitrag geteilt von <a>…</a>". */
  private static final Pattern CREDIT_WORD = Pattern.compile("(?iu)by|von|par|por|door|via|from");
  /** Words of running text the line must have outside its links besides the linked phrase: a clause, not a label. */
  private static final int MIN_UNLINKED_WORDS = 2;

  private SentenceLinks() {}

  /**
   * @param b a line whose link density a filter finds too high
   * @return true when one of the line's links continues a sentence: the text right after it goes on in lower case
   *     (not with a credit such as "by", "via"), or the linked words start in lower case right after a word of the
   *     sentence; never a link right after a credit word ("Photo by", "via"); and the line has at least
   *     {@value #MIN_UNLINKED_WORDS} words outside links
   */
  static boolean inSentence(TextBlocks.Block b) {
    String text = b.text();
    if (TextNormalizer.wordCount(text) - linkWords(b) < MIN_UNLINKED_WORDS) {
      return false;
    }
    for (Element a : b.owner().getElementsByTag("a")) {
      String linked = a.text();
      // a script button ({@code <a>} without href: "Add the ingredients to your basket") is a call to action
      if (linked.isEmpty() || !a.hasAttr("href") || !text.contains(linked)) {
        continue;
      }
      if (afterCredit(a)) {
        continue; // "Photo by <a>jane_doe</a> on the harbour wall" credits a name, whatever follows
      }
      if (continuesAfter(a) || Character.isLowerCase(linked.codePointAt(0)) && endsOnWord(a)) {
        return true;
      }
    }
    return false;
  }

  private static int linkWords(TextBlocks.Block b) {
    int words = 0;
    for (Element a : b.owner().getElementsByTag("a")) {
      if (TextBlocks.isLink(a)) {
        words += TextNormalizer.wordCount(a.text());
      }
    }
    return words;
  }

  /** The text right after the link goes on in lower case: " to have influence on the world stage". */
  private static boolean continuesAfter(Element a) {
    Node next = a.nextSibling();
    if (!(next instanceof TextNode t)) {
      return false;
    }
    String s = t.text().stripLeading();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0)) && !CREDIT_TAIL.matcher(s).lookingAt();
  }

  /** The text right before the link ends on a word, not on a separator: "users can now <a>import…</a>". */
  private static boolean endsOnWord(Element a) {
    String s = textBefore(a);
    return !s.isEmpty() && Character.isLetter(s.codePointBefore(s.length()));
  }

  /** The word right before the link is a credit's: "Photo by <a>…</a>", "Ein Beitrag geteilt von <a>…</a>". */
  private static boolean afterCredit(Element a) {
    String s = textBefore(a);
    int lastWord = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00A0')) + 1;
    return !s.isEmpty() && CREDIT_WORD.matcher(s.substring(lastWord)).matches();
  }

  private static String textBefore(Element a) {
    return a.previousSibling() instanceof TextNode t ? t.text().stripTrailing() : "";
  }
}
