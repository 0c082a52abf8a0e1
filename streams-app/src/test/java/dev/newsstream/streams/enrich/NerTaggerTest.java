package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTaggerTest {
  private static final String SENTENCE = "Secretary of State Marco Rubio met Ukrainian negotiator Rustem Umerov in Geneva "
      + "on Sunday, while Kaja Kallas said the European Union was not consulted.";

  @Test
  void confidenceIsTheMinimumMarginalOfTheMentionsTokensAsAFreshForwardBackwardPassGivesIt() {
    CRFClassifier<CoreLabel> model = NerModel.shared();
    List<TaggedSpan> spans = new NerTagger(model).tag(SENTENCE).spans();
    assertThat(spans).extracting(s -> SENTENCE.substring(s.start(), s.end()))
        .contains("Marco Rubio", "Rustem Umerov", "Geneva", "Kaja Kallas", "European Union");

    // The independent way: tag, then run forward-backward again on the tagged tokens.
    List<CoreLabel> tokens = PTBTokenizer.factory(new CoreLabelTokenFactory(), "").getTokenizer(
        new StringReader(SENTENCE)).tokenize();
    List<CoreLabel> labelled = model.classifySentence(tokens);
    CRFCliqueTree<String> tree = model.getCliqueTree(labelled);
    List<Double> expected = new ArrayList<>();
    for (TaggedSpan span : spans) {
      double min = 1.0;
      for (int i = 0; i < labelled.size(); i++) {
        CoreLabel t = labelled.get(i);
        if (t.beginPosition() >= span.start() && t.endPosition() <= span.end()) {
          assertThat(t.get(CoreAnnotations.AnswerAnnotation.class)).isEqualTo(span.type());
          min = Math.min(min, tree.prob(i, span.type()));
        }
      }
      expected.add(min);
    }
    for (int k = 0; k < spans.size(); k++) {
      assertThat(spans.get(k).confidence()).as(spans.get(k).toString()).isCloseTo(expected.get(k), within(1e-9));
      assertThat(spans.get(k).confidence()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void anUpdatedArticleReusesTheTagsOfItsUnchangedSentencesWithTheSameResultAsTaggingAfresh() {
    CRFClassifier<CoreLabel> model = NerModel.shared();
    NerTagger cached = new NerTagger(model, 1000);
    NerTagger fresh = new NerTagger(model, 0);
    String original = SENTENCE + "\n\nAngela Merkel visited Paris on Monday. The talks ended in Brussels.";
    // The re-crawl: a new first paragraph, so every unchanged sentence moved.
    String updated = "UPDATE: Officials in London confirmed the meeting.\n\n" + original;

    assertThat(cached.tag(original).spans()).isEqualTo(fresh.tag(original).spans());
    long before = cached.cachedSentenceHits();
    NerTagger.Tagging again = cached.tag(updated);
    assertThat(cached.cachedSentenceHits() - before).as("unchanged sentences answered from the cache").isEqualTo(3);
    assertThat(again).isEqualTo(fresh.tag(updated));
    assertThat(again.spans()).extracting(s -> updated.substring(s.start(), s.end()))
        .contains("London", "Marco Rubio", "Angela Merkel", "Paris", "Brussels");
    assertThat(fresh.cachedSentenceHits()).isZero();
  }
}
