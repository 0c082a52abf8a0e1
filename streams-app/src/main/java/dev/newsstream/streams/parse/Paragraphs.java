package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraph-level clean-up shared by the parsers: line re-joining, repeated blocks, datelines. */
public final class Paragraphs {
  // "MOSCOW (Sputnik) - ", "WASHINGTON, Nov 25 (Reuters) - ", "LONDON — ", "KYIV, Ukraine (AP) — "
  // Place words are possessive (*+) and hyphens belong to the word, so that no string can be split into words in more
  // than one way: the old "[\\p{Lu}.'’-]*" words with "[ /-]" separators backtracked exponentially on "A-A-A-...".
  private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}.'’]*+(?:-\\p{Lu}[\\p{Lu}.'’]*+)*+";
  private static final Pattern DATELINE = Pattern.compile(
      "^(" + PLACE_WORD + "(?:[ /]" + PLACE_WORD + "){0,3})"
          + "(?:,\\s*[\\p{L}.]+(?:\\s[\\p{L}.]+)?(?:\\s\\d{1,2})?)?"
          + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]{1,2}\\s+\\S");

  private static final int MAX_DATELINE_SCAN = 160;
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

  private Paragraphs() {}

  /**
   * Re-joins lines that a text dump split inside a sentence: a line that starts with punctuation or a
   * lower-case letter continues the previous one.
   */
  public static List<String> joinContinuations(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && isContinuation(line)) {
        String prev = out.remove(out.size() - 1);
        boolean glue = ",;:.!?)]}’”…".indexOf(line.charAt(0)) >= 0;
        out.add(glue ? prev + line : prev + " " + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isContinuation(String line) {
    char c = line.charAt(0);
    return ",;:.!?)]}’…".indexOf(c) >= 0 || Character.isLowerCase(c);
  }

  /** Drops exact repeats (after whitespace/case folding), keeping the first occurrence and the order. */
  public static List<String> dropRepeats(List<String> paragraphs) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (seen.add(TextNormalizer.normalize(p))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Drops a paragraph that is just other paragraphs glued together (a teaser or "full text" block that
   * repeats the body), so the body holds each paragraph exactly once.
   */
  public static List<String> dropConcatenations(List<String> paragraphs) {
    // Each paragraph normalised once, not once per other paragraph (n² normalisations on a long dump).
    List<String> norms = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      norms.add(TextNormalizer.normalize(p));
    }
    return dropConcatenations(paragraphs, norms);
  }

  /** {@code dropConcatenations(dropRepeats(paragraphs))}, each paragraph normalised once for both. */
  public static List<String> dropRepeatsAndConcatenations(List<String> paragraphs) {
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>();
    List<String> norms = new ArrayList<>();
    for (String p : paragraphs) {
      String norm = TextNormalizer.normalize(p);
      if (seen.add(norm)) {
        kept.add(p);
        norms.add(norm);
      }
    }
    return dropConcatenations(kept, norms);
  }

  /** @param norms the paragraphs normalised, in the same order */
  private static List<String> dropConcatenations(List<String> paragraphs, List<String> norms) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String norm = norms.get(i);
      int covered = 0;
      int others = 0;
      for (int j = 0; j < paragraphs.size(); j++) {
        if (j == i) {
          continue;
        }
        String other = norms.get(j);
        if (other.length() >= 20 && other.length() < norm.length() && norm.contains(other)) {
          covered += other.length();
          others++;
        }
      }
      if (!(others >= 2 && covered >= norm.length() * 0.6)) {
        out.add(paragraphs.get(i));
      }
    }
    return out;
  }

  /** The dateline that opens a body, e.g. "MOSCOW" from "MOSCOW (Sputnik) - US Secretary...". */
  public static Optional<String> dateline(String firstParagraph) {
    if (firstParagraph == null) {
      return Optional.empty();
    }
    // A dateline is a short prefix; never run the pattern over a whole paragraph.
    Matcher m = DATELINE.matcher(firstParagraph.length() > MAX_DATELINE_SCAN
        ? firstParagraph.substring(0, MAX_DATELINE_SCAN) : firstParagraph);
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1).strip();
    // An all-caps acronym sentence start ("US officials - ...") is not a dateline: want >= 3 letters of a place.
    if (NOT_LETTER.matcher(place).replaceAll("").length() < 3 || place.equals(place.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(place);
  }
}
