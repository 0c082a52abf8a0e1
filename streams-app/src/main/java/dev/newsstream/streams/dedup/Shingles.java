package dev.newsstream.streams.dedup;

import dev.newsstream.streams.parse.TextNormalizer;
import java.util.Arrays;

/**
 * The set of overlapping k-word shingles of a text, as distinct 64-bit hashes. The text goes through
 * {@link TextNormalizer#normalize} first, so case, punctuation and Unicode forms do not matter.
 */
public final class Shingles {
  private Shingles() {}

  /** Sorted distinct shingle hashes; a text shorter than k words is one shingle (never an empty set). */
  public static long[] of(String text, int k) {
    String[] words = TextNormalizer.normalize(text).split(" ");
    int n = Math.max(1, words.length - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < Math.min(words.length, i + k); w++) {
        String word = words[w];
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** Exact Jaccard similarity of two sorted distinct sets (for tests and the benchmark). */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /** SplitMix64 finaliser: spreads FNV's weak low bits over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
