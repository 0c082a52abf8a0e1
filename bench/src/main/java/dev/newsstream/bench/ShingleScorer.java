package dev.newsstream.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Body-text scoring exactly as the article-extraction-benchmark's evaluation does it: Python-{@code \w+} tokens
 * (case kept), 4-token shingles counted as a multiset, per-document tp/fp/fn normalised by their sum, then the mean
 * per-document precision and recall and the F1 of those means; confidence from a bootstrap over documents.
 */
public final class ShingleScorer {
  public static final int NGRAM = 4;

  /** One document's normalised counts (they sum to 1, or are all 0 when both texts have no token). */
  public record Counts(double tp, double fp, double fn) {
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Mean precision, mean recall, their F1, and each one's bootstrap standard deviation. */
  public record Metrics(double precision, double recall, double f1, double precisionStd, double recallStd,
      double f1Std, int documents) {}

  private ShingleScorer() {}

  /** Python's {@code re.findall(r'\w+', text)} with Unicode: letters, numbers and '_' (no combining marks). */
  public static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Multiset of n-token shingles; a text shorter than n tokens is one shingle of all its tokens. */
  public static Map<String, Integer> shingles(String text, int n) {
    List<String> tokens = tokenize(text);
    Map<String, Integer> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < count; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
      if (!shingle.isEmpty()) {
        out.merge(shingle, 1, Integer::sum);
      }
    }
    return out;
  }

  public static Counts score(String truth, String prediction) {
    Map<String, Integer> t = shingles(truth, NGRAM);
    Map<String, Integer> p = shingles(prediction, NGRAM);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    // Normalised so that long documents do not weigh more.
    return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
  }

  /** Precision over documents with tp+fp > 0, recall over documents with tp+fn > 0, F1 of the two means. */
  public static double[] precisionRecallF1(List<Counts> docs) {
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    for (Counts c : docs) {
      if (c.tp() + c.fp() > 0) {
        pSum += c.precision();
        pN++;
      }
      if (c.tp() + c.fn() > 0) {
        rSum += c.recall();
        rN++;
      }
    }
    double p = pN == 0 ? 0 : pSum / pN;
    double r = rN == 0 ? 0 : rSum / rN;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f1};
  }

  /** Metrics with bootstrap standard deviations (resamples of documents with replacement, fixed seed). */
  public static Metrics evaluate(List<Counts> docs, int resamples, long seed) {
    double[] m = precisionRecallF1(docs);
    if (docs.isEmpty() || resamples < 2) {
      return new Metrics(m[0], m[1], m[2], 0, 0, 0, docs.size());
    }
    Random rng = new Random(seed);
    double[][] samples = new double[3][resamples];
    List<Counts> sample = new ArrayList<>(docs.size());
    for (int b = 0; b < resamples; b++) {
      sample.clear();
      for (int i = 0; i < docs.size(); i++) {
        sample.add(docs.get(rng.nextInt(docs.size())));
      }
      double[] s = precisionRecallF1(sample);
      for (int k = 0; k < 3; k++) {
        samples[k][b] = s[k];
      }
    }
    return new Metrics(m[0], m[1], m[2], stdev(samples[0]), stdev(samples[1]), stdev(samples[2]), docs.size());
  }

  /** Sample standard deviation (n - 1), as Python's statistics.stdev. */
  static double stdev(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x;
    }
    mean /= xs.length;
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (xs.length - 1));
  }
}
