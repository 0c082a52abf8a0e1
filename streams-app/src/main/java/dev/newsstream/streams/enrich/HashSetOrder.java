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
  /**
   * Up to this many entries (the edge clique's ~12 features) {@link #order} sorts by insertion: ~m^2/4 steps, where
   * the counting sort pays a fixed ~400 (a prefix sum over the 128 buckets and clearing them); above it, counting.
   */
  static final int SMALL = 20;

  private HashSetOrder() {}

  static long pack(int hash, int index) {
    return ((long) hash << 32) | (index & 0xffffffffL);
  }

  /**
   * Working arrays of {@link #order(long[], int, Scratch)}, reused across the ~2 calls per token of a sentence: the
   * seven arrays a call needs cost more to allocate and zero (~1.3 KB) than the sort itself. One per thread at a time
   * (not thread-safe); {@code fill} and {@code next} are back to zero after every call.
   */
  static final class Scratch {
    final int[] fill = new int[BUCKETS];
    final int[] next = new int[BUCKETS + 1];
    final int[] bucketOf;
    final int[] knownAt;
    final int[] sorted;
    final int[] out;
    final int[] outBucket;

    /** @param capacity the most entries one call will be given */
    Scratch(int capacity) {
      bucketOf = new int[capacity];
      knownAt = new int[capacity];
      sorted = new int[capacity];
      out = new int[capacity];
      outBucket = new int[capacity];
    }
  }

  /**
   * The known features of {@code packed[0..m)} in the iteration order of a java.util.HashSet of their names filled in
   * that order; null if that order is not the bucket-then-insertion order modelled here.
   */
  static int[] order(long[] packed, int m) {
    return order(packed, m, new Scratch(m));
  }

  /** {@link #order(long[], int)} with {@code scratch}'s arrays (capacity at least m); the result is a new array. */
  static int[] order(long[] packed, int m, Scratch scratch) {
    if (m <= SMALL) {
      return orderFew(packed, m, scratch);
    }
    // A stable counting sort by bucket: entries of one bucket keep their insertion order, which is exactly the
    // (bucket, insertion) order; O(m + 128), where sorting (bucket, position) keys cost ~m^2/4 steps on the ~60
    // entries of a token.
    int[] fill = scratch.fill;
    int[] next = scratch.next;
    int[] bucketOf = scratch.bucketOf;
    // The known entries' positions, compacted without a branch: whether an entry is known is a coin flip to the
    // branch predictor on new text, and the mispredictions were most of this method's time.
    int[] knownAt = scratch.knownAt;
    int known = 0;
    for (int i = 0; i < m; i++) {
      int h = (int) (packed[i] >>> 32);
      int bucket = (h ^ (h >>> 16)) & (BUCKETS - 1);
      if (++fill[bucket] >= TREEIFY) {
        java.util.Arrays.fill(fill, 0);
        java.util.Arrays.fill(next, 0);
        return null;
      }
      bucketOf[i] = bucket;
      int isKnown = ~((int) packed[i]) >>> 31; // 1 when the index is >= 0
      next[bucket + 1] += isKnown;
      knownAt[known] = i;
      known += isKnown;
    }
    for (int b = 0; b < BUCKETS; b++) {
      next[b + 1] += next[b];
    }
    int[] sorted = scratch.sorted;
    for (int k = 0; k < known; k++) {
      int i = knownAt[k];
      sorted[next[bucketOf[i]]++] = i;
    }
    java.util.Arrays.fill(fill, 0);
    java.util.Arrays.fill(next, 0);
    int[] out = scratch.out;
    int[] outBucket = scratch.outBucket;
    int size = 0;
    for (int k = 0; k < known; k++) {
      int i = sorted[k];
      size = appendOnce(out, outBucket, size, bucketOf[i], (int) packed[i]);
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * Appends {@code index} at {@code size} unless its bucket's run at the end of {@code out} already holds it: a name
   * added twice stays where it was first added, and equal names have equal hashes, hence one bucket.
   * @return the new size
   */
  private static int appendOnce(int[] out, int[] outBucket, int size, int bucket, int index) {
    for (int e = size - 1; e >= 0 && outBucket[e] == bucket; e--) {
      if (out[e] == index) {
        return size;
      }
    }
    outBucket[size] = bucket;
    out[size] = index;
    return size + 1;
  }

  /**
   * {@link #order} for m <= {@link #SMALL}: the same (bucket, insertion) order by an insertion sort of the keys
   * {@code bucket << 8 | position} (position < 256, so equal buckets stay in insertion order); a bucket of 9
   * entries, known or not, gives null, as the counting sort's check does.
   */
  private static int[] orderFew(long[] packed, int m, Scratch scratch) {
    int[] keys = scratch.sorted;
    for (int i = 0; i < m; i++) {
      int h = (int) (packed[i] >>> 32);
      int key = ((h ^ (h >>> 16)) & (BUCKETS - 1)) << 8 | i;
      int j = i - 1;
      while (j >= 0 && keys[j] > key) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = key;
    }
    int[] out = scratch.out;
    int[] outBucket = scratch.outBucket;
    int size = 0;
    int run = 0;
    int previous = -1;
    for (int k = 0; k < m; k++) {
      int bucket = keys[k] >>> 8;
      run = bucket == previous ? run + 1 : 1;
      previous = bucket;
      if (run >= TREEIFY) {
        return null;
      }
      int index = (int) packed[keys[k] & 0xff];
      if (index >= 0) {
        size = appendOnce(out, outBucket, size, bucket, index);
      }
    }
    return Arrays.copyOf(out, size);
  }
}
