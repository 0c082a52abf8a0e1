package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.List;

/**
 * CoreNLP 4.5.10's test-time inference of a linear-chain CRF with cliques of one and two labels (windowSize 2), on
 * primitive arrays: the clique potentials ({@code LinearCliquePotentialFunction}), the calibrated clique tree
 * ({@code CRFCliqueTree.getCalibratedCliqueTree}, {@code FactorTable}), Viterbi ({@code ExactBestSequenceFinder} over
 * {@code TestSequenceModel}) and each chosen label's marginal ({@code TestSequenceModel.labelProb}). Every floating
 * point operation is CoreNLP's, in CoreNLP's order, so labels and marginals are the same bit for bit
 * ({@code CrfInferenceTest}, {@code CachedFeatureCrfTest}); what goes is the overhead around them: a FactorTable,
 * index arrays and a copied mass array per call, Viterbi asking for every row's normaliser K times per position
 * (K^2 log-sums where K suffice), and one pass over a clique's features per label where one pass serves all labels
 * (each label's sum still runs over the features in the same order).
 *
 * <p>A sentence whose Viterbi path CoreNLP would not trace (all candidate scores -infinity or NaN) returns null: the
 * caller then runs CoreNLP's own code, which does whatever it does there. Thread-safe: the model is read only.
 */
final class CrfInference {
  /** The model's weights, {@code weights[feature][labeling]} (CoreNLP keeps them package-private as floats). */
  private final float[][] weights;
  /** The node clique's weights as one flat array ({@link CrfNodeWeights}); null: sum from {@code weights}. */
  private final CrfNodeWeights nodeWeights;
  /** Classes (K). */
  private final int classes;
  /** Table cell of each one-label labeling k (its label); CoreNLP's labelIndices.get(0) order. */
  private final int[] nodeCell;
  /** Table cell (previous * K + current) of each two-label labeling k; labelIndices.get(1) order. */
  private final int[] edgeCell;
  private final int background;

  private CrfInference(float[][] weights, int classes, int[] nodeCell, int[] edgeCell, int background) {
    this.weights = weights;
    this.nodeWeights = CrfNodeWeights.of(weights, nodeCell.length);
    this.classes = classes;
    this.nodeCell = nodeCell;
    this.edgeCell = edgeCell;
    this.background = background;
  }

  /** The labels and each label's marginal of one sentence (token j: {@code labels[j]}, {@code probs[j]}). */
  record Result(int[] labels, double[] probs) {}

