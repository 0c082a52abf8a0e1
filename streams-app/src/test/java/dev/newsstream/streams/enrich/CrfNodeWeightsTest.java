package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CrfNodeWeightsTest {
  /** CoreNLP's sum (LinearCliquePotentialFunction): per labeling, 0.0 plus each feature's weight in feature order. */
  private static double[] rowSums(float[][] weights, int[] features, int width) {
    double[] out = new double[width];
    for (int l = 0; l < width; l++) {
      double s = 0.0;
      for (int f : features) {
        s += weights[f][l];
      }
      out[l] = s;
    }
    return out;
  }

  @Test
  void sumsAreTheRowSumsBitForBitForEveryWidth() {
    Random random = new Random(15);
    for (int width : new int[] {1, 3, 4, 5, 7}) {
      // Rows of the node width and longer (edge rows), weights of mixed magnitudes so that order matters.
      float[][] weights = new float[500][];
      for (int f = 0; f < weights.length; f++) {
        weights[f] = new float[f % 3 == 0 ? width * width : width];
        for (int l = 0; l < weights[f].length; l++) {
          weights[f][l] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
        }
      }
      CrfNodeWeights flat = CrfNodeWeights.of(weights, width);
      assertThat(flat).isNotNull();
      for (int trial = 0; trial < 300; trial++) {
        int[] features = random.ints(random.nextInt(90), 0, weights.length).toArray();
        double[] got = new double[width];
        flat.sums(features, got);
        double[] want = rowSums(weights, features, width);
        for (int l = 0; l < width; l++) {
          assertThat(Double.doubleToRawLongBits(got[l])).as("width %d labeling %d", width, l)
              .isEqualTo(Double.doubleToRawLongBits(want[l]));
        }
      }
    }
  }

  @Test
  void aRowShorterThanTheWidthMeansNoFlatCopy() {
    float[][] weights = {{1f, 2f, 3f, 4f}, {1f, 2f}};
    assertThat(CrfNodeWeights.of(weights, 4)).isNull();
    assertThat(CrfNodeWeights.of(weights, 2)).isNotNull();
  }
}
