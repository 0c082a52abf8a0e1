package dev.newsstream.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  @Test
  void onlyExactSpanAndTypeCountAndUnscoredTypesAreIgnored() {
    NerScorer scorer = new NerScorer(Set.of("PERSON", "LOCATION"));
    List<EntitySpan> gold = List.of(new EntitySpan(0, 11, "PERSON"), new EntitySpan(20, 26, "LOCATION"),
        new EntitySpan(30, 32, "LOCATION"), new EntitySpan(40, 45, "MISC"));
    List<EntitySpan> predicted = List.of(new EntitySpan(0, 11, "PERSON"), // right
        new EntitySpan(20, 26, "PERSON"), // right span, wrong type
        new EntitySpan(29, 32, "LOCATION"), // wrong span
        new EntitySpan(40, 45, "MISC"), new EntitySpan(50, 55, "ORGANIZATION")); // types not scored
    NerScorer.Errors errors = scorer.add(gold, predicted);
    assertThat(scorer.of("PERSON")).isEqualTo(new NerScorer.Score(1, 1, 0));
    assertThat(scorer.of("LOCATION")).isEqualTo(new NerScorer.Score(0, 1, 2));
    NerScorer.Score all = scorer.overall();
    assertThat(all).isEqualTo(new NerScorer.Score(1, 2, 2));
    assertThat(all.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(all.recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(all.f1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(errors.wrong()).hasSize(2);
    assertThat(errors.missed()).containsExactlyInAnyOrder(new EntitySpan(20, 26, "LOCATION"), new EntitySpan(30, 32, "LOCATION"));
  }

  @Test
  void nothingPredictedScoresZeroNotNaN() {
    NerScorer scorer = new NerScorer(Set.of("PERSON"));
    scorer.add(List.of(new EntitySpan(0, 3, "PERSON")), List.of());
    assertThat(scorer.overall().precision()).isZero();
    assertThat(scorer.overall().f1()).isZero();
  }
}
