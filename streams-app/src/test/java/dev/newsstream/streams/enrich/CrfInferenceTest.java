package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CrfInference} against CoreNLP's clique tree, Viterbi and marginals on the same feature indices: the labels
 * equal, the chosen labels' marginals equal bit for bit. On real news (the indices CoreNLP itself computes for the
 * sentences of {@link CachedFeatureCrfTest#realNews}) and on random sentences of the model's own features, which
 * reach label sequences and score ranges real text rarely does.
 */
class CrfInferenceTest {
  @Test
  void onRealNewsTheThreeClassModelsInferenceIsCoreNlpsBitForBit() throws IOException {
    CRFClassifier<CoreLabel> crf = NerModel.shared();
    CrfInference inference = CrfInference.of(crf);
    assertThat(inference).isNotNull();
    int tokens = 0;
    int entityTokens = 0;
    for (String text : CachedFeatureCrfTest.realNews(20_000)) {
      for (List<CoreLabel> sentence : CachedFeatureCrfTest.sentences(text)) {
        if (!sentence.isEmpty()) {
          int[][][] data = CachedFeatureCrfTest.coreNlpData(crf, sentence);
          entityTokens += same(crf, inference, data);
          tokens += data.length;
        }
      }
    }
    assertThat(tokens).isGreaterThanOrEqualTo(20_000);
    assertThat(entityTokens).isGreaterThan(1_000);
  }

  @Test
  void onRandomSentencesOfEachEnsembleModelsFeaturesToo() {
    // The 4-class model has 5 classes and a two-label clique without one of the 25 labelings (a -infinity cell).
    for (CRFClassifier<CoreLabel> crf : List.of(NerModel.shared(), NerModel.sharedMisc(), NerModel.sharedCaseless())) {
      CrfInference inference = CrfInference.of(crf);
      assertThat(inference).isNotNull();
      float[][] weights = weights(crf);
      int k = crf.classIndex.size();
      List<Integer> node = new ArrayList<>();
      List<Integer> edge = new ArrayList<>();
      for (int f = 0; f < weights.length; f++) {
        (weights[f].length == k ? node : edge).add(f);
      }
      Random random = new Random(15);
      int nonBackground = 0;
      for (int s = 0; s < 1_500; s++) {
        int n = 1 + random.nextInt(s % 10 == 0 ? 3 : 60);
        int[][][] data = new int[n][2][];
        for (int j = 0; j < n; j++) {
          // Few features give flat scores and near-ties; many give the large sums of long tokens.
          data[j][0] = pick(node, random, random.nextInt(s % 3 == 0 ? 4 : 90));
          data[j][1] = pick(edge, random, random.nextInt(14));
        }
        nonBackground += same(crf, inference, data);
      }
      assertThat(nonBackground).as("random sentences reach every class, not only the background").isGreaterThan(1_000);
    }
  }

  @Test
  void logSumIsCoreNlpsOnInfinitiesTiesAndFarApartValues() {
    double[][] cases = {
        {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
        {-3.0, Double.NEGATIVE_INFINITY, -3.0, 7.5},
        {0.0, -31.0, -29.0, 1e-300},
        {5.0, 5.0, 5.0, 5.0},
        {-745.0, -1.0, 12.25, 12.25 - 1e-12},
    };
    for (double[] c : cases) {
      assertThat(Double.doubleToRawLongBits(CrfInference.logSum(c, 0, c.length, 1)))
          .isEqualTo(Double.doubleToRawLongBits(ArrayMath.logSum(c, 0, c.length)));
      assertThat(Double.doubleToRawLongBits(CrfInference.logSum(c, 1, c.length, 2)))
          .isEqualTo(Double.doubleToRawLongBits(ArrayMath.logSum(c, 1, c.length, 2)));
    }
  }

  /** Asserts CoreNLP's labels and marginals; returns how many tokens got a label other than the background. */
  private static int same(CRFClassifier<CoreLabel> crf, CrfInference inference, int[][][] data) {
    int n = data.length;
    int[] background = new int[n];
    Arrays.fill(background, crf.classIndex.indexOf(crf.flags.backgroundSymbol));
    CRFCliqueTree<String> tree = crf.getCliqueTree(new Triple<>(data, background, new double[n][crf.windowSize][]));
    TestSequenceModel model = new TestSequenceModel(tree);
    int[] best = new ExactBestSequenceFinder().bestSequence(model);
    CrfInference.Result fast = inference.tag(data);
    assertThat(fast).isNotNull();
    int other = 0;
    for (int j = 0; j < n; j++) {
      int label = best[j + crf.windowSize - 1];
      assertThat(fast.labels()[j]).as("label of token %d of %d", j, n).isEqualTo(label);
      assertThat(Double.doubleToRawLongBits(fast.probs()[j])).as("marginal of token %d of %d", j, n)
          .isEqualTo(Double.doubleToRawLongBits(model.labelProb(j, label)));
      if (label != background[0]) {
        other++;
      }
    }
    return other;
  }

  private static int[] pick(List<Integer> features, Random random, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = features.get(random.nextInt(features.size()));
    }
    return out;
  }

  private static float[][] weights(CRFClassifier<CoreLabel> crf) {
    try {
      Field f = CRFClassifier.class.getDeclaredField("weights");
      f.setAccessible(true);
      return (float[][]) f.get(crf);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
