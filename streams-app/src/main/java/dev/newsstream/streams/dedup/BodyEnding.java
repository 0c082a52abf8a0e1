package dev.newsstream.streams.dedup;

import java.util.Arrays;

/**
 * How a body ends, kept beside its MinHash signature so that a near-duplicate verdict rests on the story's own text,
 * not on an ending the site puts under every story ("About <publisher>: ...", "If you have a story tip ...",
 * disclaimers, newsletter calls; extraction often keeps them, they sit inside {@code <article>}).
 *
 * <p>Why: two different short stories of one site that both end with the same 90-word block share most of their
 * shingles (review 10: four stories of 25-86 words each, whole-page similarity 0.5-0.65), so the later ones were
 * withdrawn as copies of the earlier. Which text a site repeats on many pages is a property of the whole stream,
 * known only once enough pages arrived (order-dependent: the second page of a site would be judged before the
 * third showed the block to be boilerplate, and a verdict is never taken back). A property of the pair is not:
 * {@link #storySimilarity} discounts the paragraphs that both pages end with, verbatim, and judges what is left.
 * Compared pairwise, by whichever probes second, like the signature itself, so verdicts stay order-independent.
 *
 * <p>Shape: {@code shingles}, the number of shingle positions of the body (k tokens each, {@link Shingles});
 * {@code paragraphs}, its paragraph count (paragraphs are separated by a blank line, as the parser joins them);
 * for its last {@link #KEPT} paragraphs, last first, a 32-bit hash of the paragraph's tokens ({@link ShingleTokens}:
 * case, punctuation and Unicode forms do not matter) and the number of shingle positions that lie wholly inside
 * the body's last j paragraphs (cumulative). About 20 bytes stored.
 *
 * <p>Limits: only the last {@value #KEPT} paragraphs count as a site ending (deeper shared text is more likely the
 * story itself: a copy whose lead alone was rewritten keeps the rest); a shared <em>opening</em> is not discounted
 * (an excerpt, the first half of a story, shares exactly that); an ending glued into the story's last paragraph is
 * not seen.
 */
public record BodyEnding(int shingles, int paragraphs, int[] hashes, int[] suffixShingles) {
  /** Paragraphs of the ending kept: site endings are one to three paragraphs (about, tips, corrections). */
  public static final int KEPT = 3;

  /** Unknown (a signature from shingle hashes only, or a record written before session 10): nothing discounted. */
  public static final BodyEnding NONE = new BodyEnding(0, 0, new int[0], new int[0]);

  public BodyEnding {
    if (hashes.length != suffixShingles.length || hashes.length > KEPT) {
      throw new IllegalArgumentException("ending of " + hashes.length + " hashes and " + suffixShingles.length
          + " counts");
    }
    hashes = hashes.clone();
    suffixShingles = suffixShingles.clone();
  }