  /**
   * The inference of {@code crf}, or null when its inference is not the one reproduced here (another window size or
   * clique potential function, weights not readable).
   */
  static CrfInference of(CRFClassifier<CoreLabel> crf) {
    try {
      if (crf.windowSize != 2) {
        return null;
      }
      float[][] weights = (float[][]) field("weights").get(crf);
      Object potentials = field("cliquePotentialFunction").get(crf);
      // null: CoreNLP makes a LinearCliquePotentialFunction over these weights on first use; anything else (weights
      // swapped for a test, dropout, non-linear) is not what this class sums.
      if (weights == null || potentials != null && !linearOver(potentials, weights)) {
        return null;
      }
      @SuppressWarnings("unchecked")
      List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) field("labelIndices").get(crf);
      int k = crf.classIndex.size();
      if (labelIndices == null || labelIndices.size() != 2) {
        return null;
      }
      int[] node = cells(labelIndices.get(0), k, 1);
      int[] edge = cells(labelIndices.get(1), k, 2);
      int background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
      return node == null || edge == null || background < 0 ? null
          : new CrfInference(weights, k, node, edge, background);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = CRFClassifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static boolean linearOver(Object potentials, float[][] weights) throws ReflectiveOperationException {
    if (!potentials.getClass().getName().equals("edu.stanford.nlp.ie.crf.LinearCliquePotentialFunction")) {
      return false;
    }
    Field f = potentials.getClass().getDeclaredField("fWeights");
    f.setAccessible(true);
    return f.get(potentials) == weights;
  }

  /** FactorTable's cell of each labeling of the index (labels of {@code size} positions); null if malformed. */
  private static int[] cells(Index<CRFLabel> index, int classes, int size) {
    int[] out = new int[index.size()];
    for (int k = 0; k < out.length; k++) {
      int[] label = index.get(k).getLabel();
      if (label.length != size) {
        return null;
      }
      int cell = 0;
      for (int l : label) {
        if (l < 0 || l >= classes) {
          return null;
        }
        cell = cell * classes + l;
      }
      out[k] = cell;
    }
    return out;
  }

  /**
   * Viterbi labels and their marginals for {@code data} ({@code data[j][0]}: token j's node features,
   * {@code data[j][1]}: its edge features, as {@code documentToDataAndLabels} gives them); null when CoreNLP's
   * Viterbi would find no path (see the class comment). The clique tree's K x K tables of all tokens are one array
   * ({@code ft[j * K * K + c]}, the cell c of token j's table), as are the messages and Viterbi's scores: a handful
   * of allocations per sentence instead of six per token (the tagger's largest allocation site in the session 8
   * profile); the arithmetic on each cell is unchanged.
   */
  Result tag(int[][][] data) {
    int n = data.length;
    int k = classes;
    int kk = k * k;
    double[] ft = new double[n * kk];
    double[] messages = new double[Math.max(0, n - 1) * k];
    double[] node = new double[k];
    double[] nodeSums = new double[nodeCell.length];
    double[] edgeSums = new double[edgeCell.length];
    for (int i = 0; i < n; i++) {
      int t = i * kk;
      factorTable(data[i], node, nodeSums, edgeSums, ft, t);
      if (i > 0) {
        int m = (i - 1) * k;
        sumOutFront(ft, t - kk, k, messages, m);
        for (int c = 0; c < kk; c++) { // multiplyInFront
          ft[t + c] += messages[m + c / k];
        }
      }
    }
    double[] summedOut = new double[k];
    // rowMass[j * K + p]: the log-sum of row p of token j's final table, which Viterbi normalises by (below).
    double[] rowMass = new double[n * k];
    for (int i = n - 2; i >= 0; i--) {
      int next = (i + 1) * kk;
      for (int c = 0; c < k; c++) { // sumOutEnd
        summedOut[c] = logSum(ft, next + c * k, next + (c + 1) * k, 1);
        // Table i + 1 is final here (only table i changes below, and no later step touches i + 1): Viterbi's
        // normaliser of this row is this very value, so it is kept rather than computed again (K log-sums a token).
        rowMass[next / k + c] = summedOut[c];
      }
      int m = i * k;
      for (int c = 0; c < k; c++) { // divideBy
        if (summedOut[c] != Double.NEGATIVE_INFINITY || messages[m + c] != Double.NEGATIVE_INFINITY) {
          summedOut[c] -= messages[m + c];
        }
      }
      int t = i * kk;
      for (int c = 0; c < kk; c++) { // multiplyInEnd
        ft[t + c] += summedOut[c % k];
      }
    }
    int[] labels = viterbi(ft, n, rowMass);
    if (labels == null) {
      return null;
    }
    double z = logSum(ft, 0, kk, 1); // CRFCliqueTree's norm constant: factorTables[0].totalMass()
    double[] probs = new double[n];
    for (int j = 0; j < n; j++) {
      // CRFCliqueTree.prob(j, label): the label's mass summed over the previous label, in CoreNLP's cell order.
      probs[j] = Math.exp(logSum(ft, j * kk + labels[j], (j + 1) * kk, k) - z);
    }
    return new Result(labels, probs);
  }

  /**
   * CRFCliqueTree.getFactorTable, into {@code table[at .. at + K*K)}: the node clique's potentials (table of K)
   * multiplied into the end of the edge clique's (K x K); cells no labeling of the model covers stay -infinity. One pass over each clique's features
   * adds a weight row to every labeling's running sum: each sum still adds its weights in the features' order,
   * starting from 0.0, as LinearCliquePotentialFunction does per labeling.
   */
  private void factorTable(int[][] cliques, double[] node, double[] nodeSums, double[] edgeSums, double[] table,
      int at) {
    int k = classes;
    if (nodeWeights != null) {
      nodeWeights.sums(cliques[0], nodeSums);
    } else {
      sums(cliques[0], nodeSums);
    }
    java.util.Arrays.fill(node, Double.NEGATIVE_INFINITY);
    for (int l = 0; l < nodeCell.length; l++) {
      node[nodeCell[l]] = nodeSums[l];
    }
    sums(cliques[1], edgeSums);
    int kk = k * k;
    java.util.Arrays.fill(table, at, at + kk, Double.NEGATIVE_INFINITY);
    for (int l = 0; l < edgeCell.length; l++) {
      table[at + edgeCell[l]] = edgeSums[l];
    }
    for (int c = 0; c < kk; c++) { // multiplyInEnd(node table)
      table[at + c] += node[c % k];
    }
  }

  /**
   * {@code out[l]} = 0.0 + w[f0][l] + w[f1][l] + ... over {@code features} in order, for every labeling l (the node
   * clique when its weights are not flat, and the edge clique's 16 or 25): four labelings at a time in registers,
   * each still summed over the features in order from 0.0 (the same bits); after the first block the rows come from
   * the L1 cache. The one-pass loop kept every running sum in memory, a store and a reload per feature and labeling
   * (0-7 % of the probe's CPU in three same-JVM A/B pairs at load 11-19, i.e. little but not nothing).
   */
  private void sums(int[] features, double[] out) {
    int labelings = out.length;
    int l = 0;
    for (; l + 4 <= labelings; l += 4) {
      double s0 = 0.0;
      double s1 = 0.0;
      double s2 = 0.0;
      double s3 = 0.0;
      for (int f : features) {
        float[] row = weights[f];
        s0 += row[l];
        s1 += row[l + 1];
        s2 += row[l + 2];
        s3 += row[l + 3];
      }
      out[l] = s0;
      out[l + 1] = s1;
      out[l + 2] = s2;
      out[l + 3] = s3;
    }
    for (; l < labelings; l++) {
      double s = 0.0;
      for (int f : features) {
        s += weights[f][l];
      }
      out[l] = s;
    }
  }

  /**
   * FactorTable.sumOutFront of the K x K table at {@code table[at..]}: entry c (written to {@code out[to + c]}) sums
   * the cells c, c+K, c+2K... (all previous labels).
   */
  private static void sumOutFront(double[] table, int at, int k, double[] out, int to) {
    for (int c = 0; c < k; c++) {
      out[to + c] = logSum(table, at + c, at + k * k, k);
    }
  }

  /**
   * ExactBestSequenceFinder.bestSequence on TestSequenceModel(clique tree) for window 2, with its products spelled
   * out: at token j (CoreNLP's position j+1) product p stands for (previous label p / K, label p % K), scored
   * {@code ft[j][p] - logSum(row p / K of ft[j])} (FactorTable.conditionalLogProbGivenPrevious); the first token's
   * previous label is the background. Ties and the first-maximum rule are CoreNLP's. Null when a trace is missing.
   */
  private int[] viterbi(double[] ft, int n, double[] rowMass) {
    int k = classes;
    int kk = k * k;
    // windowScore: token 0 has products (background, t) only, indexed t; later tokens all K x K (token j's at j*K*K).
    double[] window = new double[n * kk];
    for (int j = 0; j < n; j++) {
      int t = j * kk;
      if (j == 0) {
        int start = background * k;
        double z = logSum(ft, start, start + k, 1);
        for (int c = 0; c < k; c++) {
          window[c] = ft[start + c] - z;
        }
      } else {
        for (int prev = 0; prev < k; prev++) {
          int start = t + prev * k;
          double z = rowMass[j * k + prev]; // logSum(ft, start, start + k, 1), from the backward pass
          for (int c = 0; c < k; c++) {
            window[start + c] = ft[start + c] - z;
          }
        }
      }
    }
    double[] score = new double[n * kk];
    int[] trace = new int[n * kk];
    System.arraycopy(window, 0, score, 0, k); // token 0's scores: its window (K products)
    for (int j = 1; j < n; j++) {
      int at = j * kk;
      int before = at - kk;
      int left = j == 1 ? 1 : k; // token 0's window has one previous label (the background)
      for (int product = 0; product < kk; product++) {
        double best = Double.NEGATIVE_INFINITY;
        int from = -1;
        int shared = product / k;
        for (int p = 0; p < left; p++) {
          int pred = p * k + shared;
          double candidate = score[before + pred] + window[at + product];
          if (candidate > best) {
            best = candidate;
            from = pred;
          }
        }
        score[at + product] = best;
        trace[at + product] = from;
      }
    }
    // The last token's products: K of them if it is token 0, else K x K.
    int last = (n - 1) * kk;
    int products = n == 1 ? k : kk;
    double bestFinal = Double.NEGATIVE_INFINITY;
    int product = -1;
    for (int p = 0; p < products; p++) {
      if (score[last + p] > bestFinal) {
        product = p;
        bestFinal = score[last + p];
      }
    }
    if (product < 0) {
      return null;
    }
    int[] labels = new int[n];
    labels[n - 1] = product % k;
    for (int j = n - 1; j >= 1; j--) {
      int from = trace[j * kk + product];
      if (from < 0) {
        return null;
      }
      // The product at token j-1 is (label j-2, label j-1); at token 0 it is the label alone.
      labels[j - 1] = j - 1 == 0 ? from : from % k;
      product = from;
    }
    return labels;
  }

  /**
   * ArrayMath.logSum over {@code values[from]}, {@code values[from + stride]}, ... before {@code after}: the maximum
   * (first one on ties), plus log(1 + the sum of exp(d - max) over the other entries within 30 of it), operation for
   * operation as CoreNLP 4.5.10 computes it (both its strided and unstrided forms are this with stride 1 or K).
   */
  static double logSum(double[] values, int from, int after, int stride) {
    int maxIdx = from;
    double max = values[from];
    for (int i = from + stride; i < after; i += stride) {
      double d = values[i];
      if (d > max) {
        maxIdx = i;
        max = d;
      }
    }
    double intermediate = 0.0;
    double cutoff = max - 30.0; // SloppyMath.LOGTOLERANCE
    for (int i = from; i < after; i += stride) {
      double d = values[i];
      if (i != maxIdx && d > cutoff) {
        intermediate += Math.exp(d - max);
      }
    }
    return intermediate != 0 ? max + Math.log(1.0 + intermediate) : max;
  }
}
