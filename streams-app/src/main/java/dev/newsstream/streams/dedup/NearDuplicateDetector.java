package dev.newsstream.streams.dedup;

import java.util.Optional;

/** A near-duplicate method as the benchmark compares them: check an article against those seen, then remember it. */
public interface NearDuplicateDetector {
  Optional<NearMatch> check(String id, long orderTime, String body);
}
