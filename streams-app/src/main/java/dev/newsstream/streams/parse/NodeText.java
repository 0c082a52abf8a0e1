package dev.newsstream.streams.parse;

import org.jsoup.internal.StringUtil;
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
}
