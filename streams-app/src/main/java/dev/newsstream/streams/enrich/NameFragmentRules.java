package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fragment repairs for the German, French and Spanish CRFs' mentions (review 9, #8: a French model's PERSON spans
 * ran over clauses and punctuation). In order:
 * <ol>
 *   <li>dangling punctuation: dashes, commas, colons, semicolons, slashes and guillemets at either end of a mention,
 *       and a question mark at its end, are not part of it ("Michèle Alliot-Marie −" is "Michèle Alliot-Marie",
 *       "Premier ministre »" and "Le débat permanent ?" lose the mark: review 10, #6; an inner hyphen stays, and so
 *       does a name's own "!", "Yahoo!");
 *   <li>the elided preposition d' (straight or typographic apostrophe) before a capital at the start of a
 *       non-PERSON mention is cut off ("d’Esprit" is the journal Esprit, and then merges with its other mentions):
 *       French writes "de" elided before a vowel, never as part of a body's or place's name;
 *   <li>elided articles: a PERSON mention that opens with the French article l' (L'Elysée, l'Hôtel Matignon) is
 *       no person: names do not take an article (l'Élysée is a place, l'Oréal a company; the type is unknown
 *       here, so the mention is dropped). "d'" is left alone: "D'Alema", "d'Estaing" are surnames;
 *   <li>prepositional leads: a PERSON mention that opens a line or sentence with one word, a particle and then
 *       two or more capitalised words ("Entree de Thomas Monconduit", a live ticker's "Substitution of ...") is
 *       the name after the particle; a particle followed by one word is a surname's ("Charles de Gaulle"), and an
 *       article or saint's name after it is the surname's start ("Jean de La Fontaine", "José de San Martín").
 * </ol>
 * A PERSON over a clause ("Hamel décale Le Goff") is split before this, by {@link NameBoundaryRules#personWords}.
 * Pure function of (spans, text); offsets into text; spans in any order. Cost: a pass over the mentions.
 */
final class NameFragmentRules {
  /** Capitalised words that start a surname after a particle: articles and saints ("de La Fontaine"). */
  private static final Set<String> SURNAME_STARTS = Set.of("La", "Le", "Les", "Las", "Los", "Lo", "Del", "Der",
      "Den", "Di", "Da", "Van", "Von", "San", "Santa", "Santo", "Saint", "Sainte", "St", "Ste", "Sankt", "Mac", "Mc");
  private static final String DANGLING = "-‐‑‒–—―−,;:/|·•«»";
  /** Dangling only at a mention's end: a question closes a sentence, never starts a name. */
  private static final String DANGLING_END = "?";
  /** The elided preposition before a capital: d'Esprit, d’Ukraine (straight or typographic apostrophe). */
  private static final Pattern ELIDED_DE = Pattern.compile("^d['’](?=\\p{Lu})");
  /** A French elided article before a capital: L'Elysée, l’Hôtel (straight or typographic apostrophe). */
  private static final Pattern ELIDED_ARTICLE = Pattern.compile("^[Ll]['’]\\p{Lu}");
  /** A word: letters, marks, apostrophes and inner hyphens. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’.\\-]+");

  private NameFragmentRules() {}

  /** All rules of the class comment, in order. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      TaggedSpan t = trimDangling(s, text);
      if (t == null) {
        continue;
      }
      if (!t.type().equals("PERSON")) {
        out.add(withoutElidedDe(t, text));
      } else if (!ELIDED_ARTICLE.matcher(t.surface(text)).find()) {
        out.add(prepositionalLead(t, text));
      }
    }
    return out;
  }

  /** The span without dangling punctuation and spaces at its ends; null if nothing is left. */
  static TaggedSpan trimDangling(TaggedSpan s, String text) {
    int from = s.start();
    int to = s.end();
    while (from < to && (Character.isWhitespace(text.charAt(from)) || DANGLING.indexOf(text.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || DANGLING.indexOf(text.charAt(to - 1)) >= 0
        || DANGLING_END.indexOf(text.charAt(to - 1)) >= 0)) {
      to--;
    }
    if (to == from) {
      return null;
    }
    return from == s.start() && to == s.end() ? s : new TaggedSpan(from, to, s.type(), s.confidence());
  }

  /** A non-PERSON span without a leading elided "d'" (rule 2); a PERSON "d'Alema" is a surname and never gets here. */
  static TaggedSpan withoutElidedDe(TaggedSpan s, String text) {
    Matcher m = ELIDED_DE.matcher(text).region(s.start(), s.end());
    return m.lookingAt() ? new TaggedSpan(m.end(), s.end(), s.type(), s.confidence()) : s;
  }

  /** The name after the particle of "Word particle Capitalised Capitalised..." at a line or sentence start. */
  static TaggedSpan prepositionalLead(TaggedSpan s, String text) {
    List<int[]> words = words(s, text);
    if (words.size() < 4 || !particle(text.substring(words.get(1)[0], words.get(1)[1])) || !opensSentence(s, text)) {
      return s;
    }
    String next = text.substring(words.get(2)[0], words.get(2)[1]);
    for (int k = 2; k < words.size(); k++) {
      if (!Character.isUpperCase(text.charAt(words.get(k)[0]))) {
        return s;
      }
    }
    return SURNAME_STARTS.contains(next) ? s : new TaggedSpan(words.get(2)[0], s.end(), s.type(), s.confidence());
  }

  /** Whether only spaces and an opening quote stand between s and the text's start, a line break or a full stop. */
  private static boolean opensSentence(TaggedSpan s, String text) {
    int i = s.start() - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"«„“'".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || "\n.!?:".indexOf(text.charAt(i)) >= 0;
  }

  private static List<int[]> words(TaggedSpan s, String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    return words;
  }

  private static boolean particle(String word) {
    return NameBoundaryRules.NAME_PARTICLES.contains(word.replace('’', '\'')); // "d'Estaing" (a capital) is no particle
  }
}
