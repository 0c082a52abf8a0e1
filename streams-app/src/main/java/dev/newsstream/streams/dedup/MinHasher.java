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
    return sign(Shingles.of(text, shingleWords));
  }

  public MinHashSignature sign(long[] shingles) {
    long[] min = new long[seeds.length];
    java.util.Arrays.fill(min, -1L); // unsigned maximum
    for (long x : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Shingles.mix(x ^ seeds[i]);
        if (Long.compareUnsigned(h, min[i]) < 0) {
          min[i] = h;
        }
      }
    }
    // b-bit MinHash (b = 16): two bytes per value in the stores; a false agreement costs only 1/65536.
    char[] values = new char[seeds.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = (char) min[i];
    }
    return new MinHashSignature(values);
  }
}
