package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 9: Spanish and French one-word mentions that are common nouns or places (review 8 #5: "el Presidente"
 * PERSON, "Mendoza" PERSON, "Matemática" LOCATION on Argentine pages), each a convention of the language, run by
 * {@link CasedScriptTagger} for es and fr. Pure functions of (spans, text); a one-word mention that is a word of a
 * longer mention of the document ("Pablo Iglesias" beside "Iglesias", "Mendoza" beside "Ana Mendoza") is left alone
 * by all three: the document itself names it.
 * <ol>
 *   <li>{@link #articleTitles}: a one-word PERSON whose word the document writes right after a definite article or
 *       its contraction ("el Presidente", "del Presidente", "al Papa"; French "le Président", "du Pape") is a title
 *       or common noun, capitalised for respect, and is dropped wherever it stands: standard Spanish and French news
 *       put no article before a person's name (its one-word MISC mentions go with it). Not after "de" + article, which is a surname particle ("Fernando de
 *       la Rúa", "de los Santos").
 *   <li>{@link #placesAfterEn}: a one-word PERSON whose word the document writes after "en" ("desarrollada en
 *       Mendoza", "en Normandie") is a place: "en" locates, and one does not stand in a person. Every one-word
 *       PERSON mention of the word becomes a LOCATION ("Mendoza comenzará..." at a sentence start too). Review 10
 *       (#6): a PERSON of several words ("hace dos lunes en Florencio Varela") is a place too when the document writes
 *       it only after "en" and names none of its words in another mention: a person named in full is named again by
 *       surname ("confía en Alberto Fernández ... dijo Fernández" stays a PERSON).
 *   <li>{@link #lowerCaseWords}: a one-word PERSON or LOCATION whose word the document also writes in lower case as a
 *       word of its own ("en Matemática" and "en matemática": a school subject capitalised as Spanish does for
 *       disciplines) is a common noun and is dropped. Cost: a place also used as a common word in the same text
 *       ("Granada" and "una granada") is lost there.
 * </ol>
 * Cost: a regex pass over the text per rule that has a candidate; nothing per token.
 */
final class RomanceSpanRules {
  private RomanceSpanRules() {}

  /** All three rules in the order of the class comment. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    return lowerCaseWords(placesAfterEn(articleTitles(spans, text), text), text);
  }

  /** Definite articles and their contractions with a preposition, Spanish and French (lower case only). */
  private static final Pattern ARTICLE_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{L}+ )?(?:el|la|los|las|del|al|le|les|du|des|au|aux) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}-])");

  /** Drops one-word PERSON mentions of words the document writes after an article (rule 1). */
  static List<TaggedSpan> articleTitles(List<TaggedSpan> spans, String text) {
    Set<String> afterArticle = new HashSet<>();
    Matcher m = ARTICLE_WORD.matcher(text);
    for (int from = 0; m.find(from); from = m.start(2)) {
      String before = m.group(1) == null ? "" : m.group(1).strip();
      if (!before.equals("de") && !before.equals("De")) {
        afterArticle.add(m.group(2));
      }
    }
    Set<String> inLonger = wordsOfLongerMentions(spans, text);
    Set<String> titles = new HashSet<>();
    for (TaggedSpan s : spans) {
      if (oneWord(s, text, "PERSON") && afterArticle.contains(s.surface(text)) && !inLonger.contains(s.surface(text))) {
        titles.add(s.surface(text));
      }
    }
    // The word's one-word MISC mentions go too: the document has shown it is a title ("el Presidente" tagged
    // PERSON five times and MISC once); a MISC word after an article with no PERSON mention ("el Mundial") stays.
    return spans.stream().filter(s -> !((oneWord(s, text, "PERSON") || oneWord(s, text, "MISC"))
        && titles.contains(s.surface(text)))).toList();
  }

  /** "en" and a capitalised word. */
  private static final Pattern EN_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])en (\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}-])");

  /** One-word PERSON mentions of words the document writes after "en" become LOCATIONs (rule 2). */
  static List<TaggedSpan> placesAfterEn(List<TaggedSpan> spans, String text) {
    Set<String> afterEn = new HashSet<>();
    for (Matcher m = EN_WORD.matcher(text); m.find(); ) {
      afterEn.add(m.group(1));
    }
    Set<String> inLonger = wordsOfLongerMentions(spans, text);
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      boolean place = oneWord(s, text, "PERSON") && afterEn.contains(s.surface(text))
          && !inLonger.contains(s.surface(text)) || longPlaceAfterEn(s, spans, text);
      out.add(place ? new TaggedSpan(s.start(), s.end(), "LOCATION", s.confidence()) : s);
    }
    return out;
  }

  /** A PERSON of several words written only after "en", none of whose words another mention holds (rule 2). */
  private static boolean longPlaceAfterEn(TaggedSpan s, List<TaggedSpan> spans, String text) {
    String surface = s.surface(text);
    String[] words = surface.split(" ");
    if (!s.type().equals("PERSON") || words.length < 2) {
      return false;
    }
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (at < 3 || !text.startsWith("en ", at - 3) || at > 3 && Character.isLetterOrDigit(text.charAt(at - 4))) {
        return false;
      }
    }
    Set<String> own = Set.of(words);
    for (TaggedSpan o : spans) {
      String other = o.surface(text);
      if (!other.equals(surface) && java.util.Arrays.stream(other.split("\\s+")).anyMatch(own::contains)) {
        return false;
      }
    }
    return true;
  }

  /** Drops one-word PERSON/LOCATION mentions whose word the document also writes in lower case (rule 3). */
  static List<TaggedSpan> lowerCaseWords(List<TaggedSpan> spans, String text) {
    Set<String> inLonger = wordsOfLongerMentions(spans, text);
    return spans.stream().filter(s -> !((oneWord(s, text, "PERSON") || oneWord(s, text, "LOCATION"))
        && !inLonger.contains(s.surface(text)) && writtenInLowerCase(s.surface(text), text))).toList();
  }

  private static boolean writtenInLowerCase(String word, String text) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word)) {
      return false;
    }
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-')) {
        return true;
      }
    }
    return false;
  }

  /** A mention of the type that is one word of letters ("Presidente", "Mendoza"). */
  private static boolean oneWord(TaggedSpan s, String text, String type) {
    return s.type().equals(type) && s.surface(text).codePoints().allMatch(Character::isLetter);
  }

  /** The words of the document's mentions of more than one word. */
  private static Set<String> wordsOfLongerMentions(List<TaggedSpan> spans, String text) {
    Set<String> out = new HashSet<>();
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).split("\\s+");
      if (words.length > 1) {
        out.addAll(List.of(words));
      }
    }
    return out;
  }
}
