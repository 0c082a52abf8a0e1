package dev.newsstream.streams.parse;

import java.util.Locale;

/**
 * Hand-written forms of two regular-expression replacements run on every heading, title part and name of a page:
 * the same strings, without a matcher and a copy for text that has nothing to replace (issue 16 item 5 profile:
 * ~4 % of a page's parse). TextShortcutsTest compares them with the expressions.
 */
final class TextShortcuts {
  private TextShortcuts() {}

  /**
   * {@code s.toLowerCase(Locale.ROOT)} with every character that is not a letter or a number ({@code [^\p{L}\p{N}]},
   * by code point) removed.
   */
  static String lowerLettersAndDigits(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (c < 0x80 ? !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') : !isLetterOrNumber(lower.codePointAt(i))) {
        break;
      }
      i += Character.charCount(lower.codePointAt(i));
    }
    if (i == lower.length()) {
      return lower; // nothing to remove
    }
    StringBuilder out = new StringBuilder(lower.length());
    out.append(lower, 0, i);
    while (i < lower.length()) {
      int cp = lower.codePointAt(i);
      if (isLetterOrNumber(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter number or other number. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * Runs of whitespace ({@code [\s\u00A0\u2007\u202F]+}: space, tab, line feed, vertical tab, form feed, carriage
   * return and the no-break spaces) made one space, then {@link String#strip()}.
   */
  static String collapseSpaces(String s) {
    int i = 0;
    char prev = 'x';
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || prev == ' ')) {
        break;
      }
      prev = c;
    }
    if (i == s.length()) {
      return s.strip(); // single spaces only: nothing to replace
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().strip();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
