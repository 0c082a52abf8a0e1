package dev.newsstream.streams.dedup;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** A verified near-duplicate candidate: an earlier article and the estimated Jaccard similarity to it. */
public record NearMatch(String id, long orderTime, double similarity) {
  /** The original is the first seen: earliest order time; among equals the most similar, then the lowest id. */
  public static final Comparator<NearMatch> ORIGINAL_FIRST = Comparator.comparingLong(NearMatch::orderTime)
      .thenComparing(Comparator.comparingDouble(NearMatch::similarity).reversed())
      .thenComparing(NearMatch::id);

  public static Optional<NearMatch> original(Collection<NearMatch> candidates) {
    return candidates.stream().min(ORIGINAL_FIRST);
  }
}
