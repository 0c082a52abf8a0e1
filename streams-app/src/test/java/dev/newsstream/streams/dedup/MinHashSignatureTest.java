package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.streams.dedup.DedupStories;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  private static final String STORY = String.join("\n\n", TestPages.story("cop-opening").paragraphs());
  private final MinHasher hasher = new MinHasher(128, 3);

  @Test
  void shinglesIgnoreCasePunctuationAndRepeats() {
    assertThat(Shingles.of("The cat sat. THE CAT SAT!", 3)).hasSize(3); // "the cat sat", "cat sat the", "sat the cat"
    assertThat(Shingles.of("Hello, world", 3)).as("shorter than k: one shingle").hasSize(1);
    assertThat(Shingles.of("a b c d", 2)).isEqualTo(Shingles.of("A  b, c - d", 2));
  }

  @Test
  void identicalTextsHaveIdenticalSignaturesAcrossInstances() {
    assertThat(new MinHasher(128, 3).sign(STORY)).isEqualTo(hasher.sign(STORY));
    assertThat(hasher.sign(STORY).similarity(hasher.sign(STORY.toUpperCase()))).isEqualTo(1.0);
  }

  @Test
  void estimateTracksExactJaccard() {
    String[] paragraphs = STORY.split("\n\n");
    String cut = String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length - 1));
    String other = String.join("\n\n", TestPages.story("cop-finance-draft").paragraphs());
    MinHasher big = new MinHasher(512, 3);
    for (String variant : List.of(cut, other, STORY + " Extra closing words for the copy.")) {
      double exact = Shingles.jaccard(Shingles.of(STORY, 3), Shingles.of(variant, 3));
      double estimate = big.sign(STORY).similarity(big.sign(variant));
      assertThat(estimate).as("estimate vs exact %.3f", exact).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.07));
    }
  }

  @Test
  void distinctStoriesOnTheSameTopicAreFarApart() {
    List<DedupStories.Story> climate = TestPages.STORIES.stream().filter(s -> s.topic().equals("climate")).toList();
    assertThat(climate).hasSizeGreaterThanOrEqualTo(3);
    for (int a = 0; a < climate.size(); a++) {
      for (int b = a + 1; b < climate.size(); b++) {
        double s = hasher.sign(String.join(" ", climate.get(a).paragraphs()))
            .similarity(hasher.sign(String.join(" ", climate.get(b).paragraphs())));
        assertThat(s).isLessThan(0.2);
      }
    }
  }

  @Test
  void bandKeysAreOnePerBandAndNumbered() {
    MinHashSignature sig = hasher.sign(STORY);
    List<String> keys = sig.bandKeys(20, 3);
    assertThat(keys).hasSize(20).doesNotHaveDuplicates();
    assertThat(keys.get(0)).startsWith("00:").hasSize(3 + 12);
    assertThat(keys.get(19)).startsWith("13:");
    assertThat(hasher.sign(STORY).bandKeys(20, 3)).isEqualTo(keys);
    assertThatThrownBy(() -> sig.bandKeys(40, 4)).hasMessageContaining("160 values");
  }

  @Test
  void similarityNeedsSignaturesOfTheSameSize() {
    assertThatThrownBy(() -> hasher.sign(STORY).similarity(new MinHasher(64, 3).sign(STORY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The signature is the textbook one: per hash function the unsigned minimum over the distinct shingle set,
   * whatever loop order and shortcuts {@link MinHasher#sign} uses (the stored signatures and band keys must not
   * change with it).
   */
  @Test
  void signatureIsTheUnsignedMinimumOverTheDistinctShingleSet() {
    MinHasher reference = new MinHasher(60, 3);
    String cjk = "北京时间11月25日，联合国气候大会在巴西贝伦闭幕。各方同意在2035年前将适应资金增加两倍。";
    for (String text : List.of(STORY, STORY.toUpperCase(), cjk, "one two", "", "Σίσυφος ΚΑΙ İstanbul — naïve café")) {
      long[] set = Shingles.of(text, 3);
      long[] seeds = seedsOf(reference);
      char[] expected = new char[seeds.length];
      for (int i = 0; i < seeds.length; i++) {
        long min = -1L;
        for (long x : set) {
          long h = Shingles.mix(x ^ seeds[i]);
          if (Long.compareUnsigned(h, min) < 0) {
            min = h;
          }
        }
        expected[i] = (char) min;
      }
      assertThat(reference.sign(text)).as(text.length() > 20 ? text.substring(0, 20) : text)
          .isEqualTo(new MinHashSignature(expected));
    }
  }

  /** The seeds as MinHasher derives them (fixed, so signatures are stable across instances and restarts). */
  private static long[] seedsOf(MinHasher hasher) {
    long[] seeds = new long[hasher.size()];
    long s = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Shingles.mix(s);
    }
    return seeds;
  }
}