  /** The ending of the tokenised body {@code tokens} ({@link ShingleTokens#of}), shingles of {@code k} tokens. */
  static BodyEnding of(ShingleTokens.Tokens tokens, int k) {
    String s = tokens.text();
    int count = tokens.count();
    int[] hashes = new int[KEPT];
    int[] suffix = new int[KEPT];
    int kept = 0;
    int end = s.length(); // the current paragraph ends here (exclusive)
    int paragraphs = 1;
    int i = s.length() - 1;
    while (i >= 0) {
      if (!Character.isWhitespace(s.charAt(i))) {
        i--;
        continue;
      }
      // A run of white space: a paragraph break when it holds two line breaks (a blank line).
      int runEnd = i + 1;
      int newlines = 0;
      while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
        newlines += s.charAt(i) == '\n' ? 1 : 0;
        i--;
      }
      if (newlines >= 2 && i >= 0 && runEnd < s.length()) {
        if (kept < KEPT) {
          int first = firstTokenAtOrAfter(tokens, runEnd);
          hashes[kept] = paragraphHash(tokens, first, firstTokenAtOrAfter(tokens, end));
          suffix[kept] = Math.max(0, count - first - k + 1);
          kept++;
        }
        paragraphs++;
        end = i + 1;
      }
    }
    if (kept < KEPT) {
      // The first paragraph: the whole body is its ending at this depth.
      hashes[kept] = paragraphHash(tokens, 0, firstTokenAtOrAfter(tokens, end));
      suffix[kept] = Math.max(0, count - k + 1);
      kept++;
    }
    return new BodyEnding(Math.max(1, count - k + 1), paragraphs, Arrays.copyOf(hashes, kept),
        Arrays.copyOf(suffix, kept));
  }

  /**
   * Share of the shared shingles that must lie outside a common ending for a match to stand on that alone. Different
   * stories under one site ending share nothing else: 0.00-0.08 on review 10's pages and this project's fixtures
   * (the MinHash estimate's noise); copies of one story whose last paragraphs are verbatim the same share the rest of
   * the story too: 0.38 for a copy with a new lead (BodyEndingTest).
   */
  static final double OWN_SHARE = 0.25;

  /**
   * Whether a match of whole-page similarity {@code similarity} (already at least {@code threshold}) rests on the
   * story's own text, not on the ending both pages carry: either the stories alone are {@code threshold} similar
   * ({@link #storySimilarity}), or at least a quarter of what the pages share lies outside that ending ({@link
   * #ownShare}). The second clause keeps copies whose common ending reaches into the story (the last 3 paragraphs
   * are the same in both: they are discounted whole, and the cores left are only the leads) and copies near the
   * threshold that happen to close with the same line (bench dedup's "lede replaced" copy and a syndicated one);
   * the ratio is also steadier than the stories' own similarity when a short story sits above a long ending (a
   * small core makes (I - s) / (U - s) noisy; (I - s) / I is not).
   */
  public boolean restsOnStory(double similarity, BodyEnding other, double threshold) {
    // The common ending and the intersection estimate once for both clauses (they are per band match).
    int common = commonEnding(other);
    if (common == 0) {
      return true; // nothing discounted: the story similarity is the whole page's and the own share 1
    }
    double n = shingles + (double) other.shingles;
    double intersection = similarity * n / (1 + similarity);
    double s = suffixShingles[common - 1];
    return storySimilarity(similarity, n, intersection, s) >= threshold || ownShare(intersection, s) >= OWN_SHARE;
  }

  /**
   * The estimated share of the two pages' shared shingles that lies outside the paragraphs both end with verbatim,
   * (I - s) / I in the terms of {@link #storySimilarity}; 1 when they end differently or either ending is unknown.
   */
  public double ownShare(double similarity, BodyEnding other) {
    int common = commonEnding(other);
    if (common == 0) {
      return 1.0;
    }
    double intersection = similarity * (shingles + (double) other.shingles) / (1 + similarity);
    return ownShare(intersection, suffixShingles[common - 1]);
  }

  /** (I - s) / I, 0 for an empty intersection. */
  private static double ownShare(double intersection, double s) {
    return intersection <= 0 ? 0.0 : Math.max(0.0, (intersection - s) / intersection);
  }

  /** Paragraphs both bodies end with, verbatim (0 when unknown, or when one body is nothing but them). */
  private int commonEnding(BodyEnding other) {
    int common = 0;
    int max = Math.min(hashes.length, other.hashes.length);
    while (common < max && hashes[common] == other.hashes[common]
        && suffixShingles[common] == other.suffixShingles[common]) {
      common++;
    }
    return common >= paragraphs || common >= other.paragraphs ? 0 : common;
  }

  /**
   * The similarity of the two pages' own text: {@code similarity} (the whole bodies' estimated Jaccard) with the
   * paragraphs both pages end with, verbatim, taken out of both shingle sets. With n_a, n_b shingles and intersection
   * I = J (n_a + n_b) / (1 + J), removing the s shingles of the shared ending from both leaves (I - s) / (U - s),
   * U = n_a + n_b - I. Unchanged ({@code similarity}) when the endings differ, either is unknown, or one page is
   * nothing but the shared ending (an excerpt of the other's end, or the same text: then the ending is the story).
   */
  public double storySimilarity(double similarity, BodyEnding other) {
    int common = commonEnding(other);
    if (common == 0) {
      return similarity;
    }
    double n = shingles + (double) other.shingles;
    return storySimilarity(similarity, n, similarity * n / (1 + similarity), suffixShingles[common - 1]);
  }

  /** (I - s) / (U - s) for {@code n} shingles in all, clamped to [0, 1]; {@code similarity} when U - s <= 0. */
  private static double storySimilarity(double similarity, double n, double intersection, double s) {
    double union = n - intersection;
    if (union - s <= 0) {
      return similarity;
    }
    return Math.max(0.0, Math.min(1.0, (intersection - s) / (union - s)));
  }

  private static int firstTokenAtOrAfter(ShingleTokens.Tokens tokens, int offset) {
    int at = Arrays.binarySearch(tokens.starts(), 0, tokens.count(), offset);
    return at >= 0 ? at : -at - 1;
  }

  /** The paragraph's tokens hashed as a shingle is ({@link Shingles#tokenRunHash}, mixed): equal runs, equal hashes. */
  private static int paragraphHash(ShingleTokens.Tokens tokens, int from, int to) {
    return (int) Shingles.mix(Shingles.tokenRunHash(tokens, from, to));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodyEnding e && shingles == e.shingles && paragraphs == e.paragraphs
        && Arrays.equals(hashes, e.hashes) && Arrays.equals(suffixShingles, e.suffixShingles);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * shingles + paragraphs) + Arrays.hashCode(hashes) * 7 + Arrays.hashCode(suffixShingles);
  }

  @Override
  public String toString() {
    return "BodyEnding[shingles=" + shingles + ", paragraphs=" + paragraphs + ", hashes=" + Arrays.toString(hashes)
        + ", suffixShingles=" + Arrays.toString(suffixShingles) + "]";
  }
}
