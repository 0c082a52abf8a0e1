package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name does not begin or end inside a hyphenated word (session 10). English tokenizers since CoreNLP 4 split
 * hyphens, so the CRFs label each part of "Itar-Tass" or "Moon Jae-in" on its own, by its English reading; the gold
 * of news-wire NER (CoNLL tokens keep the hyphen) marks the whole word.
 * <ol>
 *   <li>{@link #capitalisedPrefixes}: a mention right after an untagged capitalised word and a hyphen, no space
 *       ("Itar-" of "Itar-Tass", "Anglo-" of "Anglo-Dutch", "Spider-" of "Spider-Man"), takes that word, keeping its
 *       type. Not a prefix of English ("pro-Beijing", "Anti-Trump", "Ex-Chelsea" at a sentence start: the name stays
 *       alone; a small closed class of prefixes, and any word the model knows in lower case, so "Spider-Man" and
 *       "Rolls-Royce" are not joined either), nor one in capitals ("US-China": two names), nor a word another mention
 *       holds ("Merkel-Macron": two names);
 *   <li>{@link #givenNameSyllables}: a PERSON name of two or more words that the models ended at a hyphen glued to a short lower-case
 *       syllable ("Moon Jae" of "Moon Jae-in", "Wong Pik" of "Wong Pik-wan", "Kim Young" of "Kim Young-sam") takes
 *       the syllable: Korean and Cantonese given names are written so, and the tokenizer splits the hyphen, so the
 *       model labels "in", "wan", "sam" by their English reading. English compounds on a name ("Joe Biden-style",
 *       "Biden-led", "Obama-era") keep their ends: a one-word name is never extended, nor a syllable in a small closed
 *       class of English compounding words, nor one longer than five letters or hyphenated further.
 * </ol>
 * Pure functions of (spans, text); one pass over the mentions, each looking at the characters next to it.
 */
final class HyphenRules {
  private HyphenRules() {}

  /** Both rules of the class comment; {@code lowercaseWords}: words the 3-class model saw in lower case. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    return givenNameSyllables(capitalisedPrefixes(spans, text, lowercaseWords), text);
  }

  /** English prefixes written with a hyphen before a name ("pro-Beijing", "Ex-Chelsea"). */
  private static final Set<String> PREFIXES = Set.of("pro", "anti", "ex", "non", "post", "pre", "mid", "pan", "neo",
      "semi", "ultra", "super", "trans", "inter", "multi", "counter", "un");

  /** Rule 1: a mention after an untagged "Capitalised-" glued to it takes the word (class comment). */
  static List<TaggedSpan> capitalisedPrefixes(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      int hyphen = s.start() - 1;
      if (hyphen < 2 || text.charAt(hyphen) != '-' || !Character.isLowerCase(text.charAt(hyphen - 1))) {
        continue;
      }
      int from = hyphen - 1;
      while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      final int start = from;
      boolean prefix = Character.isUpperCase(text.charAt(start)) && hyphen - start >= 2
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '-')
          && text.substring(start + 1, hyphen).chars().allMatch(Character::isLowerCase)
          && !PREFIXES.contains(text.substring(start, hyphen).toLowerCase(java.util.Locale.ROOT))
          && !lowercaseWords.contains(text.substring(start, hyphen).toLowerCase(java.util.Locale.ROOT))
          && spans.stream().noneMatch(o -> o.start() < hyphen && start < o.end());
      if (!prefix) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new TaggedSpan(start, s.end(), s.type(), s.confidence()));
    }
    return out == null ? spans : out;
  }

  /** English words written after a name and a hyphen ("Biden-led", "Obama-era", "Joe Biden-style"): not a syllable. */
  private static final Set<String> COMPOUND_WORDS = Set.of("led", "era", "run", "like", "type", "born", "made",
      "free", "wide", "less", "style", "based", "owned", "esque", "proof", "held", "bred", "ally", "camp", "bloc");

  /** Rule 2: a PERSON of 2+ words ended at a hyphen before a short lower-case syllable takes it ("Moon Jae-in"). */
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
}
