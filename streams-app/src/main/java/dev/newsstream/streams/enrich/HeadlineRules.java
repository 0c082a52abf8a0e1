package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SpanRules} steps for the headline conventions of news-wire copy (issue 15: all-caps text, about a quarter of
 * the held-out errors). Pure functions of (spans, text); offsets into text.
 * <ol>
 *   <li>{@link #topicSlugs}: a line opening with a slug of common words in capitals and a dash before a headline
 *       ("RUGBY UNION - WALES FACE AUSTRALIA", "PRESS DIGEST - Bosnia - Dec 6") names a topic, not an organisation
 *       or a place: mentions inside the slug are dropped. A slug that is a name ("NFL -", "FRANCE -") has a word
 *       the model never saw in lower case and stays; a dateline ("UNITED NATIONS - The council said") is followed
 *       by running text, not a headline, and stays.
 *   <li>{@link #capsRepeats}: a name tagged where case tells ("Tom Lehman", "Lehman") that stands untagged in
 *       capitals on an all-caps line ("GOLF - LEHMAN LEADS IN SUN CITY") is the same name there (one sense per
 *       document, after Krishnan &amp; Manning 2006); the caseless model alone misses such words. A surname of a
 *       full PERSON name counts ("LEHMAN" after "Tom Lehman"). A word the model knows in lower case ("MAY" of
 *       "Theresa May") is not repeated: in a capitals line it is as likely the common word. A model's guess below
 *       0.5 at exactly those words ("LEHMAN" PERSON 0.46, which the confidence floor would drop) gives way to it.
 *       Session 10: MISC names too ("Australian forward" in the story, "SAINTS SIGN AUSTRALIAN FORWARD" on the
 *       headline): the caseless model has no MISC at all, so a nationality or event in capitals was always lost.
 *       A mention strictly inside the repeated name gives way to it ("QATAR" LOCATION inside "QATAR OPEN" after "the
 *       Qatar Open" in the story); one that crosses its edge stays and the name is not repeated there.
 *   <li>{@link #signOff} (session 10): wire copy ends with the agency's sign-off, one word in capitals on the last
 *       line ("REUTER", which the cased models read as a surname: PERSON 1.00). A one-word PERSON that is the whole
 *       last non-blank line, in capitals, is that ORGANIZATION. A byline or a name on the last line in mixed case
 *       ("Belle", a caption) or of two words ("JOHN SMITH") stays a person; an untagged last word ("ENDS") stays
 *       untagged.
 * </ol>
 * Cost: a pass over the lines and one string search per distinct name, per document.
 */
final class HeadlineRules {
  /** "SLUG WORDS - rest of the line": the slug in capitals, then a spaced dash. */
  private static final Pattern SLUG =
      Pattern.compile("(?m)^[ \\t]*(\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,3})[ \\t]+[-—–][ \\t]+(\\S[^\\n]*)$");

  private HeadlineRules() {}

  /** Drops mentions inside a topic slug of common words before a headline (class comment). */
  static List<TaggedSpan> topicSlugs(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    if (lowercaseWords.isEmpty()) {
      return spans;
    }
    List<int[]> slugs = new ArrayList<>();
    Matcher m = SLUG.matcher(text);
    while (m.find()) {
      boolean common = true;
      for (String w : m.group(1).split(" ")) {
        common &= lowercaseWords.contains(w.toLowerCase(Locale.ROOT));
      }
      if (common && headline(m.group(2))) {
        slugs.add(new int[] {m.start(1), m.end(1)});
      }
    }
    if (slugs.isEmpty()) {
      return spans;
    }
    return spans.stream().filter(s -> slugs.stream().noneMatch(r -> r[0] <= s.start() && s.end() <= r[1])).toList();
  }

  /** A headline, not running text: no word of two or more letters starts in lower case. */
  static boolean headline(String rest) {
    for (String w : rest.split("\\s+")) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 2 && Character.isLowerCase(letters.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Retypes the agency's one-word sign-off on the last line from PERSON to ORGANIZATION (class comment). */
  static List<TaggedSpan> signOff(List<TaggedSpan> spans, String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = text.lastIndexOf('\n', end - 1) + 1;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end - start < 2) {
      return spans;
    }
    String word = text.substring(start, end);
    if (!word.chars().allMatch(Character::isUpperCase)) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (int i = 0; i < out.size(); i++) {
      TaggedSpan s = out.get(i);
      if (s.start() == start && s.end() == end && s.type().equals("PERSON")) {
        out.set(i, new TaggedSpan(start, end, "ORGANIZATION", s.confidence()));
      }
    }
    return out;
  }

  /** Tags untagged all-caps repeats of mixed-case names on all-caps lines (class comment). */
  static List<TaggedSpan> capsRepeats(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<int[]> capsLines = allCapsLines(text);
    if (capsLines.isEmpty()) {
      return spans; // most documents: nothing to search
    }
    Map<String, TaggedSpan> names = new HashMap<>(); // capitals form -> surest mention it repeats
    for (TaggedSpan s : spans) {
      if (s.confidence() < 0.5) {
        continue;
      }
      String surface = s.surface(text);
      addName(names, surface, s, lowercaseWords);
      String[] words = surface.split(" ");
      if (s.type().equals("PERSON") && words.length >= 2) {
        addName(names, words[words.length - 1], s, lowercaseWords);
      }
    }
    if (names.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (var e : names.entrySet()) {
      String caps = e.getKey();
      TaggedSpan from = e.getValue();
      for (int[] line : capsLines) {
        // Searched inside the line only: an indexOf over the rest of the text for each name and line cost more than
        // the rule's other work (session 10). The same positions, in the same order.
        String lineText = text.substring(line[0], line[1]);
        for (int at = lineText.indexOf(caps); at >= 0; at = lineText.indexOf(caps, at + 1)) {
          repeat(out, text, line[0] + at, caps, from);
        }
      }
    }
    return out;
  }

  /** Adds the name {@code from} at [at, at + caps.length()) if it is a whole word there (see the class comment). */
  private static void repeat(List<TaggedSpan> out, String text, int at, String caps, TaggedSpan from) {
    int end = at + caps.length();
    TaggedSpan c = new TaggedSpan(at, end, from.type(), from.confidence());
    boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    if (!word) {
      return;
    }
    // The caseless model's own unsure guess at the same words ("LEHMAN" PERSON 0.46) gives way to the name, and so do
    // its mentions strictly inside the name (session 10: "QATAR" LOCATION of "QATAR OPEN" after "the Qatar Open").
    out.removeIf(o -> o.start() == c.start() && o.end() == c.end() && o.confidence() < 0.5
        || c.start() <= o.start() && o.end() <= c.end() && o.end() - o.start() < c.end() - c.start());
    if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
      out.add(c);
    }
  }

  private static void addName(Map<String, TaggedSpan> names, String surface, TaggedSpan s, Set<String> lowercaseWords) {
    String caps = surface.toUpperCase(Locale.ROOT);
    boolean mixed = !caps.equals(surface) && surface.chars().filter(Character::isLetter).count() >= 3;
    boolean common = !surface.contains(" ") && lowercaseWords.contains(surface.toLowerCase(Locale.ROOT));
    if (mixed && !common) {
      names.merge(caps, s, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
  }

  /** [start, end) of each line that has letters and none in lower case. */
  private static List<int[]> allCapsLines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    boolean letters = false;
    boolean lower = false;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : '\n';
      if (ch == '\n') {
        if (letters && !lower) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
        letters = false;
        lower = false;
      } else if (Character.isLetter(ch)) {
        letters = true;
        lower |= Character.isLowerCase(ch);
      }
    }
    return out;
  }
}
