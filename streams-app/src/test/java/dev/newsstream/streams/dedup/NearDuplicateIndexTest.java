package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupStories.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static String body(Story s) {
    return String.join("\n\n", s.paragraphs());
  }

  @Test
  void syndicatedCopyFindsTheOriginalAndDistinctStoriesDoNot() {
    NearDuplicateIndex index = new NearDuplicateIndex(20, 3, 3, 0.5);
    Story strike = TestPages.story("rail-strike-germany");
    assertThat(index.check("orig", 1000, body(strike))).isEmpty();
    assertThat(index.check("deal", 2000, body(TestPages.story("rail-strike-deal")))).isEmpty();
    assertThat(index.check("copy", 3000, String.join("\n\n", TestPages.syndicated(strike))))
        .hasValueSatisfying(m -> {
          assertThat(m.id()).isEqualTo("orig");
          assertThat(m.orderTime()).isEqualTo(1000);
          assertThat(m.similarity()).isGreaterThanOrEqualTo(0.5);
        });
  }

  @Test
  void onlyEarlierArticlesCanBeOriginals() {
    NearDuplicateIndex index = new NearDuplicateIndex(20, 3, 3, 0.5);
    Story s = TestPages.story("tennis-final");
    // The copy is processed first but its order time is later: neither may claim the other afterwards.
    assertThat(index.check("copy", 5000, String.join("\n\n", TestPages.syndicated(s)))).isEmpty();
    assertThat(index.check("orig", 1000, body(s))).isEmpty();
    // A third copy sees both and picks the earliest.
    assertThat(index.check("third", 9000, body(s) + "\n\nRead more on our website."))
        .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("orig"));
  }

  @Test
  void aNewVersionOfTheSameArticleIsNotItsOwnDuplicate() {
    NearDuplicateIndex index = new NearDuplicateIndex(20, 3, 3, 0.5);
    Story s = TestPages.story("bridge-collapse");
    assertThat(index.check("a", 1000, body(s))).isEmpty();
    assertThat(index.check("a", 1000, body(s) + "\n\nUpdated with the investigation's findings.")).isEmpty();
  }

  @Test
  void simHashAlternativeFindsOnlyVeryCloseCopies() {
    SimHashIndex index = new SimHashIndex(3, 10);
    Story s = TestPages.story("airline-merger");
    assertThat(index.check("orig", 1, body(s))).isEmpty();
    assertThat(index.check("same", 2, body(s).replace("Monday", "Tuesday"))).isPresent();
    assertThat(index.check("other", 3, body(TestPages.story("tennis-final")))).isEmpty();
    assertThat(List.of(Long.bitCount(SimHashIndex.fingerprint(Shingles.of(body(s), 3))))).allMatch(n -> n > 10);
  }
}
