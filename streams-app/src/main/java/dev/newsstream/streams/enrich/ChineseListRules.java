package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Session 9: items of a Chinese enumeration are one kind of thing. The enumeration comma 、(顿号) separates only
 * coordinate items of a series, so in "在石家庄、邢台、邯郸、衡水……、承德、张家口等10个设区市" (ten cities) a mention the
 * model typed otherwise (张家口 PERSON, 邯郸 ORGANIZATION, review 8 #2) takes the type most of the list's mentions
 * have. Only for a list of at least three tagged items joined by 、 (or 和/与/及/以及/或 before the last) where that type
 * has at least two items more than any other; the mention's other occurrences in the document, of the same
 * characters, take the type too ("来到张家口" stays PERSON to the model, but the document has said what 张家口 is).
 * Pure; offsets into text. Cost: a pass over the sorted mentions.
 */
final class ChineseListRules {
  private ChineseListRules() {}

  /** What may stand between two items of one enumeration. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:、|和|与|及|以及|或)\\s*");

  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingInt(TaggedSpan::start));
    Map<String, String> retyped = new HashMap<>(); // surface -> the type its list gave it
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      boolean enumeration = false; // at least one 、 in the run: 和 alone joins two items, not a series
      while (j < sorted.size() && sorted.get(j - 1).end() <= sorted.get(j).start()
          && LIST_GAP.matcher(text.substring(sorted.get(j - 1).end(), sorted.get(j).start())).matches()) {
        enumeration |= text.substring(sorted.get(j - 1).end(), sorted.get(j).start()).contains("、");
        j++;
      }
      if (enumeration && j - i >= 3) {
        Map<String, Integer> counts = new HashMap<>();
        sorted.subList(i, j).forEach(s -> counts.merge(s.type(), 1, Integer::sum));
        var best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int runnerUp = counts.entrySet().stream().filter(e -> e != best).mapToInt(Map.Entry::getValue).max()
            .orElse(0);
        if (best.getValue() - runnerUp >= 2) {
          for (TaggedSpan s : sorted.subList(i, j)) {
            if (!s.type().equals(best.getKey())) {
              retyped.put(s.surface(text), best.getKey());
            }
          }
        }
      }
      i = j;
    }
    if (retyped.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      String type = retyped.get(s.surface(text));
      out.add(type == null ? s : new TaggedSpan(s.start(), s.end(), type, s.confidence()));
    }
    return out;
  }
}
