package dev.newsstream.streams.parse;

import org.jsoup.nodes.Document;

/**
 * Ruby annotations are not text: {@code <rt>} holds a reading or gloss set above the base characters (Japanese
 * furigana: {@code <ruby>子<rt>こ</rt></ruby>ども} reads "子ども", not "子こども") and {@code <rp>} the parentheses a
 * browser without ruby support shows around it (HTML Living Standard, 4.5.10-12). Both are removed from the page
 * before anything reads it, so the body, the title, the byline and every other field get the base text only, and
 * so do the dedup shingles and the content hash made from them.
 */
final class RubyText {
  private RubyText() {}

  /**
   * Whether the page's markup may hold a ruby annotation: a cheap scan of the decoded text, so the DOM is searched
   * only on the few pages that have one ({@code <rt>} / {@code <rp>} in either case).
   */
  static boolean mayHave(String html) {
    return html.contains("<rt") || html.contains("<rp") || html.contains("<RT") || html.contains("<RP");
  }

  /** Removes every {@code <rt>} and {@code <rp>} element with its text. */
  static void dropAnnotations(Document doc) {
    doc.select("rt, rp").remove();
  }
}
