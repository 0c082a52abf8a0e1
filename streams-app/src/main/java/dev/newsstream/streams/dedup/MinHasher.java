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

  /** The signature of {@code text}, with how it ends ({@link BodyEnding}, from the same tokens). */
  public MinHashSignature sign(String text) {
    ShingleTokens.Tokens tokens = ShingleTokens.of(text);
    return sign(Shingles.hashes(tokens, shingleWords)).withEnding(BodyEnding.of(tokens, shingleWords));
  }

  /**
   * @param shingles shingle hashes in any order, repeats allowed (the minimum is the same)
   * @return the signature, its ending unknown ({@link BodyEnding#NONE})
   */
  public MinHashSignature sign(long[] shingles) {
    // One hash function at a time over all shingles. Values are compared as unsigned with the sign bit flipped
    // (x ^ MIN_VALUE orders signed as x orders unsigned), so the minimum is a branch-free Math.min. b-bit MinHash
    // (b = 16): two bytes per value in the stores; a false agreement costs only 1/65536.
    // The hashes of one function go into a scratch array first and the minimum is taken in a second loop: the first
    // loop then has no dependency between iterations, which the JIT compiles to vector multiplies (12-15 % faster
    // than hashing and taking the minimum in one loop, session 10; same values, MinHasherLoopTest).
    char[] values = new char[seeds.length];
    long[] hashed = new long[shingles.length];
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      for (int j = 0; j < shingles.length; j++) {
        hashed[j] = Shingles.mix(shingles[j] ^ seed) ^ Long.MIN_VALUE;
      }
      long min = Long.MAX_VALUE; // unsigned maximum, flipped
      for (long h : hashed) {
        min = Math.min(min, h);
      }
      values[i] = (char) (min ^ Long.MIN_VALUE);
    }
    return new MinHashSignature(values);
  }
}
