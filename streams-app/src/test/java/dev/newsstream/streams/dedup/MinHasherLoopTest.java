package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Session 10 (issue 16 item 5): {@link MinHasher#sign(long[])} hashes into a scratch array and takes the minimum in
 * a second loop. Its values must be those of the definition: per hash function, the unsigned minimum over the
 * shingles of {@code mix(shingle ^ seed)}, low 16 bits; so stored signatures and band keys do not change.
 */
class MinHasherLoopTest {
  @Property(tries = 1000)
  void valuesAreTheUnsignedMinimaOfTheDefinition(@ForAll @Size(max = 300) long[] shingles,
      @ForAll @IntRange(min = 1, max = 70) int size) {
    MinHasher hasher = new MinHasher(size, 3);
    MinHashSignature signature = hasher.sign(shingles);
    long[] seeds = seeds(size);
    for (int i = 0; i < size; i++) {
      long min = -1L; // unsigned maximum
      for (long x : shingles) {
        long h = Shingles.mix(x ^ seeds[i]);
        if (Long.compareUnsigned(h, min) < 0) {
          min = h;
        }
      }
      assertThat((int) signature.value(i)).as("value %d", i).isEqualTo((int) (min & 0xFFFF));
    }
  }

  @Test
  void extremesOfTheUnsignedOrder() {
    // Hashes on both sides of the sign bit: a signed minimum would pick the wrong one.
    long[] shingles = new long[1000];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = i * 0x9e3779b97f4a7c15L;
    }
    MinHashSignature signature = new MinHasher(60, 3).sign(shingles);
    long[] seeds = seeds(60);
    for (int i = 0; i < 60; i++) {
      long min = -1L;
      for (long x : shingles) {
        long h = Shingles.mix(x ^ seeds[i]);
        min = Long.compareUnsigned(h, min) < 0 ? h : min;
      }
      assertThat((int) signature.value(i)).isEqualTo((int) (min & 0xFFFF));
    }
  }

  /** MinHasher's seeds, as its constructor derives them. */
  private static long[] seeds(int size) {
    long[] seeds = new long[size];
    long s = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < size; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Shingles.mix(s);
    }
    return seeds;
  }
}
