package dev.newsstream.streams.enrich;

import java.util.Arrays;

/**
 * The iteration order of a {@code java.util.HashSet<String>} made with {@code new HashSet<>(100)} and filled in a
 * given order, computed from each name's String hash: table of 128 buckets (it stays at 128 up to 96 entries), bucket
 * {@code (h ^ h >>> 16) & 127}, inside a bucket the order of insertion (a resize keeps it), a name added twice where it
 * was first added. A bucket of 9 or more becomes a red-black tree in java.util.HashMap, whose order is not modelled:
 * {@link #order} then returns null. (OpenJDK's HashMap; CoreNLP's NERFeatureFactory collects feature names this way.)
 */
final class HashSetOrder {
  /** Entries a set made with {@code new HashSet<>(100)} holds before its table grows past 128 buckets. */
  static final int MAX_FEATURES = 96;
  private static final int BUCKETS = 128;
  private static final int TREEIFY = 9;

  private HashSetOrder() {}

  static long pack(int hash, int index) {
    return ((long) hash << 32) | (index & 0xffffffffL);
  }

  /**
   * The known features of {@code packed[0..m)} in the iteration order of a java.util.HashSet of their names filled in
   * that order; null if that order is not the bucket-then-insertion order modelled here.
   */
  static int[] order(long[] packed, int m) {
    int[] bucketFill = new int[BUCKETS];
    int[] keys = new int[m];
    int known = 0;
    for (int i = 0; i < m; i++) {
      int h = (int) (packed[i] >>> 32);
      int bucket = (h ^ (h >>> 16)) & (BUCKETS - 1);
      if (++bucketFill[bucket] >= TREEIFY) {
        return null;
      }
      if ((int) packed[i] >= 0) {
        keys[known++] = bucket * BUCKETS + i; // i < 128: the key sorts by bucket, then insertion
      }
    }
    Arrays.sort(keys, 0, known);
    int[] out = new int[known];
    int size = 0;
    outer:
    for (int k = 0; k < known; k++) {
      int index = (int) packed[keys[k] % BUCKETS];
      // A name added twice stays where it was first added; equal names have equal hashes, hence one bucket.
      for (int e = size - 1; e >= 0 && keys[e] / BUCKETS == keys[k] / BUCKETS; e--) {
        if (out[e] == index) {
          continue outer;
        }
      }
      keys[size] = keys[k];
      out[size++] = index;
    }
    return size == known ? out : Arrays.copyOf(out, size);
  }
}
