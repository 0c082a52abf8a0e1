package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SnippetMatchTest {
  @Test
  void collapsesWhitespaceAndDropsInvisibleCharacters() {
    String text = SnippetMatch.normalize("The  quick\n\tbro\u00ADwn fox\u200B jumps\u00A0over");
    assertThat(text).isEqualTo("The quick brown fox jumps over");
    assertThat(SnippetMatch.contains(text, "quick  brown\nfox")).isTrue();
    assertThat(SnippetMatch.contains(text, "Quick brown")).as("case counts in snippets").isFalse();
  }

  @Test
  void comparesInNfc() {
    String decomposed = "Caf" + "e\u0301 cr\u00e8me";
    assertThat(SnippetMatch.contains(SnippetMatch.normalize(decomposed), "Caf\u00e9")).isTrue();
  }

  @Test
  void emptySnippetNeverMatches() {
    assertThat(SnippetMatch.contains("anything", " \u200B ")).isFalse();
  }

  @Test
  void titlesAreCaseFoldedAndWhitespaceNormalised() {
    assertThat(SnippetMatch.title("Biggest  Money Laundering", "biggest money\u00A0laundering")).isTrue();
    assertThat(SnippetMatch.title("Biggest money laundering", "Biggest money laundering!")).isFalse();
    assertThat(SnippetMatch.title("A title", null)).isFalse();
  }

  @Test
  void tokenF1CountsMultisetOverlap() {
    assertThat(SnippetMatch.tokenF1("a b c d", "a b c d")).isEqualTo(1.0);
    // predicted a b (2 tokens, both right): P 1, R 0.5 -> F1 2/3
    assertThat(SnippetMatch.tokenF1("a b c d", "A, b.")).isCloseTo(2 / 3.0, within(1e-9));
    // a repeated token counts only as often as expected: P 2/4, R 2/2
    assertThat(SnippetMatch.tokenF1("x y", "x x x y")).isCloseTo(2 * 0.5 * 1 / 1.5, within(1e-9));
    assertThat(SnippetMatch.tokenF1("x y", "")).isZero();
  }
}
