package dev.newsstream.streams.dedup;

/**
 * Computes {@link MinHashSignature}s: {@code size} independent hash functions over a shingle set, keeping for
 * each the minimum. Seeds are fixed, so every instance and every restart produces the same signatures.
 */
public final class MinHasher {
  private final long[] seeds;
  private final int shingleWords;

  public MinHasher(int size, int shingleWords) {
    if (size < 1 || shingleWords < 1) {
      throw new IllegalArgumentException("size and shingleWords must be positive");
    }
    this.shingleWords = shingleWords;
    this.seeds = new long[size];
    long s = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < size; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Shingles.mix(s);
    }
  }

  public int size() {
    return seeds.length;
  }

  public MinHashSignature sign(String text) {
    return sign(Shingles.hashes(text, shingleWords));
  }

  /** @param shingles shingle hashes in any order, repeats allowed (the minimum is the same) */
  public MinHashSignature sign(long[] shingles) {
    // One hash function at a time over all shingles: the running minimum stays in a register. Values are compared
    // as unsigned with the sign bit flipped (x ^ MIN_VALUE orders signed as x orders unsigned), so the minimum is a
    // branch-free Math.min. Same values as a per-shingle loop with Long.compareUnsigned, about twice as fast.
    // b-bit MinHash (b = 16): two bytes per value in the stores; a false agreement costs only 1/65536.
    char[] values = new char[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long min = Long.MAX_VALUE; // unsigned maximum, flipped
      for (long x : shingles) {
        min = Math.min(min, Shingles.mix(x ^ seed) ^ Long.MIN_VALUE);
      }
      values[i] = (char) (min ^ Long.MIN_VALUE);
    }
    return new MinHashSignature(values);
  }
}
