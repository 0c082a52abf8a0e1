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

  @Test
  void eitherLevelOfANestCountsAndTheOtherLevelIsNotMissed() {
    NerScorer scorer = new NerScorer(Set.of("ORGANIZATION", "LOCATION"));
    // "United States Navy" [0,18) with "United States" [0,13) inside; "Texas" [30,35) found by nobody.
    List<EntitySpan> gold = List.of(new EntitySpan(0, 18, "ORGANIZATION"), new EntitySpan(0, 13, "LOCATION"),
        new EntitySpan(30, 35, "LOCATION"));
    scorer.add(gold, List.of(new EntitySpan(0, 13, "LOCATION")));
    assertThat(scorer.of("LOCATION")).isEqualTo(new NerScorer.Score(1, 0, 1));
    assertThat(scorer.of("ORGANIZATION")).isEqualTo(new NerScorer.Score(0, 0, 0));
  }

  @Test
  void errorsAreCountedByKind() {
    NerScorer scorer = new NerScorer(Set.of("PERSON", "LOCATION", "ORGANIZATION"));
    List<EntitySpan> gold = List.of(new EntitySpan(0, 7, "ORGANIZATION"), new EntitySpan(10, 22, "PERSON"),
        new EntitySpan(30, 35, "LOCATION"));
    NerScorer.Errors errors = scorer.add(gold, List.of(new EntitySpan(0, 7, "LOCATION"), // wrong type
        new EntitySpan(16, 22, "PERSON"), // boundary
        new EntitySpan(40, 45, "PERSON"))); // spurious; [30,35) missed
    assertThat(scorer.errors("LOCATION", NerScorer.Kind.WRONG_TYPE)).isEqualTo(1);
    assertThat(scorer.errors("PERSON", NerScorer.Kind.BOUNDARY)).isEqualTo(1);
    assertThat(scorer.errors("PERSON", NerScorer.Kind.SPURIOUS)).isEqualTo(1);
    assertThat(scorer.errors("LOCATION", NerScorer.Kind.MISSED)).isEqualTo(1);
    assertThat(scorer.errors("ORGANIZATION", NerScorer.Kind.MISSED)).isZero(); // its span was predicted (wrong type)
    assertThat(errors.errors()).extracting(NerScorer.Error::kind).containsExactlyInAnyOrder(
        NerScorer.Kind.WRONG_TYPE, NerScorer.Kind.BOUNDARY, NerScorer.Kind.SPURIOUS, NerScorer.Kind.MISSED);
    assertThat(scorer.overall(List.of("PERSON"))).isEqualTo(new NerScorer.Score(0, 2, 1));
  }

  @Test
  void aMiscPredictionOnAdjectivesTheGoldCannotMarkIsNotScoredButOneOverlappingGoldIs() {
    // "West Indian all-rounder met Afghan girls at the Asian Cup": GUM marks no adjective, so "West Indian" and
    // "Afghan" (MISC inside JJ ranges) are left out; "Asian Cup" overlaps gold and is scored (a boundary error),
    // "all-rounder" as MISC is partly outside the ranges and stays spurious.
    NerScorer scorer = new NerScorer(Set.of("MISC", "PERSON"));
    List<EntitySpan> adjectives = List.of(new EntitySpan(0, 4, "MISC"), new EntitySpan(5, 11, "MISC"),
        new EntitySpan(28, 34, "MISC"), new EntitySpan(47, 52, "MISC"));
    List<EntitySpan> gold = List.of(new EntitySpan(47, 56, "MISC"));
    List<EntitySpan> predicted = List.of(new EntitySpan(0, 11, "MISC"), new EntitySpan(28, 34, "MISC"),
        new EntitySpan(47, 52, "MISC"), new EntitySpan(12, 23, "MISC"));
    NerScorer.Errors errors = scorer.add(gold, predicted, adjectives);
    assertThat(scorer.unannotated("MISC")).isEqualTo(2);
    assertThat(scorer.of("MISC")).isEqualTo(new NerScorer.Score(0, 2, 1));
    assertThat(errors.errors()).extracting(NerScorer.Error::kind).containsExactlyInAnyOrder(NerScorer.Kind.BOUNDARY,
        NerScorer.Kind.SPURIOUS);
    // Without the ranges (CoNLL gold) everything is scored.
    NerScorer plain = new NerScorer(Set.of("MISC"));
    plain.add(gold, predicted);
    assertThat(plain.unannotated("MISC")).isZero();
    assertThat(plain.of("MISC").falsePositives()).isEqualTo(4);
  }
}
