package dev.newsstream.streams.parse;

/** Pieces of regular expressions that make the per-line searches of every page cheaper without changing a match. */
final class PatternGuards {
  private PatternGuards() {}

  /**
   * A look-ahead for the first letters of a pattern's alternatives, to put before its word boundary: the same
   * matches (compiled with the pattern's own flags, the class takes every case form the alternatives' first letters
   * take, e.g. ſ for s and the Kelvin sign for k under {@code (?iu)}), but a search then tests one character class per
   * position instead of a word boundary and every alternative. {@code letters}: every alternative's first letter.
   */
  static String firstLetterIn(String letters) {
    return "(?=[" + letters + "])";
  }
}
