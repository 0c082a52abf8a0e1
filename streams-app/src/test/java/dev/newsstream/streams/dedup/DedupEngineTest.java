package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupLabelledSet;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import dev.newsstream.streams.parse.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupEngineTest {
  @Test
  void eachKindInOrder() {
    DedupEngine engine = new DedupEngine(new NearDuplicateIndex(20, 3, 3, 0.5));
    String body = String.join("\n\n", TestPages.story("quake-japan-tsunami").paragraphs());
    String copy = String.join("\n\n", TestPages.syndicated(TestPages.story("quake-japan-tsunami")));
    String hash = TextNormalizer.contentHash(body);
    assertThat(engine.check(new DedupEngine.Page("a", hash, 10, 100, body)).kind()).isEqualTo(DedupVerdict.Kind.CLEAN);
    assertThat(engine.check(new DedupEngine.Page("a", hash, 10, 200, body)).kind()).isEqualTo(DedupVerdict.Kind.SAME_URL);
    DedupVerdict exact = engine.check(new DedupEngine.Page("b", hash, -1, 300, body));
    assertThat(exact.kind()).isEqualTo(DedupVerdict.Kind.SAME_CONTENT);
    assertThat(exact.duplicateOf()).isEqualTo("a");
    DedupVerdict near = engine.check(new DedupEngine.Page("c", TextNormalizer.contentHash(copy), -1, 400, copy));
    assertThat(near.kind()).isEqualTo(DedupVerdict.Kind.NEAR_DUPLICATE);
    assertThat(near.duplicateOf()).isEqualTo("a");
    String updated = body + "\n\nThe agency later raised the quake's magnitude to 7.0.";
    DedupVerdict update = engine.check(new DedupEngine.Page("a", TextNormalizer.contentHash(updated), 20, 500, updated));
    assertThat(update.kind()).isEqualTo(DedupVerdict.Kind.UPDATE);
    assertThat(update.version()).isEqualTo(2);
  }

  @Test
  void labelledBenchmarkSetMeetsTheTargetWithTheDefaults() {
    List<LabelledPage> pages = DedupLabelledSet.build(TestPages.STORIES, 42);
    DedupEngine engine = new DedupEngine(new NearDuplicateIndex(20, 3, 3, 0.5));
    int falseMerges = 0;
    int nearFound = 0;
    int near = 0;
    for (LabelledPage p : pages) {
      DedupVerdict v = engine.check(p.page());
      String story = pages.stream().filter(o -> o.page().id().equals(v.duplicateOf())).map(LabelledPage::story)
          .findFirst().orElse(null);
      if (v.isDuplicate() && !p.story().equals(story)) {
        falseMerges++;
      }
      if (p.label() == DedupLabelledSet.Label.NEAR_DUPLICATE) {
        near++;
        nearFound += v.kind() == DedupVerdict.Kind.NEAR_DUPLICATE ? 1 : 0;
      }
    }
    assertThat(falseMerges).isZero();
    assertThat((double) nearFound / near).isGreaterThan(0.95);
  }
}
