package dev.newsstream.streams.parse;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** jsoup's texts of nodes, the same strings, without jsoup's copy of a text that has nothing to change. */
final class NodeText {
  private NodeText() {}

  /**
   * {@link TextNode#text()}: the whole text with runs of whitespace (space, tab, line feed, form feed, carriage return,
   * no-break space) made one space and soft hyphens and zero-width spaces dropped. Most text nodes of a page have
   * none of these but single spaces, and are returned as they are: jsoup rebuilds every one code point by code point
   * (issue 16 item 5 profile: ~2.5 % of a page's parse in the line splitter alone).
   */
  static String text(TextNode t) {
    if (t.getClass() != TextNode.class) {
      return t.text(); // CDATA keeps its text as it is; a subclass may define text its own way
    }
    String s = t.getWholeText();
    char prev = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0xA0) {
        prev = c;
        continue; // printable ASCII: the common case, never changed
      }
      if (c == ' ' ? prev == ' ' : StringUtil.isActuallyWhitespace(c) || StringUtil.isInvisibleChar(c)) {
        return StringUtil.normaliseWhitespace(s);
      }
      prev = c;
    }
    return s;
  }

  /**
   * The first letters of a regular expression's alternatives ("by|von|автор:?" gives "bvа"), each as {@code (?iu)}
   * compares it (upper case, then lower case), for {@link #ownTextMayStartWith}; null when an alternative does not
   * start with a plain letter, which allows no such shortcut.
   */
  static String foldedFirstLetters(String alternatives) {
    StringBuilder out = new StringBuilder();
    for (String alt : alternatives.split("\\|", -1)) {
      if (alt.isEmpty() || !Character.isLetter(alt.charAt(0)) || Character.isSurrogate(alt.charAt(0))) {
        return null;
      }
      out.append((char) fold(alt.charAt(0)));
    }
    return out.toString();
  }

  /**
   * False when {@link Element#ownText()} surely does not start, after whitespace, with one of these letters in any
   * case ({@code foldedLetters} from {@link #foldedFirstLetters}; null: true): a pattern anchored at the start of an
   * element's own text then cannot match, and its own text need not be built. Reads the element's own text nodes
   * up to their first character that is neither whitespace nor one jsoup drops: ownText keeps every other character,
   * in order, so that character opens it.
   */
  static boolean ownTextMayStartWith(Element e, String foldedLetters) {
    if (foldedLetters == null) {
      return true;
    }
    for (int k = 0; k < e.childNodeSize(); k++) {
      Node n = e.childNode(k);
      if (!(n instanceof TextNode t)) {
        continue; // child elements add nothing to the own text; a <br> adds a space
      }
      String s = t.getWholeText();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || StringUtil.isInvisibleChar(c)) {
          continue;
        }
        return Character.isSurrogate(c) || foldedLetters.indexOf(c) >= 0 || foldedLetters.indexOf(fold(c)) >= 0;
      }
    }
    return false; // blank: no letter to start with
  }

  /**
   * Whether a text child of the element (what {@link Element#ownText()} is made of, with a space per
   * {@code <br>}) holds a character that can start a match: {@code '0'} for an ASCII digit, {@code 'A'} for any
   * character from 'A' up (every upper-case letter is). Building the own text of every element costs more.
   */
  static boolean hasOwnTextChar(Element e, char kind) {
    for (int k = 0; k < e.childNodeSize(); k++) {
      if (e.childNode(k) instanceof TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (kind == '0' ? c >= '0' && c <= '9' : c >= 'A') {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How {@code (?iu)} folds a character before comparing it with a pattern's letter. */
  private static int fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
