package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupLabelledSet.Label;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyEditsTest {
  @Test
  void everyClauseOfFourOrMoreCharactersIsEditedOnce() {
    String p = "本市今年冬季供暖工作将正式启动，比往年提前五天，市住建局今天宣布了这一消息。好。";
    String edited = CopyEdits.everyClause(p, DedupPhrases.of("zh").edits(), new Random(1));
    String[] before = p.split("(?<=[，。])");
    String[] after = edited.split("(?<=[，。])");
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.length - 1; i++) {
      assertThat(after[i]).as("clause %d", i).isNotEqualTo(before[i]);
    }
    assertThat(after[before.length - 1]).as("a two-character clause stays").isEqualTo("好。");
    assertThat(edited).contains("今日").as("a usual substitution is preferred").doesNotContain("今天");
  }

  @Test
  void labelledSetHasChineseAndJapaneseCopiesEditedInEveryClause() {
    List<LabelledPage> pages = DedupLabelledSet.build(DedupStories.bundled(), 42);
    List<LabelledPage> clauseEdits = pages.stream().filter(p -> p.variant().equals("small edit in every clause")).toList();
    assertThat(clauseEdits).extracting(LabelledPage::story).anyMatch(s -> s.startsWith("zh-")).anyMatch(s -> s.startsWith("ja-"));
    for (LabelledPage copy : clauseEdits) {
      assertThat(copy.label()).isEqualTo(Label.NEAR_DUPLICATE);
      String original = pages.stream().filter(p -> p.story().equals(copy.story()) && p.variant().equals("original"))
          .findFirst().orElseThrow().page().body();
      double j = Shingles.jaccard(Shingles.of(original, 3), Shingles.of(copy.page().body(), 3));
      assertThat(j).as(copy.story()).isBetween(0.5, 0.95);
    }
  }
}
