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
  private static final Map<String, List<String>> BY_WORD = new HashMap<>();

  static {
    WORDS.forEach((lang, set) -> set.forEach(w -> BY_WORD.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
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
    Map<String, Integer> hits = new HashMap<>();
    int wordCount = 0;
    int i = 0;
    int n = text.length();
    // Hand-rolled word scan: function words are short, so longer words are counted but never materialised.
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
          List<String> langs = BY_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
          if (langs != null) {
            langs.forEach(lang -> hits.merge(lang, 1, Integer::sum));
          }
        }
      }
    }
    if (wordCount < MIN_WORDS) {
      return Optional.empty();
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    boolean clear = first >= wordCount * MIN_SHARE && first >= second * MIN_LEAD;
    return clear ? Optional.of(best) : Optional.empty();
  }
}
