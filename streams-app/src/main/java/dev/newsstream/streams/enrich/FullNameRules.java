package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Document-level consistency between a person's full name and its surname (issue 15: partial-name mentions; news
 * names a person in full and then by surname, and one name has one type and one span throughout):
 * <ol>
 *   <li>a two-word ORGANIZATION mention ("Dries Mertens", a model's slip in "the second half, Dries Mertens
 *       scored") whose last word the document tags as a PERSON on its own ("Mertens's attempt") and never as a place
 *       or organisation on its own is that PERSON. "Hapoel Haifa" with "Haifa" a LOCATION elsewhere stays; places
 *       are not retyped ("North America" beside a costume's "Captain America" tagged PERSON "America");
 *   <li>a one-word PERSON mention right after an untagged capitalised word, where the two words are a PERSON's full
 *       name elsewhere in the document ("and Dries Mertens making": only "Mertens" tagged), takes the full name's
 *       span, so both are one mention of one name (CoNLL-style gold marks the whole name); not when that first
 *       word is a title ("Mrs Thatcher", "Pope Francis": the model's own slip, CoNLL-style gold leaves titles out);
 *   <li>(session 10) a PERSON name of two or more words that the models ended at a hyphen glued to a short lower-case
 *       syllable ("Moon Jae" of "Moon Jae-in", "Wong Pik" of "Wong Pik-wan", "Kim Young" of "Kim Young-sam") takes
 *       the syllable: Korean and Cantonese given names are written so, and the tokenizer splits the hyphen, so the
 *       model labels "in", "wan", "sam" by their English reading. English compounds on a name ("Joe Biden-style",
 *       "Biden-led", "Obama-era") keep their ends: a one-word name is never extended, nor a syllable in a small closed
 *       class of English compounding words, nor one longer than five letters or hyphenated further.
 * </ol>
 * Pure function of (spans, text); offsets into text. Cost: passes over the mentions, per document.
 */
final class FullNameRules {
  private FullNameRules() {}

  /** Both rules of the class comment, in order. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    return givenNameSyllables(extendSurnames(retypeFullNames(spans, text), text, lowercaseWords), text);
  }

  /** English words written after a name and a hyphen ("Biden-led", "Obama-era", "Joe Biden-style"): not a syllable. */
  private static final Set<String> COMPOUND_WORDS = Set.of("led", "era", "run", "like", "type", "born", "made",
      "free", "wide", "less", "style", "based", "owned", "esque", "proof", "held", "bred", "ally", "camp", "bloc");

  /** Rule 3: a PERSON of 2+ words ended at a hyphen before a short lower-case syllable takes it ("Moon Jae-in"). */
  static List<TaggedSpan> givenNameSyllables(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      int end = s.end();
      if (!s.type().equals("PERSON") || end + 2 > text.length() || text.charAt(end) != '-'
          || s.surface(text).indexOf(' ') < 0) {
        continue;
      }
      int tail = end + 1;
      while (tail < text.length() && Character.isLowerCase(text.charAt(tail))) {
        tail++;
      }
      int letters = tail - end - 1;
      boolean wordEnd = tail == text.length() || !Character.isLetterOrDigit(text.charAt(tail))
          && text.charAt(tail) != '-';
      if (letters < 1 || letters > 5 || !wordEnd || COMPOUND_WORDS.contains(text.substring(end + 1, tail))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new TaggedSpan(s.start(), tail, "PERSON", s.confidence()));
    }
    return out == null ? spans : out;
  }

  /** Rule 1: two-word ORGANIZATION/LOCATION names whose surname is a PERSON on its own become PERSON. */
  static List<TaggedSpan> retypeFullNames(List<TaggedSpan> spans, String text) {
    Set<String> personWords = new HashSet<>();
    Set<String> otherWords = new HashSet<>();
    for (TaggedSpan s : spans) {
      String w = s.surface(text);
      if (!w.contains(" ")) {
        (s.type().equals("PERSON") ? personWords : otherWords).add(w);
      }
    }
    personWords.removeAll(otherWords);
    if (personWords.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).split(" ");
      boolean person = s.type().equals("ORGANIZATION") && words.length == 2
          && Character.isUpperCase(words[0].charAt(0)) && personWords.contains(words[1]);
      out.add(person ? new TaggedSpan(s.start(), s.end(), "PERSON", s.confidence()) : s);
    }
    return out;
  }

  /** English honorifics and ranks written before a name without a full stop ("Mrs Thatcher", "Pope Francis"). */
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame",
      "Lord", "Lady", "Rev", "Fr", "Pope", "King", "Queen", "Prince", "Princess", "Sheikh", "President", "Senator",
      "Governor", "General", "Captain");

  /**
   * Whether the first word of a two-word PERSON mention is a title, which CoNLL-style gold leaves out of the name and
   * so must not be spread to the surname's other mentions: an honorific, or a word the model knows in lower case
   * that the document also writes in lower case ("the pope said"). "Dries" (the verb "dries" is known) stays a given
   * name in a text that never writes "dries".
   */
  private static boolean title(String word, String text, Set<String> lowercaseWords) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return HONORIFICS.contains(word) || lowercaseWords.contains(lower)
        && java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(lower) + "(?!\\p{L})")
            .matcher(text).find();
  }

  /** Rule 2: a one-word PERSON after the untagged first word of a full name found elsewhere takes the full span. */
  static List<TaggedSpan> extendSurnames(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    Set<String> fullNames = new HashSet<>();
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).split(" ");
      if (s.type().equals("PERSON") && words.length == 2 && !title(words[0], text, lowercaseWords)) {
        fullNames.add(s.surface(text));
      }
    }
    if (fullNames.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      int space = s.start() - 1;
      int from = space;
      while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      final int start = from;
      boolean extend = s.type().equals("PERSON") && space > 0 && text.charAt(space) == ' ' && start < space
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
          && fullNames.contains(text.substring(start, s.end()))
          && spans.stream().noneMatch(o -> o.start() < space && start < o.end());
      out.add(extend ? new TaggedSpan(start, s.end(), "PERSON", s.confidence()) : s);
    }
    return out;
  }
}
