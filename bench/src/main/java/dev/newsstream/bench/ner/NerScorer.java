package dev.newsstream.bench.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1, CoNLL style: a predicted mention counts only if its span and type both
 * equal a gold mention's. Only the given types are scored (others are dropped from both sides).
 *
 * <p>Nested gold (GUM keeps "United States" inside "United States Navy"): a flat tagger can output only one level,
 * so a prediction equal to any level is right, and the other levels of a nest one of whose mentions was found are
 * not counted as missed. Flat gold (CoNLL-2003) has no nests, so this changes nothing there.
 *
 * <p>Every error is also given its kind, per type (the predicted one, or the gold one for a miss): wrong type (the
 * span of a gold mention of another type), boundary (overlaps a gold mention, other span), spurious (overlaps no
 * gold mention), missed (a gold mention no prediction overlaps). Kinds as in Chinchor &amp; Sundheim's MUC scoring.
 */
public final class NerScorer {
  /** Error kinds, in report order. */
  public enum Kind { MISSED, SPURIOUS, WRONG_TYPE, BOUNDARY }

  private final Set<String> types;
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}
  private final Map<String, int[]> kinds = new TreeMap<>(); // type -> count per Kind
  private final Map<String, Integer> excused = new TreeMap<>(); // type -> predictions in unannotated ranges

  public NerScorer(Set<String> types) {
    this.types = Set.copyOf(types);
    for (String t : types) {
      counts.put(t, new int[3]);
      kinds.put(t, new int[Kind.values().length]);
    }
  }

  /** One wrong or missed mention and its kind. */
  public record Error(Kind kind, EntitySpan span) {}

  /** Scores one document; returns the mentions that were wrong (predicted, not gold) and missed (gold, not found). */
  public Errors add(List<EntitySpan> gold, List<EntitySpan> predicted) {
    return add(gold, predicted, List.of());
  }

  /**
   * As {@link #add(List, List)}, but a prediction that overlaps no gold mention and lies inside the document's
   * {@code unannotated} ranges of its type (where the gold scheme cannot mark it) is left out and counted apart
   * ({@link #unannotated(String)}).
   */
  public Errors add(List<EntitySpan> gold, List<EntitySpan> predicted, List<EntitySpan> unannotated) {
    Set<EntitySpan> g = new HashSet<>();
    gold.stream().filter(s -> types.contains(s.type())).forEach(g::add);
    Set<EntitySpan> p = new HashSet<>();
    for (EntitySpan s : predicted) {
      if (!types.contains(s.type())) {
        continue;
      }
      if (g.stream().noneMatch(x -> overlap(x, s)) && inside(s, unannotated)) {
        excused.merge(s.type(), 1, Integer::sum);
      } else {
        p.add(s);
      }
    }
    List<EntitySpan> found = new ArrayList<>();
    List<Error> errors = new ArrayList<>();
    for (EntitySpan s : p) {
      if (g.contains(s)) {
        counts.get(s.type())[0]++;
        found.add(s);
        continue;
      }
      counts.get(s.type())[1]++;
      Kind kind = g.stream().anyMatch(x -> sameSpan(x, s)) ? Kind.WRONG_TYPE
          : g.stream().anyMatch(x -> overlap(x, s)) ? Kind.BOUNDARY : Kind.SPURIOUS;
      kinds.get(s.type())[kind.ordinal()]++;
      errors.add(new Error(kind, s));
    }
    List<EntitySpan> missed = new ArrayList<>();
    for (EntitySpan s : g) {
      if (p.contains(s) || found.stream().anyMatch(f -> nested(f, s))) {
        continue; // found, or another level of its nest was
      }
      counts.get(s.type())[2]++;
      missed.add(s);
      if (p.stream().noneMatch(x -> overlap(x, s))) {
        kinds.get(s.type())[Kind.MISSED.ordinal()]++;
        errors.add(new Error(Kind.MISSED, s));
      }
    }
    return new Errors(p.stream().filter(s -> !g.contains(s)).toList(), missed, errors);
  }

  /**
   * @param wrong predicted mentions that are not gold
   * @param missed gold mentions not found (nest levels excused)
   * @param errors each error with its kind (a boundary or type error is listed once, from the predicted side)
   */
  public record Errors(List<EntitySpan> wrong, List<EntitySpan> missed, List<Error> errors) {}

  /** Predictions of this type left out as inside unannotated ranges. */
  public int unannotated(String type) {
    return excused.getOrDefault(type, 0);
  }

  /**
   * Every character of s is in a range of s's type, but single characters between two such ranges (the space in
   * "West Indian", two adjectives).
   */
  private static boolean inside(EntitySpan s, List<EntitySpan> ranges) {
    int uncoveredRun = 0;
    for (int at = s.start(); at < s.end(); at++) {
      final int i = at;
      if (ranges.stream().anyMatch(r -> r.type().equals(s.type()) && r.start() <= i && i < r.end())) {
        uncoveredRun = 0;
      } else if (at == s.start() || at == s.end() - 1 || ++uncoveredRun > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSpan(EntitySpan a, EntitySpan b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  private static boolean overlap(EntitySpan a, EntitySpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** One contains the other (equal spans included). */
  private static boolean nested(EntitySpan a, EntitySpan b) {
    return (a.start() <= b.start() && b.end() <= a.end()) || (b.start() <= a.start() && a.end() <= b.end());
  }

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

  /** How many errors of this kind the given type had. */
  public int errors(String type, Kind kind) {
    return kinds.get(type)[kind.ordinal()];
  }

  /** Micro-averaged over all scored types. */
  public Score overall() {
    return overall(counts.keySet());
  }

  /** Micro-averaged over the given scored types (e.g. PER/ORG/LOC without MISC). */
  public Score overall(Collection<String> over) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String t : over) {
      int[] c = counts.get(t);
      if (c != null) {
        tp += c[0];
        fp += c[1];
        fn += c[2];
      }
    }
    return new Score(tp, fp, fn);
  }

  public Set<String> types() {
    return counts.keySet();
  }
}
