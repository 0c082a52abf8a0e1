package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the models' IO labels cut at "of": a generic head noun and the name it takes ("Church of Scientology",
 * "Medical Journal of Australia"). Moved out of {@link SpanRules} in session 10 (file size); called from
 * {@link SpanRules#apply}. Pure function of (spans, text, the model's lower-case words); one pass over the mentions,
 * each looking at most 80 characters past its end.
 */
final class GenericHeadRules {
  private GenericHeadRules() {}

  /** " of " or " of the " between a generic head and the name it takes. */
  private static final Pattern OF = Pattern.compile(" of (?:the )?");

  /**
   * An ORGANIZATION ending in a common noun the model knows in lower case ("Church", "University"; session 9: also
   * after other words, "Medical Journal", then with "of" alone) followed by "of (the)" and another tagged name that is no person ("Church
   * of Scientology", with "Scientology" tagged MISC; "Medical Journal of Australia") is one organisation: the
   * models' IO labels cut it where the type of the parts changes.
   */
  static List<TaggedSpan> genericHeads(List<TaggedSpan> spans, String text, java.util.Set<String> lowercaseWords) {
    List<TaggedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingInt(TaggedSpan::start));
    List<TaggedSpan> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      TaggedSpan head = sorted.get(i);
      TaggedSpan next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      String word = head.surface(text).substring(head.surface(text).lastIndexOf(' ') + 1); // the head noun
      if (next != null && head.type().equals("ORGANIZATION") && head.end() < next.start()
          && lowercaseWords.contains(word.toLowerCase(java.util.Locale.ROOT)) && !next.type().equals("PERSON")
          && OF.matcher(text.substring(head.end(), next.start())).matches()
          // After a longer name, "of the" more often says where the body is from ("Colorado State University of
          // the US") than continues its name ("Medical Journal of Australia").
          && (!head.surface(text).contains(" ") || text.substring(head.end(), next.start()).equals(" of "))) {
        out.add(new TaggedSpan(head.start(), next.end(), "ORGANIZATION", Math.min(head.confidence(), next.confidence())));
        i++;
      } else {
        int end = head.type().equals("ORGANIZATION") && !head.surface(text).contains(" ")
            && lowercaseWords.contains(word.toLowerCase(java.util.Locale.ROOT))
            ? untaggedNameAfterOf(text, head.end(), next == null ? text.length() : next.start(), lowercaseWords) : -1;
        out.add(end < 0 ? head : new TaggedSpan(head.start(), end, "ORGANIZATION", head.confidence()));
      }
    }
    return out;
  }

  /** " of " or " of the " and then capitalised words (letters, inner hyphens or apostrophes), up to three. */
  private static final Pattern OF_NAME = Pattern.compile(
      " of (?:the )?(\\p{Lu}[\\p{L}'-]*\\p{L})(?: (\\p{Lu}[\\p{L}'-]*\\p{L}))?(?: (\\p{Lu}[\\p{L}'-]*\\p{L}))?"
          + "(?![\\p{L}\\d])");

  /**
   * Session 10: where a one-word generic head ("Church") is followed by "of (the)" and capitalised words no model
   * tagged ("Church of Scientology imprisoned her": the 3-class model gave "Church" alone), the end of the name:
   * the first word, then the next ones while the model does not know them in lower case (so a title-case headline's
   * "Church of Scientology Website" stops before "Website"); -1 when no capitalised word follows or a mention starts
   * inside the words (the tagged-name case above). {@code limit}: the next mention's start.
   */
  static int untaggedNameAfterOf(String text, int from, int limit, java.util.Set<String> lowercaseWords) {
    Matcher m = OF_NAME.matcher(text).region(from, Math.min(text.length(), from + 80));
    if (!m.lookingAt()) {
      return -1;
    }
    int end = m.end(1);
    for (int g = 2; g <= 3 && m.group(g) != null
        && !lowercaseWords.contains(m.group(g).toLowerCase(java.util.Locale.ROOT)); g++) {
      end = m.end(g);
    }
    return end > limit ? -1 : end;
  }
}
