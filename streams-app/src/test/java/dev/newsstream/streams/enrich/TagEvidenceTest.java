package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagEvidenceTest {
  private final TagEvidence seedTags = new TagEvidence(List.of("ukraine", "marco rubio", "donald trump",
      "european union (eu)", "peace talks",
      "bilateral talks with eu's kallas, us secretary of state marco rubio, us president donald trump"));

  @Test
  void aTagOrTheEndOfAKeywordPhraseConfirmsAName() {
    assertThat(seedTags.confirms("Marco Rubio")).isTrue();
    assertThat(seedTags.confirms("Rubio")).isTrue();
    assertThat(seedTags.confirms("Donald  Trump")).isTrue();
    assertThat(seedTags.confirms("Ukraine")).isTrue();
    assertThat(seedTags.confirms("EU")).isTrue();
    assertThat(seedTags.confirms("European Union")).isTrue();
    assertThat(seedTags.confirms("Geneva")).isFalse();
    assertThat(seedTags.confirms("Marco")).isFalse();
    assertThat(seedTags.confirms("talks with")).isFalse();
  }

  @Test
  void longNameWithAbbreviationInParenthesesLinksThem() {
    assertThat(seedTags.longFormOf("EU")).contains("european union");
    assertThat(seedTags.longFormOf("eu.")).contains("european union");
    assertThat(seedTags.longFormOf("Ukraine")).isEmpty();
    assertThat(new TagEvidence(List.of("paris (france)")).longFormOf("france")).isEmpty();
  }

  @Test
  void noTagsConfirmNothing() {
    assertThat(TagEvidence.none().confirms("Marco Rubio")).isFalse();
    assertThat(TagEvidence.none().confirms("")).isFalse();
  }
}
