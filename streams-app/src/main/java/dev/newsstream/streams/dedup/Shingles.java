package dev.newsstream.streams.dedup;

import java.util.Arrays;

/**
 * The set of overlapping k-token shingles of a text, as distinct 64-bit hashes. Tokens come from
 * {@link ShingleTokens}: words in scripts written with spaces, single characters in scripts written without (Han,
 * Kana, Hangul, Thai, ...), so a shingle is k words of English or a character k-gram of Chinese; case,
 * punctuation and Unicode forms do not matter.
 */
public final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /** Sorted distinct shingle hashes; a text shorter than k tokens is one shingle (never an empty set). */
  public static long[] of(String text, int k) {
    long[] out = hashes(text, k);
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /**
   * The shingle hashes of {@link #of} in text order, repeats included: what MinHash needs (a minimum does not care
   * about order or repeats), without the sort.
   */
  static long[] hashes(String text, int k) {
    return hashes(ShingleTokens.of(text), k);
  }

  /** As {@link #hashes(String, int)}, of text already split into tokens. */
  static long[] hashes(ShingleTokens.Tokens tokens, int k) {
    int count = tokens.count();
    int n = Math.max(1, count - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = tokenRunHash(tokens, i, Math.min(count, i + k));
      if (count == 0) {
        h = (h ^ ' ') * FNV_PRIME; // as one empty word, the hash the word splitter gave an empty text
      }
      out[i] = mix(h);
    }
    return out;
  }

  /**
   * FNV-1a over the chars of tokens {@code from} (inclusive) to {@code to} (exclusive), each followed by a space:
   * the same hash as those words joined by spaces, plus one. Not yet mixed ({@link #mix}).
   */
  static long tokenRunHash(ShingleTokens.Tokens tokens, int from, int to) {
    String s = tokens.text();
    long h = FNV_OFFSET;
    for (int w = from; w < to; w++) {
      for (int c = tokens.starts()[w]; c < tokens.ends()[w]; c++) {
        h = (h ^ s.charAt(c)) * FNV_PRIME;
      }
      h = (h ^ ' ') * FNV_PRIME;
    }
    return h;
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
