package dev.newsstream.cli;

import dev.newsstream.streams.SeedPage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.enrich.SeedEntities;
import java.time.Instant;

/** What the issue demands of the seed page's article, shared by the real-broker and Testcontainers tests. */
public final class PipelineAssertions {
  private PipelineAssertions() {}

  public static void assertSeedArticle(Article a) {
    assertThat(a.getTitle()).isEqualTo(SeedPage.TITLE);
    assertThat(a.getSite()).isEqualTo("Sputnik International");
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(a.getSection()).isEqualTo("world");
    assertThat(a.getTags()).contains("marco rubio");
    assertThat(a.getLanguage()).isEqualTo("en");
    for (String paragraph : SeedPage.PARAGRAPHS) {
      assertThat(SeedPage.occurrences(a.getBody(), paragraph)).as("paragraph exactly once: %s", paragraph).isEqualTo(1);
    }
    for (String junk : SeedPage.BOILERPLATE) {
      assertThat(a.getBody()).doesNotContain(junk);
    }
    SeedEntities.assertRequired(a.getBody(), a.getEntities());
  }
}
