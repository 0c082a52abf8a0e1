package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MinHash + LSH near-duplicate index in memory: the pure core of the near-duplicate stage. The topology does
 * the same thing spread over tasks (one {@link BandBucket} per band key in a state store, reached through a
 * repartition topic keyed by band key); this class is what the benchmark and unit tests run.
 */
public final class NearDuplicateIndex implements NearDuplicateDetector {
  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final Map<String, BandBucket> buckets = new HashMap<>();

  public NearDuplicateIndex(int bands, int rows, int shingleWords, double threshold) {
    this.hasher = new MinHasher(bands * rows, shingleWords);
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
  }

  public MinHasher hasher() {
    return hasher;
  }

  /** The earliest verified near-duplicate of this article among those already added, then adds it. */
  @Override
  public Optional<NearMatch> check(String id, long orderTime, String body) {
    MinHashSignature signature = hasher.sign(body);
    List<NearMatch> candidates = new ArrayList<>();
    List<String> keys = signature.bandKeys(bands, rows);
    for (String key : keys) {
      candidates.addAll(buckets.getOrDefault(key, BandBucket.empty()).matches(id, orderTime, signature, threshold));
    }
    BandEntry entry = new BandEntry(id, 1, orderTime, orderTime, signature);
    for (String key : keys) {
      buckets.put(key, buckets.getOrDefault(key, BandBucket.empty()).with(entry));
    }
    return NearMatch.original(candidates);
  }

  public int bucketCount() {
    return buckets.size();
  }
}
