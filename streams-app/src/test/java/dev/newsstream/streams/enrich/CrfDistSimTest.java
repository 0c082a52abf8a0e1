package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexer's distsim class of a word type (the lexicon lookup) against CoreNLP's own feature extraction. */
class CrfDistSimTest {
  @Test
  void everyWordTypeOfRealNewsGetsCoreNlpsDistSimClassInEachEnsembleModel() throws IOException {
    Set<String> words = new LinkedHashSet<>(List.of("1990", "3.5", "1,200", "-LRB-", "McCain", "naïve", "Zürich",
        "https://example.org/a-b", "U.S.", "'s", "n't", "--", "\u00a0", "2026-12-06", "ABU", "Dhabi", "DHABI"));
    for (String text : CachedFeatureCrfTest.realNews(20_000)) {
      for (List<CoreLabel> sentence : CachedFeatureCrfTest.sentences(text)) {
        sentence.forEach(t -> words.add(t.word()));
      }
    }
    assertThat(words.size()).isGreaterThan(5_000);
    for (CRFClassifier<CoreLabel> crf : List.of(NerModel.shared(), NerModel.sharedMisc(), NerModel.sharedCaseless())) {
      CrfFeatureIndexer indexer = CrfFeatureIndexer.forModel(crf, 100);
      int unknown = 0;
      for (String w : words) {
        String expected = indexer.coreNlpDistSim(w);
        assertThat(indexer.distSim(w)).as("distsim class of '%s'", w).isEqualTo(expected);
        if (expected.equals(crf.flags.unknownWordDistSimClass)) {
          unknown++;
        }
      }
      assertThat(unknown).as("words outside the lexicon are covered too").isGreaterThan(10);
    }
  }
}
