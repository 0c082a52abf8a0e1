package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.SeedPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextDumpParserTest {
  private final TextDumpParser parser = new TextDumpParser();

  private ParsedArticle parseSeed() {
    ParseOutcome outcome = parser.parse(new String(SeedPage.bytes(), StandardCharsets.UTF_8));
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).article();
  }

  @Test
  void readsTheSeedPagesMetadata() {
    ParsedArticle a = parseSeed();
    assertThat(a.title()).isEqualTo(SeedPage.TITLE);
    assertThat(a.site()).isEqualTo("Sputnik International");
    assertThat(a.summary()).startsWith("US Secretary of State Marco Rubio has declined");
    assertThat(a.publishedAt().toInstant()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(a.modifiedAt().toInstant()).isEqualTo(Instant.parse("2025-11-25T09:57:00Z"));
    assertThat(a.section()).isEqualTo("world");
    assertThat(a.tags()).contains("marco rubio", "donald trump", "ukraine", "peace talks").doesNotHaveDuplicates();
    assertThat(a.keywords()).containsExactly("bilateral talks with eu's kallas", "us secretary of state marco rubio",
        "us president donald trump");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.imageUrl()).startsWith("https://cdn1.img.sputnikglobe.com/img/").endsWith(".jpg");
    assertThat(a.dateline()).isEqualTo("MOSCOW");
  }

  @Test
  void bodyHasEachParagraphExactlyOnceAndNoPublisherBlocks() {
    ParsedArticle a = parseSeed();
    assertThat(a.paragraphs()).containsExactlyElementsOf(SeedPage.PARAGRAPHS);
    String body = a.body();
    for (String p : SeedPage.PARAGRAPHS) {
      assertThat(SeedPage.occurrences(body, p)).as(p).isEqualTo(1);
    }
    for (String junk : SeedPage.BOILERPLATE) {
      assertThat(body).doesNotContain(junk);
    }
  }

  @Test
  void findsTheBodyWithoutARepeatedTitleFromTrailingProse() {
    String dump = String.join("\n",
        "date 2024-03-01 https://news.example.org/a",
        "Council approves budget",
        "Example News",
        "2024-03-01T08:00:00Z",
        "politics",
        "budget",
        "The city council approved next year's budget on Thursday after a long debate over transit funding and schools.",
        "Members voted nine to four, and the mayor said she would sign it on Friday morning.");
    ParseOutcome outcome = parser.parse(dump);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) outcome).article();
    assertThat(a.title()).isEqualTo("Council approves budget");
    assertThat(a.section()).isEqualTo("politics");
    assertThat(a.tags()).containsExactly("budget");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(1)).startsWith("Members voted nine to four");
  }

  @Test
  void rejectsADumpWithoutBodyOrHeader() {
    assertThat(parser.parse("date 2024-03-01 https://x.org/a\nOnly a title"))
        .isInstanceOfSatisfying(ParseOutcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.NOT_AN_ARTICLE));
    assertThat(parser.parse("no header\nat all"))
        .isInstanceOfSatisfying(ParseOutcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_FORMAT));
  }
}
