package dev.newsstream.streams.dedup;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** A verified near-duplicate candidate: an earlier article and the estimated Jaccard similarity to it. */
public record NearMatch(String id, long orderTime, double similarity) {
  /**
   * The original is the earliest match in the one global order of articles ({@link OrderTime}, then id, as
   * {@link StoredSignature#before}), among all matches above the threshold, whichever arrived first. Among
   * matches of the same article (one per body of it) the most similar.
   */
  public static final Comparator<NearMatch> ORIGINAL_FIRST = Comparator.comparingLong(NearMatch::orderTime)
      .thenComparing(NearMatch::id)
      .thenComparing(Comparator.comparingDouble(NearMatch::similarity).reversed());

  public static Optional<NearMatch> original(Collection<NearMatch> candidates) {
    return candidates.stream().min(ORIGINAL_FIRST);
  }
}
