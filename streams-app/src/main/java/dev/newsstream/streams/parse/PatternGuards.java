package dev.newsstream.streams.parse;

import java.util.regex.Pattern;

/** Pieces of regular expressions that make the per-line searches of every page cheaper without changing a match. */
final class PatternGuards {
  private PatternGuards() {}

  /**
   * A look-ahead for the first letters of a pattern's alternatives, to put before its word boundary: the same
   * matches, but a search then tests one character class per position instead of a word boundary and every
   * alternative. {@code letters}: every alternative's first letter.
   *
   * <p>The class lists every character that {@code (?iu)} matches to one of {@code letters} (e.g. ſ for s and the
   * Kelvin sign for k: those whose upper case, lower-cased, is the letter's), and is matched case-sensitively: under
   * {@code (?iu)} each position would cost two case mappings per listed letter (issue 16 item 5 profile: about half
   * of the appeal searches' time). FirstLetterGuardTest checks the class against {@link Pattern}'s own
   * {@code (?iu)} class on every code point. A superset of the first letters is all a guard needs, so the class is
   * right under any flags.
   */
  static String firstLetterIn(String letters) {
    StringBuilder cls = new StringBuilder("(?=(?-iu)[");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c) && (letters.indexOf(c) >= 0 || foldsToOneOf(c, letters))) {
        cls.append(Character.isLetterOrDigit(c) ? String.valueOf((char) c) : "\\x{" + Integer.toHexString(c) + "}");
      }
    }
    return cls.append("])").toString();
  }

  /** As {@code (?iu)} compares one character with a pattern's letter. */
  private static boolean foldsToOneOf(int c, String letters) {
    int folded = Character.toLowerCase(Character.toUpperCase(c));
    for (int i = 0; i < letters.length(); i++) {
      if (folded == Character.toLowerCase(Character.toUpperCase(letters.charAt(i)))) {
        return true;
      }
    }
    return false;
  }
}
