package dev.newsstream.streams.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy editor's pass over text written without spaces (Chinese, Japanese): one small edit in every clause, as
 * syndicated copies show them: a usual substitution where one applies (表示 to 说), else one character dropped.
 */
final class CopyEdits {
  /** A clause ends after full-width or ASCII clause or sentence punctuation, which it keeps. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，。、；：！？,.;:!?])");
  /** Clauses shorter than this (in characters) are left as they are: an edit would rewrite them. */
  private static final int MIN_CLAUSE = 4;

  private CopyEdits() {}

  /** {@code paragraph} with every clause of at least four characters edited once. */
  static String everyClause(String paragraph, String[][] substitutions, Random random) {
    StringBuilder out = new StringBuilder(paragraph.length());
    for (String clause : CLAUSE_END.split(paragraph)) {
      out.append(editOne(clause, substitutions, random));
    }
    return out.toString();
  }

  private static String editOne(String clause, String[][] substitutions, Random random) {
    int[] letters = clause.codePoints().filter(Character::isLetterOrDigit).toArray();
    if (letters.length < MIN_CLAUSE) {
      return clause;
    }
    List<String[]> applicable = Arrays.stream(substitutions).filter(s -> clause.contains(s[0])).toList();
    if (!applicable.isEmpty()) {
      String[] s = applicable.get(random.nextInt(applicable.size()));
      return clause.replaceFirst(Pattern.quote(s[0]), Matcher.quoteReplacement(s[1]));
    }
    int drop = 1 + random.nextInt(letters.length - 1); // never the clause's first character
    StringBuilder sb = new StringBuilder(clause.length());
    int seen = 0;
    for (int cp : clause.codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp) && seen++ == drop) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
