package dev.newsstream.streams.dedup;

/** The one outcome of a page that parsed: a clean first version, an update, or a duplicate of something earlier. */
public record DedupVerdict(Kind kind, String id, int version, String duplicateOf, Double similarity) {
  public enum Kind { CLEAN, UPDATE, SAME_URL, SAME_CONTENT, NEAR_DUPLICATE }

  public boolean isDuplicate() {
    return kind != Kind.CLEAN && kind != Kind.UPDATE;
  }
}
