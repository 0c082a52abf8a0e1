package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo expects the trends API to have counted, from the clean articles it read. */
class DemoTrendsTest {
  private static Entity entity(String text, String canonical, String type, int count) {
    return Entity.newBuilder().setText(text).setCanonical(canonical).setType(type).setCount(count).build();
  }

  private static Article article(String id, Entity... entities) {
    return Article.newBuilder().setId(id).setUrl("https://x.example/" + id).setCanonicalUrl("https://x.example/" + id)
        .setBody("b").setContentHash("h").setIngestedAt(Instant.EPOCH).setParserVersion("t")
        .setEntities(List.of(entities)).build();
  }

  @Test
  void eachArticleCountsOncePerCanonicalEntityAndType() {
    Article a = article("a", entity("Rubio", "Marco Rubio", "PERSON", 2), entity("Marco Rubio", "Marco Rubio",
        "PERSON", 1), entity("Berlin", "Berlin", "LOCATION", 1));
    Article b = article("b", entity("Berlin", " ", "LOCATION", 3), entity("Berlin", "Berlin", "ORGANIZATION", 1));
    assertThat(DemoTrends.articlesPerEntity(List.of(a, b))).isEqualTo(Map.of(
        List.of("Marco Rubio", "PERSON"), 1L, List.of("Berlin", "LOCATION"), 2L,
        List.of("Berlin", "ORGANIZATION"), 1L));
  }
}
