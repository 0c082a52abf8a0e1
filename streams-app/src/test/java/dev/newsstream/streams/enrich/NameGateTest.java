package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameGateTest {
  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      out.add(t);
    }
    return out;
  }

  private final NameGate gate = new NameGate(Set.of("the", "but", "police"));

  @Test
  void aSentenceWithACapitalAfterItsFirstWordIsRead() {
    assertThat(gate.mayName(tokens("the", "talks", "in", "Geneva", "ended", "."), Set.of())).isTrue();
    assertThat(gate.mayName(tokens("But", "NATO", "said", "no", "."), Set.of())).isTrue();
  }

  @Test
  void aKnownLowercaseFirstWordAloneIsNotAName() {
    assertThat(gate.mayName(tokens("The", "talks", "ended", "without", "a", "deal", "."), Set.of())).isFalse();
    assertThat(gate.mayName(tokens("police", "said", "nothing", "."), Set.of())).isFalse();
    assertThat(gate.mayName(tokens("3", "of", "5", "."), Set.of())).isFalse();
  }

  @Test
  void anUnknownCapitalisedFirstWordIsReadAsAreOneWordLines() {
    assertThat(gate.mayName(tokens("Kallas", "said", "nothing", "."), Set.of())).isTrue();
    // Capitals past the first letter are not the sentence start's, even on a word also seen in lower case.
    assertThat(gate.mayName(tokens("THE", "talks", "ended", "."), Set.of())).isTrue();
    assertThat(gate.mayName(tokens("PoliCe", "said", "."), Set.of())).isTrue();
    // A known lowercase word the document writes with a capital inside a sentence: a name there, so read here.
    assertThat(gate.mayName(tokens("Police", "said", "."), Set.of("Police"))).isTrue();
    assertThat(NameGate.capitalisedInside(List.of(tokens("Police", "met", "John", "Smith"), tokens("Smith", "left"))))
        .containsExactlyInAnyOrder("John", "Smith");
    // A caption or heading of one word: its capital is not the sentence's.
    assertThat(gate.mayName(tokens("Police"), Set.of())).isTrue();
    assertThat(gate.mayName(tokens(), Set.of())).isFalse();
  }

  /**
   * The gate skips the cased models on sentences; on real news (the GUM Wikinews documents and the dev news pages,
   * over 20,000 tokens) the shipped ensemble publishes exactly the same spans, types and confidences with it.
   */
  @Test
  void onRealNewsTheEnsemblesOutputIsTheSameWithAndWithoutTheGate() throws IOException {
    NerTagger cased = new NerTagger(NerModel.shared(), 0);
    NerTagger misc = new NerTagger(NerModel.sharedMisc(), 0);
    NerTagger caseless = new NerTagger(NerModel.sharedCaseless(), 0);
    EnsembleTagger ungated = new EnsembleTagger(cased, misc, caseless, false);
    EnsembleTagger gated = new EnsembleTagger(cased, misc, caseless, true);
    int tokens = 0;
    int spans = 0;
    int skipped = 0;
    int sentences = 0;
    NameGate probe = new NameGate(cased.knownLowercaseWords());
    for (String text : CachedFeatureCrfTest.realNews(22_000)) {
      NerTagger.Tagging all = ungated.tag(text);
      NerTagger.Tagging some = gated.tag(text);
      List<String> lost = all.spans().stream().filter(x -> !some.spans().contains(x))
          .map(x -> x + " '" + x.surface(text) + "'").toList();
      List<String> added = some.spans().stream().filter(x -> !all.spans().contains(x))
          .map(x -> x + " '" + x.surface(text) + "'").toList();
      assertThat(lost).as("spans lost by the gate").isEmpty();
      assertThat(added).as("spans added by the gate").isEmpty();
      assertThat(some.spans()).containsExactlyElementsOf(all.spans());
      assertThat(some.tokens()).isEqualTo(all.tokens());
      tokens += all.tokens();
      spans += all.spans().size();
      var split = cased.split(text);
      var inside = NameGate.capitalisedInside(split);
      for (List<CoreLabel> s : split) {
        sentences++;
        skipped += probe.mayName(s, inside) ? 0 : 1;
      }
    }
    assertThat(tokens).isGreaterThanOrEqualTo(20_000);
    assertThat(spans).isGreaterThan(1_000);
    // The gate must skip something, or this test proves nothing.
    assertThat(skipped).as("sentences skipped of %d", sentences).isGreaterThan(sentences / 10);
    System.out.printf("NameGateTest: %d tokens, %d spans identical; %d of %d sentences skipped%n", tokens, spans,
        skipped, sentences);
  }
}
