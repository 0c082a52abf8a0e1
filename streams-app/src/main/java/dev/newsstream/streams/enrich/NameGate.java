package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;

/**
 * Which sentences the English ensemble's two cased models read: those that may hold a name by the models' own
 * evidence. A sentence whose only capital letter is the first letter of its first word, when that word is one the
 * model saw in lower case in training ("The", "But", "Police"; not "USI") and that the document does not write
 * capitalised elsewhere ("Smith said" after "John Smith" is read), is skipped: the cased models tag capitalised words, and a
 * sentence-initial one-word name there is the case the ensemble already re-judges (the caseless model, or the same
 * name elsewhere in the document, which document-level consistency then carries to this mention). A one-token
 * sentence is always read: a caption or heading ("Belle") is not prose whose first word is capitalised anyway.
 *
 * <p>This changes output where a cased model would tag a lowercase word or a known-lowercase first word that no
 * other mention of the document confirms; docs/NER.md gives the GUM dev figures with and without the gate. The JVM
 * property {@value #OFF_PROPERTY}{@code =true} turns it off (every sentence read, as before). Pure; thread-safe.
 */
final class NameGate {
  /** JVM system property that turns the gate off: {@code -Dnewsstream.ner.gate.off=true}. */
  static final String OFF_PROPERTY = "newsstream.ner.gate.off";

  private final Set<String> knownLowercase;

  /** @param knownLowercase words the cased model saw in lower case in training ({@code CRFClassifier.getKnownLCWords}) */
  NameGate(Set<String> knownLowercase) {
    this.knownLowercase = knownLowercase;
  }

  /** Whether the gate is on in this JVM (the default). */
  static boolean enabled() {
    return !Boolean.getBoolean(OFF_PROPERTY);
  }

  /**
   * The words of {@code sentences} written with a capital where the sentence start does not explain it (any token
   * but a sentence's first): the document's evidence that a first word is a name ("Smith said" after "John Smith").
   */
  static Set<String> capitalisedInside(java.util.List<java.util.List<CoreLabel>> sentences) {
    Set<String> out = new java.util.HashSet<>();
    for (java.util.List<CoreLabel> s : sentences) {
      for (int i = 1; i < s.size(); i++) {
        String w = s.get(i).word();
        if (hasUpperCase(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code sentence} (tokens with their text) may hold a name, i.e. must be read by the cased models.
   * @param capitalisedInside {@link #capitalisedInside} of the whole document
   */
  boolean mayName(java.util.List<CoreLabel> sentence, Set<String> capitalisedInside) {
    if (sentence.size() <= 1) {
      // A one-word line (a caption, a heading: "Belle") has no sentence around its capital: always read.
      return !sentence.isEmpty();
    }
    for (int i = 1; i < sentence.size(); i++) {
      if (hasUpperCase(sentence.get(i).word())) {
        return true;
      }
    }
    String first = sentence.get(0).word();
    if (first.length() > 1 && hasUpperCase(first.substring(1))) {
      return true; // "USI", "McCain", "eBay": capitals the sentence start does not explain
    }
    return hasUpperCase(first) && (!knownLowercase.contains(first.toLowerCase(Locale.ROOT))
        || capitalisedInside.contains(first));
  }

  static boolean hasUpperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return true;
      }
    }
    return false;
  }
}
