package dev.newsstream.bench.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1, CoNLL style: a predicted mention counts only if its span and type both
 * equal a gold mention's. Only the given types are scored (others are dropped from both sides).
 */
public final class NerScorer {
  private final Set<String> types;
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

  public NerScorer(Set<String> types) {
    this.types = Set.copyOf(types);
    for (String t : types) {
      counts.put(t, new int[3]);
    }
  }

  /** Scores one document; returns the mentions that were wrong (predicted, not gold) and missed (gold, not found). */
  public Errors add(List<EntitySpan> gold, List<EntitySpan> predicted) {
    Set<EntitySpan> g = new HashSet<>();
    gold.stream().filter(s -> types.contains(s.type())).forEach(g::add);
    Set<EntitySpan> p = new HashSet<>();
    predicted.stream().filter(s -> types.contains(s.type())).forEach(p::add);
    for (EntitySpan s : p) {
      counts.get(s.type())[g.contains(s) ? 0 : 1]++;
    }
    for (EntitySpan s : g) {
      if (!p.contains(s)) {
        counts.get(s.type())[2]++;
      }
    }
    return new Errors(p.stream().filter(s -> !g.contains(s)).toList(), g.stream().filter(s -> !p.contains(s)).toList());
  }

  public record Errors(List<EntitySpan> wrong, List<EntitySpan> missed) {}

  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public Score of(String type) {
    int[] c = counts.get(type);
    return new Score(c[0], c[1], c[2]);
  }

  /** Micro-averaged over all scored types. */
  public Score overall() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return new Score(tp, fp, fn);
  }

  public Set<String> types() {
    return counts.keySet();
  }
}
