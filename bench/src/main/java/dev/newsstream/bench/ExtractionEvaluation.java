package dev.newsstream.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Scores one extractor's predictions against a dataset's truth: body P/R/F1 plus exact-match rates. */
public record ExtractionEvaluation(ShingleScorer.Metrics body, Rate title, Rate published, Rate authors,
    List<PageScore> pages) {

  /** matched of scored pages (pages whose truth has the field). */
  public record Rate(int matched, int scored) {
    public String describe() {
      return scored == 0 ? "n/a (truth has no such field)"
          : String.format("%d/%d = %.1f %%", matched, scored, 100.0 * matched / scored);
    }
  }

  public record PageScore(String id, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static ExtractionEvaluation of(ExtractionDataset dataset, Map<String, Prediction> predictions,
      int bootstrap) {
    List<ShingleScorer.Counts> counts = new ArrayList<>();
    List<PageScore> pages = new ArrayList<>();
    int[] title = new int[2];
    int[] date = new int[2];
    int[] authors = new int[2];
    for (ExtractionDataset.Page page : dataset.pages()) {
      Prediction p = predictions.getOrDefault(page.id(), Prediction.NONE);
      ExtractionDataset.Truth t = page.truth();
      ShingleScorer.Counts c = ShingleScorer.score(t.articleBody(), p.articleBody());
      counts.add(c);
      pages.add(new PageScore(page.id(), c.precision(), c.recall()));
      if (t.title() != null) {
        title[1]++;
        title[0] += FieldMatch.title(t.title(), p.title()) ? 1 : 0;
      }
      if (t.datePublished() != null) {
        date[1]++;
        date[0] += FieldMatch.published(t.datePublished(), p.datePublished()) ? 1 : 0;
      }
      if (t.authors() != null) {
        authors[1]++;
        authors[0] += FieldMatch.authors(t.authors(), p.authors()) ? 1 : 0;
      }
    }
    pages.sort(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id));
    return new ExtractionEvaluation(ShingleScorer.evaluate(counts, bootstrap, 42L),
        new Rate(title[0], title[1]), new Rate(date[0], date[1]), new Rate(authors[0], authors[1]),
        List.copyOf(pages));
  }
}
