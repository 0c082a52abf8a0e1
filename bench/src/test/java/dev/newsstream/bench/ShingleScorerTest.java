package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

  @Test
  void tokenizesLikePythonUnicodeWordRegex() {
    assertThat(ShingleScorer.tokenize("Hello, World! snake_case 3.14 naïve Ölpreis «ещё» 東京"))
        .containsExactly("Hello", "World", "snake_case", "3", "14", "naïve", "Ölpreis", "ещё", "東京");
    // Python's \w has no combining marks: a decomposed "e" + U+0301 splits there.
    assertThat(ShingleScorer.tokenize("cafe\u0301 x")).containsExactly("cafe", "x");
    assertThat(ShingleScorer.tokenize("")).isEmpty();
    assertThat(ShingleScorer.tokenize(null)).isEmpty();
  }

  @Test
  void shinglesAreFourTokenWindowsOrOneShortShingle() {
    assertThat(ShingleScorer.shingles("a b c d e", 4)).isEqualTo(Map.of("a b c d", 1, "b c d e", 1));
    assertThat(ShingleScorer.shingles("a b", 4)).isEqualTo(Map.of("a b", 1));
    assertThat(ShingleScorer.shingles("...", 4)).isEmpty();
    assertThat(ShingleScorer.shingles("x y z w x y z w", 4)).containsEntry("x y z w", 2);
  }

  @Test
  void perDocumentCountsAreNormalisedBySum() {
    // truth shingles: {a b c d, b c d e}; prediction: {a b c d, b c d f, c d f g}
    ShingleScorer.Counts c = ShingleScorer.score("a b c d e", "a b c d f g");
    assertThat(c.tp()).isCloseTo(1 / 4.0, within(1e-12));
    assertThat(c.fp()).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(c.fn()).isCloseTo(1 / 4.0, within(1e-12));
    assertThat(c.precision()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.recall()).isCloseTo(1 / 2.0, within(1e-12));
  }

  @Test
  void caseCounts() {
    ShingleScorer.Counts c = ShingleScorer.score("One two three four", "one two three four");
    assertThat(c.tp()).isZero();
    assertThat(c.precision()).isZero();
  }

  @Test
  void edgeCasesFollowTheBenchmark() {
    ShingleScorer.Counts bothEmpty = ShingleScorer.score("", "");
    assertThat(bothEmpty.precision()).isEqualTo(1);
    assertThat(bothEmpty.recall()).isEqualTo(1);
    ShingleScorer.Counts emptyPrediction = ShingleScorer.score("a b c d", "");
    assertThat(emptyPrediction.precision()).isZero();
    assertThat(emptyPrediction.recall()).isZero();
    ShingleScorer.Counts exact = ShingleScorer.score("a b c d e", "a, b. c d e!");
    assertThat(exact.precision()).isEqualTo(1);
    assertThat(exact.recall()).isEqualTo(1);
  }

  @Test
  void aggregateMeansSkipUndefinedDocumentsAndF1IsOfTheMeans() {
    ShingleScorer.Counts perfect = new ShingleScorer.Counts(1, 0, 0);
    ShingleScorer.Counts half = new ShingleScorer.Counts(0.25, 0.25, 0.5); // P 0.5, R 1/3
    ShingleScorer.Counts emptyPrediction = new ShingleScorer.Counts(0, 0, 1); // no precision term; R 0
    double[] prf = ShingleScorer.precisionRecallF1(List.of(perfect, half, emptyPrediction));
    double p = (1 + 0.5) / 2;
    double r = (1 + 1 / 3.0 + 0) / 3;
    assertThat(prf[0]).isCloseTo(p, within(1e-12));
    assertThat(prf[1]).isCloseTo(r, within(1e-12));
    assertThat(prf[2]).isCloseTo(2 * p * r / (p + r), within(1e-12));
  }

  @Test
  void bootstrapGivesSpreadOnlyWhenDocumentsDiffer() {
    ShingleScorer.Metrics same = ShingleScorer.evaluate(
        List.of(new ShingleScorer.Counts(1, 0, 0), new ShingleScorer.Counts(1, 0, 0)), 200, 1);
    assertThat(same.f1Std()).isZero();
    ShingleScorer.Metrics mixed = ShingleScorer.evaluate(
        List.of(new ShingleScorer.Counts(1, 0, 0), new ShingleScorer.Counts(0.5, 0.5, 0)), 200, 1);
    assertThat(mixed.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(mixed.precisionStd()).isGreaterThan(0.05).isLessThan(0.3);
  }

  @Test
  void sampleStandardDeviation() {
    assertThat(ShingleScorer.stdev(new double[] {1, 2, 3, 4})).isCloseTo(Math.sqrt(5 / 3.0), within(1e-12));
  }
}
