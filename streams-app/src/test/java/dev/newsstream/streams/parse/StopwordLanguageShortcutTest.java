package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link StopwordLanguage#guess} counts words in arrays and lower-cases them by character (issue 16 item 5); its
 * answer must be the plain definition's, kept here: each word through {@code toLowerCase(Locale.ROOT)} and a map of
 * hits, on texts mixing the languages' function words in any case with look-alike letters (İ, Σ, ſ).
 */
class StopwordLanguageShortcutTest {
  @Property(tries = 1000)
  void guessIsThePlainDefinition(@ForAll("texts") String text) {
    assertThat(StopwordLanguage.guess(text)).isEqualTo(plainGuess(text));
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> words = List.of("the", "The", "AND", "of", "der", "Die", "und", "de", "De", "la", "LA", "en", "el",
        "het", "een", "il", "di", "è", "È", "é", "não", "NÃO", "für", "FÜR", "été", "и", "В", "на", "ЧТО", "İn", "IN",
        "ın", "ΣΑΣ", "ſich", "mit", "people", "Minister", "2024", "a", "o", "e", "y", "lo", "más", "Más", "x1");
    Arbitrary<String> word = Arbitraries.of(words);
    Arbitrary<String> gap = Arbitraries.of(" ", ", ", ". ", "\n", " – ", "'");
    return Arbitraries.integers().between(5, 60).flatMap(n -> word.list().ofSize(n).flatMap(ws ->
        gap.list().ofSize(n).map(gs -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) {
            b.append(ws.get(i)).append(gs.get(i));
          }
          return b.toString();
        })));
  }

  private static final Map<String, List<String>> BY_WORD = new HashMap<>();

  static {
    for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru")) {
      for (String w : words(lang)) {
        BY_WORD.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang);
      }
    }
  }

  /** The language's function words, read back from the class through its share of a text made of them. */
  private static Set<String> words(String lang) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : List.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said", "he",
        "it", "as", "at", "by", "be", "are", "have", "has", "from", "they", "were", "but", "der", "die", "und", "das",
        "den", "von", "zu", "mit", "ist", "im", "nicht", "sich", "auf", "für", "dem", "des", "ein", "eine", "sie", "es",
        "auch", "wird", "werden", "nach", "bei", "de", "en", "le", "la", "les", "et", "est", "un", "une", "du", "que",
        "qui", "dans", "pour", "pas", "sur", "au", "par", "avec", "il", "elle", "ce", "aux", "sont", "été", "ont", "el",
        "los", "las", "del", "y", "una", "por", "con", "para", "se", "al", "su", "lo", "como", "más", "pero", "sus",
        "fue", "ha", "han", "está", "este", "entre", "a", "di", "che", "e", "della", "per", "non", "sono", "gli", "da",
        "si", "nel", "alla", "anche", "è", "dei", "delle", "più", "hanno", "questo", "o", "os", "do", "dos", "das", "em",
        "um", "uma", "não", "no", "na", "mais", "ao", "foi", "são", "pela", "pelo", "também", "é", "het", "een", "van",
        "dat", "op", "te", "met", "voor", "zijn", "niet", "aan", "er", "ook", "als", "bij", "door", "wordt", "naar",
        "om", "hij", "maar", "werd", "и", "в", "не", "на", "что", "с", "по", "он", "как", "это", "к", "из", "за", "от",
        "для", "его", "но", "все", "уже", "так", "она", "они", "было")) {
      if (StopwordLanguage.share(w, lang) > 0) {
        out.add(w);
      }
    }
    return out;
  }

  /** The definition before the shortcut: substrings, toLowerCase(Locale.ROOT), a map of hits. */
  private static Optional<String> plainGuess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int wordCount = 0;
    int i = 0;
    int n = text.length();
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
        if (i - start <= 7) {
          List<String> langs = BY_WORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
          if (langs != null) {
            langs.forEach(lang -> hits.merge(lang, 1, Integer::sum));
          }
        }
      }
    }
    if (wordCount < 20) {
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
    return first >= wordCount * 0.15 && first >= second * 1.4 ? Optional.of(best) : Optional.empty();
  }
}
