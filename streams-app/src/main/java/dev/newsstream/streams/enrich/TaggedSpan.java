package dev.newsstream.streams.enrich;

/**
 * One named-entity mention as the model tagged it: [start, end) character offsets into the text, the type
 * (PERSON, ORGANIZATION, LOCATION, MISC) and the confidence, the smallest per-token marginal probability of that
 * type over the span.
 */
public record TaggedSpan(int start, int end, String type, double confidence) {
  public TaggedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String surface(String text) {
    return text.substring(start, end);
  }

  public TaggedSpan withConfidence(double c) {
    return new TaggedSpan(start, end, type, c);
  }
}
