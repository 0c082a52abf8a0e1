package dev.newsstream.streams.parse;

import java.util.regex.Pattern;

/**
 * Short lines at the body's edges that are text, though they are no sentence: {@link BlockFilter} trims short
 * non-sentences at either end as labels ("Advertisement", "Share"), but an article may open on a quotation and a
 * post may close with the writer's sign-off. Both are the article's own words (readers and hand-made truths keep
 * them).
 */
final class EdgeText {
  /**
   * A quotation set as its own line: an opening quote mark, at least two words, the closing mark at the end, in the
   * quoting styles of several languages (“…”, „…“, »…«, «…», ‚…‘, 「…」, "…"). German closes „…“ with the mark
   * English opens with, so the line ends in “ and reads as no sentence end to an English-only check.
   */
  private static final Pattern QUOTATION = Pattern.compile(
      "(?u)\\s*[“”„\"«»‹›‚‘「『]\\S+(?:\\s+\\S+)+?[.!?…]?[“”\"»«›‹‘’」』]\\s*");
  /**
   * A closing greeting and a name (one to three capitalised words): "Euer HansEhrlich", "Liebe Grüße, Anna",
   * "Cheers, Mike". English greetings need their comma ("Best Sellers" is a label); the German possessives are the
   * plural "Euer/Eure" only, as "Deine Meinung" / "Ihr Kommentar" are a comment form's labels.
   */
  private static final Pattern SIGN_OFF = Pattern.compile("(?u)\\s*(?:(?i:yours|cheers|best|love|regards|"
      + "greetings|thanks|xoxo),|(?i:euer|eure|liebe grüße|viele grüße|herzliche grüße|beste grüße|grüße|gruß|"
      + "bisous|amitiés|cordialement|saludos|un saludo|un abrazo|abrazos|besos|saluti|un saluto|baci|groetjes|"
      + "groeten),?)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}[.!]?\\s*");

  private EdgeText() {}

  /** Whether the line is a quotation of two or more words standing on its own ("„Außen knusprig, innen cremig“"). */
  static boolean isQuotation(String line) {
    return QUOTATION.matcher(line).matches();
  }

  /** Whether the line is a writer's sign-off ("Euer HansEhrlich"); meant for the body's last line only. */
  static boolean isSignOff(String line) {
    return SIGN_OFF.matcher(line).matches();
  }
}
