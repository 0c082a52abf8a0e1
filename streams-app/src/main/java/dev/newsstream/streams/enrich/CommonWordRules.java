package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two {@link SpanRules} steps that drop a one-word PERSON whose capital is not a name's (the review of 200 real
 * pages: "Level" PERSON from "Level: 82" rows): a known lower-case word capitalised only at line and sentence starts
 * or in headings ({@link #commonWordPersons}), and the label of recurring "Word: number" rows ({@link #fieldLabels}).
 * Pure functions of (spans, text); offsets into text. Cost: a pass over the text per candidate word (a case-blind
 * regex for {@link #commonWordPersons}, indexOf for {@link #fieldLabels}), and only for one-word PERSON mentions.
 */
final class CommonWordRules {
  private CommonWordRules() {}

  /**
   * A one-word PERSON ("Nginx", "Grafana") whose word the document also writes all in lower case as a word of its
   * own ("sudo systemctl restart nginx", "install grafana with apt") is a product or program, not a person: English
   * never writes a person's name in lower case, while software is named by its command. Retyped MISC (CoNLL's
   * products), same confidence. Not for a word the model knows in lower case ("Cook" beside "the cook"), nor for a
   * lower-case form inside a path, file name, address or handle ("/home/nginx/", "nginx.conf", "@trump", "trump.com").
   */
  static List<TaggedSpan> lowerCasePrograms(List<TaggedSpan> spans, String text, java.util.Set<String> lowercaseWords) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      String word = s.surface(text);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (s.type().equals("PERSON") && !word.equals(lower) && word.length() >= 3 && word.chars().allMatch(
          Character::isLetterOrDigit) && !lowercaseWords.isEmpty() && !lowercaseWords.contains(lower)
          && standsInLowerCase(lower, text)) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, new TaggedSpan(s.start(), s.end(), "MISC", s.confidence()));
      }
    }
    return out == null ? spans : out;
  }

  /** Whether {@code lower} stands as a plain word (spaces, quotes, brackets or sentence punctuation around it). */
  private static boolean standsInLowerCase(String lower, String text) {
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      char before = at == 0 ? ' ' : text.charAt(at - 1);
      char after = end == text.length() ? ' ' : text.charAt(end);
      char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
      boolean plainBefore = Character.isWhitespace(before) || "\"'(`“‘".indexOf(before) >= 0;
      boolean sentencePunct = ",;:!?)\"'`”’".indexOf(after) >= 0 || after == '.' && !Character.isLetterOrDigit(afterNext);
      if (plainBefore && (Character.isWhitespace(after) || sentencePunct)) {
        return true;
      }
    }
    return false;
  }

  /** Drops one-word PERSON mentions of a known lower-case word never capitalised where case tells (class comment). */
  static List<TaggedSpan> commonWordPersons(List<TaggedSpan> spans, String text, java.util.Set<String> lowercaseWords) {
    if (lowercaseWords.isEmpty()) {
      return spans;
    }
    List<int[]> caseless = null; // computed on the first candidate only: most documents have none
    Map<String, Boolean> named = new HashMap<>();
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      String word = s.surface(text);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (!s.type().equals("PERSON") || word.contains(" ") || !lowercaseWords.contains(lower) || aloneOnLine(s, text)) {
        out.add(s);
        continue;
      }
      if (caseless == null) {
        caseless = CaseSegments.uninformativeCaseLines(text);
      }
      List<int[]> lines = caseless;
      if (named.computeIfAbsent(lower, w -> partOfLongerPerson(w, spans, text) || capitalisedInProse(w, text, lines))) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Drops a one-word PERSON whose word stands in the document only as the label of "Word: number" rows, at least
   * twice ("Level: 82", "Level: 85" in a spec or stats list; any language): a recurring field label, not a name. A
   * name used anywhere else (prose, a longer PERSON) stays, so does a label seen once.
   */
  static List<TaggedSpan> fieldLabels(List<TaggedSpan> spans, String text) {
    Map<String, Boolean> label = new HashMap<>();
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      String word = s.surface(text);
      if (s.type().equals("PERSON") && !word.contains(" ") && !word.isEmpty()
          && label.computeIfAbsent(word, w -> onlyFieldLabel(w, spans, text))) {
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private static boolean onlyFieldLabel(String word, List<TaggedSpan> spans, String text) {
    if (partOfLongerPerson(word, spans, text)) {
      return false;
    }
    int rows = 0;
    for (int at = wholeWord(text, word, 0); at >= 0; at = wholeWord(text, word, at + word.length())) {
      int end = at + word.length();
      int lineStart = text.lastIndexOf('\n', at - 1) + 1;
      int lineEnd = text.indexOf('\n', end);
      String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
      if (!text.substring(lineStart, at).isBlank() || !FIELD_ROW.matcher(rest).matches()) {
        return false;
      }
      rows++;
    }
    return rows >= 2;
  }

  /** The rest of a "Word: number" row after the word. */
  private static final Pattern FIELD_ROW = Pattern.compile("[ \\t]*:[ \\t]*\\d[^\\n]*");

  /**
   * The first index at or after {@code from} where {@code word} stands with no letter or number beside it: what
   * {@code (?<![\p{L}\p{N}])word(?![\p{L}\p{N}])} finds from there, a match after a match starting at its end. By
   * indexOf, not that regex: its look-behind is tried at every position of the text, and this runs once per one-word
   * PERSON of every document (session 10: ~5 % of English NER's CPU on real pages). The look-behind reads the one char
   * before (a low surrogate alone is no letter), the look-ahead the code point after, as java.util.regex does
   * (CommonWordRulesTest compares both on random text). -1 if none.
   */
  static int wholeWord(String text, String word, int from) {
    if (word.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      // A pattern with a supplementary character steps over surrogate pairs (java.util.regex's "S" nodes): let the
      // regex itself answer for such a word.
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
      return m.find(from) ? m.start() : -1;
    }
    for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at > 0 && letterOrNumberChar(text, at - 1);
      boolean after = end < text.length() && letterOrNumber(text.codePointAt(end));
      if (!before && !after) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether the look-behind {@code [\p{L}\p{N}]} matches the char at {@code i}: java.util.regex reads the code point
   * starting there, and one that runs past {@code i + 1} (a surrogate pair) does not end where the look-behind must.
   */
  private static boolean letterOrNumberChar(String text, int i) {
    int cp = text.codePointAt(i);
    return Character.charCount(cp) == 1 && letterOrNumber(cp);
  }

  /** {@code [\p{L}\p{N}]}: a letter (Lu, Ll, Lt, Lm, Lo) or a number (Nd, Nl, No). */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A one-word line ("Belle" under a photo) is a caption, not prose whose first word is capitalised anyway. */
  private static boolean aloneOnLine(TaggedSpan s, String text) {
    int from = text.lastIndexOf('\n', s.start() - 1) + 1;
    int to = text.indexOf('\n', s.end());
    return text.substring(from, s.start()).isBlank() && text.substring(s.end(), to < 0 ? text.length() : to).isBlank();
  }

  private static boolean partOfLongerPerson(String lower, List<TaggedSpan> spans, String text) {
    return spans.stream().anyMatch(o -> o.type().equals("PERSON") && o.surface(text).contains(" ")
        && java.util.Arrays.stream(o.surface(text).split(" ")).anyMatch(w -> w.equalsIgnoreCase(lower)));
  }

  /** Whether the word stands, as a whole word with a capital, inside a sentence of a line whose case informs. */
  private static boolean capitalisedInProse(String lower, String text, List<int[]> caselessLines) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    while (m.find()) {
      int at = m.start();
      if (Character.isUpperCase(text.charAt(at)) && !SpanRules.sentenceStart(text, at)
          && caselessLines.stream().noneMatch(l -> l[0] <= at && at < l[1])) {
        return true;
      }
    }
    return false;
  }
}
