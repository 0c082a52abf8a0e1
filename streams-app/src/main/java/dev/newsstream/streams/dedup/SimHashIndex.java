package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alternative the benchmark measures against MinHash: a 64-bit SimHash of the shingles, indexed by block
 * permutation. With a Hamming threshold of k bits the fingerprint is cut into k + 1 blocks; by the pigeonhole
 * principle two fingerprints within k bits agree exactly on at least one block, so each block is a lookup key.
 */
public final class SimHashIndex implements NearDuplicateDetector {
  private final int shingleWords;
  private final int maxDistance;
  private final Map<String, List<Entry>> blocks = new HashMap<>();

  private record Entry(String id, long orderTime, long fingerprint) {}

  public SimHashIndex(int shingleWords, int maxDistance) {
    if (maxDistance < 0 || maxDistance > 15) {
      throw new IllegalArgumentException("maxDistance must be in 0..15");
    }
    this.shingleWords = shingleWords;
    this.maxDistance = maxDistance;
  }

  /** Charikar's SimHash: per bit, the sign of the sum over shingles of +1/-1. */
  public static long fingerprint(long[] shingles) {
    int[] votes = new int[64];
    for (long s : shingles) {
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((s >>> bit) & 1) == 1 ? 1 : -1;
      }
    }
    long f = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        f |= 1L << bit;
      }
    }
    return f;
  }

  @Override
  public Optional<NearMatch> check(String id, long orderTime, String body) {
    long f = fingerprint(Shingles.of(body, shingleWords));
    List<String> keys = blockKeys(f);
    List<NearMatch> candidates = new ArrayList<>();
    for (String key : keys) {
      for (Entry e : blocks.getOrDefault(key, List.of())) {
        int distance = Long.bitCount(e.fingerprint ^ f);
        boolean earlier = e.orderTime < orderTime || (e.orderTime == orderTime && e.id.compareTo(id) < 0);
        if (!e.id.equals(id) && earlier && distance <= maxDistance) {
          candidates.add(new NearMatch(e.id, e.orderTime, 1.0 - distance / 64.0));
        }
      }
    }
    Entry entry = new Entry(id, orderTime, f);
    for (String key : keys) {
      blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    return NearMatch.original(candidates);
  }

  private List<String> blockKeys(long f) {
    int n = maxDistance + 1;
    List<String> keys = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      int from = b * 64 / n;
      int to = (b + 1) * 64 / n;
      long mask = to - from == 64 ? -1L : ((1L << (to - from)) - 1) << from;
      keys.add(b + ":" + Long.toHexString(f & mask));
    }
    return keys;
  }
}
