package dev.newsstream.bench;

import dev.newsstream.streams.dedup.DedupLabelledSet.Label;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import dev.newsstream.streams.dedup.DedupVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores verdicts against labels. A detected duplicate counts as right only when it points at the same story
 * (a duplicate of the wrong story is a false merge, whatever its kind). Near-duplicate figures count only the
 * NEAR_DUPLICATE label and kind; "all" counts every duplicate kind.
 */
public final class DedupScore {
  private int nearTp;
  private int nearFp;
  private int nearFn;
  private int allTp;
  private int allFp;
  private int allFn;
  private int falseMerges;
  private int wrongKind;
  private final List<String> mistakes = new ArrayList<>();
  private final Map<String, String> storyOfId = new HashMap<>();

  public void add(LabelledPage truth, DedupVerdict verdict) {
    storyOfId.putIfAbsent(truth.page().id(), truth.story());
    boolean labelDup = truth.label() != Label.CLEAN && truth.label() != Label.UPDATE;
    boolean sameStory = verdict.isDuplicate() && truth.story().equals(storyOfId.get(verdict.duplicateOf()));
    if (verdict.isDuplicate() && !sameStory) {
      falseMerges++;
    }
    boolean labelNear = truth.label() == Label.NEAR_DUPLICATE;
    boolean saidNear = verdict.kind() == DedupVerdict.Kind.NEAR_DUPLICATE;
    if (labelNear && saidNear && sameStory) {
      nearTp++;
    } else {
      if (saidNear) {
        nearFp++;
      }
      if (labelNear) {
        nearFn++;
      }
    }
    if (labelDup && sameStory) {
      allTp++;
    } else {
      if (verdict.isDuplicate()) {
        allFp++;
      }
      if (labelDup) {
        allFn++;
      }
    }
    if (!truth.label().name().equals(verdict.kind().name()) || (verdict.isDuplicate() && !sameStory)) {
      wrongKind++;
      mistakes.add(String.format("%-32s %-42s expected %-14s got %s%s", truth.story(), truth.variant(),
          truth.label(), verdict.kind(), verdict.duplicateOf() == null ? ""
              : " of " + storyOfId.get(verdict.duplicateOf()) + (verdict.similarity() == null ? ""
              : String.format(" (%.2f)", verdict.similarity()))));
    }
  }

  public double nearPrecision() {
    return ratio(nearTp, nearTp + nearFp);
  }

  public double nearRecall() {
    return ratio(nearTp, nearTp + nearFn);
  }

  public double nearF1() {
    return f1(nearPrecision(), nearRecall());
  }

  public double allPrecision() {
    return ratio(allTp, allTp + allFp);
  }

  public double allRecall() {
    return ratio(allTp, allTp + allFn);
  }

  public double allF1() {
    return f1(allPrecision(), allRecall());
  }

  public int falseMerges() {
    return falseMerges;
  }

  /** Pages whose outcome is not exactly the labelled one (kind and story). */
  public int wrongOutcomes() {
    return wrongKind;
  }

  public List<String> mistakes() {
    return mistakes;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
