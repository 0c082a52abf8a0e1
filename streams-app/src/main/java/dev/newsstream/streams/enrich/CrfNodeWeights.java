package dev.newsstream.streams.enrich;

/**
 * A CRF model's node-clique weights as one flat array: {@code flat[f * L + l] == weights[f][l]} for the L one-label
 * labelings. {@link CrfInference} sums the ~55 node features of every token; with CoreNLP's {@code float[][]} each
 * feature costs a load of the row's reference and then a load of the row, two dependent cache misses on new text
 * (the largest single cost of the tagger in the session 7 profile), here one. The same float values added in the same
 * order, so the same bits ({@code CrfInferenceTest}).
 *
 * <p>Heap: 4 bytes x L x features, a copy next to the model's own rows: 5.5 MB for the 3-class models (346,710
 * features x 4), about 16 MB for the three English models. The edge clique's rows (16-25 labelings, ~12 features
 * per token) are not copied: flat, they would cost 4-6 times as much. Immutable; thread-safe.
 */
final class CrfNodeWeights {
  private final float[] flat;
  private final int width;

  private CrfNodeWeights(float[] flat, int width) {
    this.flat = flat;
    this.width = width;
  }

  /**
   * The first {@code width} weights of every row of {@code weights}, or null when a row is shorter (CoreNLP would
   * fail on such a model; the caller then sums the rows as CoreNLP does) or the copy would not fit one array.
   */
  static CrfNodeWeights of(float[][] weights, int width) {
    long size = (long) weights.length * width;
    if (width <= 0 || size > Integer.MAX_VALUE - 16) {
      return null;
    }
    float[] flat = new float[(int) size];
    for (int f = 0; f < weights.length; f++) {
      if (weights[f] == null || weights[f].length < width) {
        return null;
      }
      System.arraycopy(weights[f], 0, flat, f * width, width);
    }
    return new CrfNodeWeights(flat, width);
  }

  /**
   * {@code out[l]} = 0.0 + w[f0][l] + w[f1][l] + ... over {@code features} in order, for every labeling l <
   * {@code out.length} (which must be the width): LinearCliquePotentialFunction's sum, in its order.
   */
  void sums(int[] features, double[] out) {
    float[] w = flat;
    if (width == 4) {
      // The 3-class models: four running sums in registers.
      double s0 = 0.0;
      double s1 = 0.0;
      double s2 = 0.0;
      double s3 = 0.0;
      for (int f : features) {
        int at = f << 2;
        s0 += w[at];
        s1 += w[at + 1];
        s2 += w[at + 2];
        s3 += w[at + 3];
      }
      out[0] = s0;
      out[1] = s1;
      out[2] = s2;
      out[3] = s3;
      return;
    }
    if (width == 5) {
      // The 4-class model (four types and O).
      double s0 = 0.0;
      double s1 = 0.0;
      double s2 = 0.0;
      double s3 = 0.0;
      double s4 = 0.0;
      for (int f : features) {
        int at = f * 5;
        s0 += w[at];
        s1 += w[at + 1];
        s2 += w[at + 2];
        s3 += w[at + 3];
        s4 += w[at + 4];
      }
      out[0] = s0;
      out[1] = s1;
      out[2] = s2;
      out[3] = s3;
      out[4] = s4;
      return;
    }
    java.util.Arrays.fill(out, 0.0);
    for (int f : features) {
      int at = f * width;
      for (int l = 0; l < width; l++) {
        out[l] += w[at + l];
      }
    }
  }
}
