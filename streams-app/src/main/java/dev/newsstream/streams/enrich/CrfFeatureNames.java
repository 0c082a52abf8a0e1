package dev.newsstream.streams.enrich;

import java.util.List;

/**
 * A CRF model's feature names looked up by String hash: {@code indexOf(hash, parts...)} is the index of the name that
 * equals the parts concatenated, or -1, exactly as the model's own {@code HashIndex.indexOf} of the built name, without
 * building it. A bit filter answers most misses in one memory access; an open-addressing table of feature indices,
 * probed from the hash, finds the candidates, and a candidate is compared with the parts character by character, so a
 * hash shared by two names (or by a name and a non-feature) never picks the wrong one. Immutable after construction;
 * thread-safe.
 *
 * <p>Heap: the filter 1 MB, the table 4 bytes x the next power of two >= 2 x the feature count (4 MB for the 3-class
 * models, 2 MB for the 4-class), the hashes 4 bytes per feature (1.4 MB for the 3-class model's 346,710 features).
 */
final class CrfFeatureNames {
  private static final int FILTER_BITS = 1 << 23;

  private final List<String> names;
  /** String hash of each feature name, by feature index. */
  private final int[] hashes;
  /** Feature index + 1 at the first free slot from the hash's home slot (linear probing); 0: empty. */
  private final int[] slots;
  private final int mask;
  private final long[] filter = new long[FILTER_BITS >>> 6];

  /** @param names the model's feature names by index ({@code featureIndex.objectsList()}); read, not copied */
  CrfFeatureNames(List<String> names) {
    this.names = names;
    int n = names.size();
    this.hashes = new int[n];
    int size = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
    this.slots = new int[size];
    this.mask = size - 1;
    for (int f = 0; f < n; f++) {
      int h = names.get(f).hashCode();
      hashes[f] = h;
      int bit = filterBit(h);
      filter[bit >>> 6] |= 1L << bit;
      int s = home(h);
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = f + 1;
    }
  }

  /** Whether some feature name may have this hash (false: none has). One memory access. */
  boolean mayHave(int hash) {
    int bit = filterBit(hash);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The index of the feature named {@code a + b} (String hash {@code hash}), or -1. */
  int indexOf(int hash, String a, String b) {
    return indexOf(hash, a, b, null, null, null, null);
  }

  /**
   * The index of the feature whose name is the non-null parts concatenated in order (its String hash is
   * {@code hash}), or -1 when the model has no such feature.
   */
  int indexOf(int hash, String p0, String p1, String p2, String p3, String p4, String p5) {
    if (!mayHave(hash)) {
      return -1;
    }
    for (int s = home(hash); slots[s] != 0; s = (s + 1) & mask) {
      int f = slots[s] - 1;
      if (hashes[f] == hash && equalsParts(names.get(f), p0, p1, p2, p3, p4, p5)) {
        return f;
      }
    }
    return -1;
  }

  private static boolean equalsParts(String name, String p0, String p1, String p2, String p3, String p4, String p5) {
    int length = len(p0) + len(p1) + len(p2) + len(p3) + len(p4) + len(p5);
    if (name.length() != length) {
      return false;
    }
    int at = 0;
    for (String p : new String[] {p0, p1, p2, p3, p4, p5}) {
      if (p != null) {
        if (!name.startsWith(p, at)) {
          return false;
        }
        at += p.length();
      }
    }
    return true;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }

  private int home(int hash) {
    return (hash * 0x9E3779B9 >>> 7) & mask;
  }

  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(FILTER_BITS));
  }
}
