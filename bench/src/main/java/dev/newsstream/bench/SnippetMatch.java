package dev.newsstream.bench;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The matching rules of the extraction-dev case files: text and snippets are compared after NFC, removing soft
 * hyphens and zero-width characters, and collapsing whitespace runs to one space; titles also case-folded.
 */
public final class SnippetMatch {
  // soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM (zero-width no-break space)
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private SnippetMatch() {}

  /** NFC, invisible characters out, whitespace collapsed and trimmed. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    n = INVISIBLE.matcher(n).replaceAll("");
    return SPACES.matcher(n).replaceAll(" ").strip();
  }

  /** Whether the normalised snippet occurs in the normalised text (case and punctuation count). */
  public static boolean contains(String normalizedText, String snippet) {
    String s = normalize(snippet);
    return !s.isEmpty() && normalizedText.contains(s);
  }

  /** Same title after {@link #normalize} and case folding; a missing prediction never matches. */
  public static boolean title(String truth, String predicted) {
    return truth != null && predicted != null
        && normalize(truth).toLowerCase(Locale.ROOT).equals(normalize(predicted).toLowerCase(Locale.ROOT));
  }

  /**
   * Bag-of-words F1 of a prediction against an expected text: tokens are runs of letters and digits after
   * {@link #normalize}, lower-cased; each token counts as often as it occurs (multiset overlap). Both empty: 1.
   */
  public static double tokenF1(String expected, String predicted) {
    Map<String, Integer> want = tokens(expected);
    Map<String, Integer> got = tokens(predicted);
    int wantN = want.values().stream().mapToInt(Integer::intValue).sum();
    int gotN = got.values().stream().mapToInt(Integer::intValue).sum();
    if (wantN == 0 && gotN == 0) {
      return 1;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) gotN;
    double r = common / (double) wantN;
    return 2 * p * r / (p + r);
  }

  static Map<String, Integer> tokens(String s) {
    Map<String, Integer> out = new HashMap<>();
    var m = TOKEN.matcher(normalize(s).toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  /** How many of the snippets occur in the normalised text. */
  static int hits(String normalizedText, List<String> snippets) {
    int n = 0;
    for (String s : snippets) {
      n += contains(normalizedText, s) ? 1 : 0;
    }
    return n;
  }
}
