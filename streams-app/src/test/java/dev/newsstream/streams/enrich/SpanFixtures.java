package dev.newsstream.streams.enrich;

import java.util.Comparator;
import java.util.List;

/** Hand-made spans for the rule tests: no model is loaded. */
final class SpanFixtures {
  private SpanFixtures() {}

  /** The span of the first occurrence of {@code surface} in {@code text}. */
  static TaggedSpan span(String text, String surface, String type, double confidence) {
    int start = text.indexOf(surface);
    return new TaggedSpan(start, start + surface.length(), type, confidence);
  }

  /** "surface/TYPE" of each span, in the list's order. */
  static List<String> surfaces(List<TaggedSpan> spans, String text) {
    return spans.stream().map(s -> s.surface(text) + "/" + s.type()).toList();
  }

  /** As {@link #surfaces}, in text order. */
  static List<String> surfacesInTextOrder(List<TaggedSpan> spans, String text) {
    return surfaces(spans.stream().sorted(Comparator.comparingInt(TaggedSpan::start)).toList(), text);
  }
}
