package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ie.crf.FactorTable;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * {@code CRFClassifier.getCliqueTree(data)} for a model with linear clique potentials, bit for bit, with each clique's
 * potentials for all its labelings summed in one pass over its features instead of one pass per labeling.
 *
 * <p>Why it is the same: CoreNLP's {@code LinearCliquePotentialFunction} computes, for labeling k, {@code 0.0 +
 * w[f0][k] + w[f1][k] + ...} (each float weight widened to double) in the order of the clique's features. Here the
 * loop runs over the features outside and the labelings inside, so each labeling's sum sees the same additions in
 * the same order, i.e. the same doubles; what it saves is the pointer chase to each feature's weight row, once per
 * labeling (4-5 node labelings, 16-25 edge labelings per token), which was most of the CRF's inference time. The
 * factor tables are then filled, multiplied and calibrated by CoreNLP's own {@link FactorTable} methods in the order
 * of {@code CRFCliqueTree.getCalibratedCliqueTree} (stanford-corenlp 4.5.10), and the tree is CoreNLP's class.
 *
 * <p>{@link #of} returns null for a model whose potential function is not the plain linear one on its own weights
 * (then CoreNLP's path runs). Thread-safe: immutable after construction, each call has its own tables.
 */
final class CliqueTreeBuilder {
  private final CRFClassifier<CoreLabel> crf;
  private final float[][] weights;
  private final int numClasses;
  /** labelings[j][k]: the labels (one per position of the clique) of labeling k of the clique of size j + 1. */
  private final int[][][] labelings;
  private final String background;

  private CliqueTreeBuilder(CRFClassifier<CoreLabel> crf, float[][] weights, int[][][] labelings) {
    this.crf = crf;
    this.weights = weights;
    this.numClasses = crf.classIndex.size();
    this.labelings = labelings;
    this.background = crf.flags.backgroundSymbol;
  }

  /** A builder for {@code crf}, or null when its clique potentials are not the linear ones reproduced here. */
  static CliqueTreeBuilder of(CRFClassifier<CoreLabel> crf) {
    try {
      // CoreNLP keeps these package-private; reading them is the one way to use the model's own weights as they are.
      Method potential = CRFClassifier.class.getDeclaredMethod("getCliquePotentialFunctionForTest");
      potential.setAccessible(true);
      Object function = potential.invoke(crf);
      Class<?> linear = Class.forName("edu.stanford.nlp.ie.crf.LinearCliquePotentialFunction");
      if (function == null || function.getClass() != linear) {
        return null;
      }
      Field fWeights = linear.getDeclaredField("fWeights");
      fWeights.setAccessible(true);
      Field modelWeights = CRFClassifier.class.getDeclaredField("weights");
      modelWeights.setAccessible(true);
      Object w = fWeights.get(function);
      if (w == null || w != modelWeights.get(crf)) {
        return null;
      }
      Field labelIndicesField = CRFClassifier.class.getDeclaredField("labelIndices");
      labelIndicesField.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) labelIndicesField.get(crf);
      int[][][] labelings = new int[labelIndices.size()][][];
      for (int j = 0; j < labelings.length; j++) {
        Index<CRFLabel> index = labelIndices.get(j);
        labelings[j] = new int[index.size()][];
        for (int k = 0; k < index.size(); k++) {
          labelings[j][k] = index.get(k).getLabel();
        }
      }
      return new CliqueTreeBuilder(crf, (float[][]) w, labelings);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The calibrated clique tree of {@code data} ({@code data[position][clique][m]}, as {@code documentToDataAndLabels}
   * makes it), equal to {@code crf.getCliqueTree} on the same data with no feature values.
   */
  CRFCliqueTree<String> cliqueTree(int[][][] data) {
    FactorTable[] factorTables = new FactorTable[data.length];
    FactorTable[] messages = new FactorTable[data.length - 1];
    double[] potentials = new double[maxLabelings()];
    for (int i = 0; i < data.length; i++) {
      factorTables[i] = factorTable(data[i], potentials);
      if (i > 0) {
        messages[i - 1] = factorTables[i - 1].sumOutFront();
        factorTables[i].multiplyInFront(messages[i - 1]);
      }
    }
    for (int i = factorTables.length - 2; i >= 0; i--) {
      FactorTable summedOut = factorTables[i + 1].sumOutEnd();
      summedOut.divideBy(messages[i]);
      factorTables[i].multiplyInEnd(summedOut);
    }
    return new CRFCliqueTree<>(factorTables, crf.classIndex, background);
  }

  private int maxLabelings() {
    int max = 0;
    for (int[][] l : labelings) {
      max = Math.max(max, l.length);
    }
    return max;
  }

  /** CRFCliqueTree.getFactorTable with LinearCliquePotentialFunction, the sums fused as the class comment says. */
  private FactorTable factorTable(int[][] cliques, double[] potentials) {
    FactorTable factorTable = null;
    for (int j = 0; j < labelings.length; j++) {
      int[][] labels = labelings[j];
      int size = labels.length;
      java.util.Arrays.fill(potentials, 0, size, 0.0);
      for (int feature : cliques[j]) {
        float[] row = weights[feature];
        for (int k = 0; k < size; k++) {
          potentials[k] += row[k];
        }
      }
      FactorTable ft = new FactorTable(numClasses, j + 1);
      for (int k = 0; k < size; k++) {
        ft.setValue(labels[k], potentials[k]);
      }
      if (j > 0) {
        ft.multiplyInEnd(factorTable);
      }
      factorTable = ft;
    }
    return factorTable;
  }
}
