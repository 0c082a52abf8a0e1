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
 *       word is a title ("Mrs Thatcher", "Pope Francis": the model's own slip, CoNLL-style gold leaves titles out).
 *   <li>session 11 (issue 15's "adjacent names merged": "Psychology major at University of Texas Arlington Amneh
 *       Jafari heard..." tagged as one ORGANIZATION): an ORGANIZATION ending in two capitalised words that are no
 *       words the model knows in lower case, the last of them a word of a PERSON mention elsewhere in the document
 *       ("Jafari said"), is a body and a person written side by side: the two words become the PERSON, the rest
 *       stays the ORGANIZATION. Only when the rest is a body's name of two or more words holding a capitalised
 *       common noun ("University", "County", "Attorney"), so a person's full name tagged ORGANIZATION ("Fransiskus
 *       Bambang Soelistyo") is not cut.
 * </ol>
 * Pure function of (spans, text); offsets into text. Cost: passes over the mentions, per document.
 */
final class FullNameRules {
  private FullNameRules() {}

  /** The three rules of the class comment, in order. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    return personAfterBody(extendSurnames(retypeFullNames(spans, text), text, lowercaseWords), text, lowercaseWords);
  }

  /** Rule 3: an ORGANIZATION glued to a person's name the document names elsewhere is cut in two. */
  static List<TaggedSpan> personAfterBody(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    Set<String> personWords = new HashSet<>();
    for (TaggedSpan s : spans) {
      if (s.type().equals("PERSON")) {
        personWords.addAll(List.of(s.surface(text).split(" ")));
      }
    }
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      String[] w = s.surface(text).split(" ", -1);
      int n = w.length;
      if (!s.type().equals("ORGANIZATION") || n < 4 || !nameWord(w[n - 2], lowercaseWords)
          || !nameWord(w[n - 1], lowercaseWords) || !personWords.contains(w[n - 1])
          || !bodyName(java.util.Arrays.copyOf(w, n - 2), lowercaseWords)) {
        continue;
      }
      int personStart = s.end() - w[n - 2].length() - 1 - w[n - 1].length();
      out = out == null ? new ArrayList<>(spans) : out;
      out.set(i, new TaggedSpan(s.start(), personStart - 1, s.type(), s.confidence()));
      out.add(i + 1, new TaggedSpan(personStart, s.end(), "PERSON", s.confidence()));
      spans = out;
      i++;
    }
    return out == null ? spans : out;
  }

  /** A capitalised word of letters the model never saw in lower case ("Amneh", "Jafari"). */
  private static boolean nameWord(String w, Set<String> lowercaseWords) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.chars().allMatch(Character::isLetter)
        && !lowercaseWords.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** Two or more words, ending in a capitalised word, one of them a capitalised common noun ("University"). */
  private static boolean bodyName(String[] w, Set<String> lowercaseWords) {
    if (w.length < 2 || !Character.isUpperCase(w[w.length - 1].codePointAt(0))) {
      return false;
    }
    for (String x : w) {
      if (Character.isUpperCase(x.codePointAt(0)) && lowercaseWords.contains(x.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
