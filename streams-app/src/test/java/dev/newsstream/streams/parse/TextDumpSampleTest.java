package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The shared sample text dump renders as one clean article: each paragraph once, continuations re-joined. */
class TextDumpSampleTest {
  static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
      .resolve("../../shared/samples/sputnik-2025-11-25-rubio-kallas.txt").normalize();

  @Test
  void sampleRendersCorrectly() throws Exception {
    assumeTrue(Files.isRegularFile(SAMPLE), "shared sample not found at " + SAMPLE + " (needs ../shared beside the repo)");
    ParseOutcome out = new PageParser(5 << 20).parse(Files.readAllBytes(SAMPLE), "https://sputnikglobe.com/x", null);
    assertThat(out).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) out).article();
    assertThat(a.title()).isEqualTo("Rubio Declines Bilateral Talks With EU's Kallas on Ukraine Settlement - Reports");
    assertThat(a.site()).isEqualTo("Sputnik International");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-11-25T09:57Z"));
    assertThat(a.section()).isEqualTo("world");
    assertThat(a.tags()).contains("ukraine", "marco rubio").doesNotHaveDuplicates();
    assertThat(a.dateline()).isEqualTo("MOSCOW");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.paragraphs()).hasSize(5);
    assertThat(a.paragraphs().get(0)).startsWith("MOSCOW (Sputnik) - US Secretary of State");
    assertThat(a.paragraphs().get(1)).contains("member states, and even Rubio, despite his pro-European stances");
    assertThat(a.paragraphs().get(4)).startsWith("On November 21, Russian President Vladimir Putin");
    assertThat(a.body()).doesNotContain("feedback@sputniknews.com", "+74956456601", "https://");
  }
}
