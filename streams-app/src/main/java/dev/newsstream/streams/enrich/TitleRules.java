package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Session 11 (review: "Defense" ORGANIZATION in "U.S. Defense Secretary"): an English government title is a
 * department's common word and the office, capitalised together before a name or on its own ("Defense Secretary
 * Jim Mattis", "the Foreign Minister said"). The models often tag the department word alone as an ORGANIZATION; it
 * names no body there, the title names a person's office. Pure function of (spans, text, the model's lower-case
 * words), called from {@link SpanRules}.
 * <ul>
 *   <li>A one-word ORGANIZATION right before a capitalised "Secretary" or "Minister" (or one tagged with it: "Defense
 *       Secretary") is dropped when its word is one the model knows in lower case ("Defense", "Foreign", "Health"):
 *       a body's own name ("Kremlin", "Pentagon") is kept, and so is any word before another role ("Apple Chief
 *       Executive", "Google CEO").
 *   <li>Before a capitalised "Ministry" or "Department" the same word is the first word of the body's name
 *       ("Defense Ministry", "Health Department"): the ORGANIZATION is extended over it.
 * </ul>
 * Cost: a look at the text after each one-word ORGANIZATION; nothing per token.
 */
final class TitleRules {
  private TitleRules() {}

  /** Offices a department's word is written before (English, capitalised as part of the title). */
  private static final Set<String> OFFICES = Set.of("Secretary", "Minister");
  /** Bodies a department's word is the first word of. */
  private static final Set<String> BODIES = Set.of("Ministry", "Department");

  /** Drops or extends one-word department ORGANIZATIONs before an office or body word (class comment). */
  static List<TaggedSpan> departmentTitles(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      String[] words = s.surface(text).split(" ", -1);
      String word = words[0];
      if (!s.type().equals("ORGANIZATION") || words.length > 2 || !word.chars().allMatch(Character::isLetter)
          || !lowercaseWords.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (words.length == 2) { // the model's span holds the office too: "Defense Secretary"
        if (OFFICES.contains(words[1])) {
          out = out == null ? new ArrayList<>(spans) : out;
          out.set(i, null);
        }
        continue;
      }
      String next = nextWord(text, s.end());
      boolean office = OFFICES.contains(next);
      boolean body = BODIES.contains(next) && !startsAt(spans, s.end() + 1);
      if (office || body) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(i, office ? null : new TaggedSpan(s.start(), s.end() + 1 + next.length(), s.type(), s.confidence()));
      }
    }
    if (out == null) {
      return spans;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** The word after one space at {@code from} (letters only), or "" when none follows there. */
  private static String nextWord(String text, int from) {
    if (from >= text.length() || text.charAt(from) != ' ') {
      return "";
    }
    int end = from + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from + 1, end);
  }

  private static boolean startsAt(List<TaggedSpan> spans, int at) {
    return spans.stream().anyMatch(o -> o.start() == at);
  }
}
