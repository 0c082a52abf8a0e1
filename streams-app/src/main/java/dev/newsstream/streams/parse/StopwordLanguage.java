package dev.newsstream.streams.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fast first guess at the language of prose from its most frequent function words, for the common news
 * languages. It answers only when one language clearly leads; otherwise {@link LanguageDetection} asks Lingua,
 * which is ~100x slower per page.
 */
final class StopwordLanguage {
  private static final Map<String, Set<String>> WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said", "he", "it",
          "as", "at", "by", "be", "are", "have", "has", "from", "they", "were", "but"),
      "de", Set.of("der", "die", "und", "das", "den", "von", "zu", "mit", "ist", "im", "nicht", "sich", "auf",
          "für", "dem", "des", "ein", "eine", "sie", "es", "auch", "wird", "werden", "nach", "bei"),
      "fr", Set.of("de", "en", "le", "la", "les", "des", "et", "est", "un", "une", "du", "que", "qui", "dans", "pour", "pas",
          "sur", "au", "par", "avec", "il", "elle", "ce", "aux", "sont", "été", "ont"),
      "es", Set.of("de", "la", "en", "un", "el", "los", "las", "del", "y", "que", "una", "por", "con", "para", "es", "se", "al", "su",
          "lo", "como", "más", "pero", "sus", "fue", "ha", "han", "está", "este", "entre"),
      "it", Set.of("la", "le", "in", "a", "il", "di", "che", "e", "della", "del", "per", "non", "con", "sono", "gli", "da", "si", "nel",
          "alla", "anche", "è", "dei", "delle", "più", "ha", "hanno", "questo", "una", "un"),
      "pt", Set.of("de", "a", "e", "o", "os", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "no", "na",
          "por", "se", "mais", "ao", "foi", "são", "pela", "pelo", "também", "como", "é"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "met", "voor", "zijn", "niet", "aan",
          "er", "ook", "als", "bij", "door", "wordt", "naar", "om", "hij", "maar", "werd"),
      "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "он", "как", "это", "к", "из", "за", "от", "для", "о",
          "его", "но", "а", "все", "уже", "так", "она", "они", "было"));
  private static final String[] LANGUAGES = WORDS.keySet().toArray(new String[0]);
  /** Function word to the indexes in {@link #LANGUAGES} of the languages it belongs to. */
  private static final Map<String, int[]> BY_WORD = new HashMap<>();
  /** Whether a lower-case character (below U+0500, which all words are) starts a function word. */
  private static final boolean[] FIRST_CHARS = new boolean[0x500];

  static {
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      for (String w : WORDS.get(LANGUAGES[l])) {
        byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(l);
        FIRST_CHARS[w.charAt(0)] = true;
      }
    }
    byWord.forEach((w, ls) -> BY_WORD.put(w, ls.stream().mapToInt(Integer::intValue).toArray()));
  }

  private static final int MIN_WORDS = 20;
  private static final int MAX_FUNCTION_WORD = 7;
  private static final double MIN_SHARE = 0.15;
  private static final double MIN_LEAD = 1.4;

  private StopwordLanguage() {}

  static boolean knows(String language) {
    return WORDS.containsKey(language);
  }

  /** Share of the text's words that are function words of this language (0 when it is not one we know). */
  static double share(String text, String language) {
    Set<String> set = WORDS.get(language);
    List<String> words = TextNormalizer.words(text.toLowerCase(Locale.ROOT));
    if (set == null || words.isEmpty()) {
      return 0;
    }
    return words.stream().filter(set::contains).count() / (double) words.size();
  }

  static Optional<String> guess(String text) {
    int[] hits = new int[LANGUAGES.length];
    char[] word = new char[MAX_FUNCTION_WORD];
    int wordCount = 0;
    int i = 0;
    int n = text.length();
    // Hand-rolled word scan: function words are short, so longer words are counted but never materialised; a word
    // is lower-cased into a buffer (as toLowerCase(Locale.ROOT) would: by character, but for İ and Σ, whose lower
    // case depends on more than the character and is in no function word) and looked up only when its first letter
    // starts one.
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        wordCount++;
        if (i - start <= MAX_FUNCTION_WORD) {
          int[] langs = lookUp(text, start, i, word);
          if (langs != null) {
            for (int l : langs) {
              hits[l]++;
            }
          }
        }
      }
    }
    if (wordCount < MIN_WORDS) {
      return Optional.empty();
    }
    // The leader and the runner-up's count; on a tie for the lead no language is clear, so the order is immaterial.
    String best = null;
    int first = 0;
    int second = 0;
    for (int l = 0; l < hits.length; l++) {
      if (hits[l] > first) {
        second = first;
        first = hits[l];
        best = LANGUAGES[l];
      } else if (hits[l] > second) {
        second = hits[l];
      }
    }
    boolean clear = first >= wordCount * MIN_SHARE && first >= second * MIN_LEAD;
    return clear ? Optional.of(best) : Optional.empty();
  }

  /** The languages of {@code text[start, end)} lower-cased, if it is a function word; else null. */
  private static int[] lookUp(String text, int start, int end, char[] buffer) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\u0130' || c == '\u03A3') {
        return null;
      }
      char lower = Character.toLowerCase(c);
      if (k == start && (lower >= FIRST_CHARS.length || !FIRST_CHARS[lower])) {
        return null;
      }
      buffer[k - start] = lower;
    }
    return BY_WORD.get(new String(buffer, 0, end - start));
  }
}
