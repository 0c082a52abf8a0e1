package dev.newsstream.streams.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.TextNormalizer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchPagesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../shared/samples");

  @Test
  void pagesAreDistinctArticlesThatDedupWouldNotCollapse() {
    BenchPages generator = BenchPages.from(SAMPLES, 7);
    List<RawPage> pages = generator.generate(0, 40);
    assertThat(pages).hasSize(40);
    assertThat(pages.stream().map(RawPage::getUrl).distinct()).hasSize(40);

    PageParser parser = new PageParser(5 << 20);
    List<String> bodies = pages.stream().map(p -> {
      ParseOutcome outcome = parser.parse(BenchStages.bytes(p.getBody()), p.getUrl(), p.getCharset());
      assertThat(outcome).as(p.getUrl()).isInstanceOf(ParseOutcome.Parsed.class);
      return ((ParseOutcome.Parsed) outcome).article();
    }).map(a -> {
      assertThat(a.title()).isNotBlank();
      return a.body();
    }).toList();
    assertThat(bodies.stream().map(TextNormalizer::contentHash).distinct()).hasSize(40);
    // Same page shape (index i and i + kinds) must still differ in most of their text.
    int kinds = generator.sampleCount() + HtmlTemplates.COUNT;
    for (int i = 0; i + kinds < bodies.size(); i++) {
      assertThat(jaccard(shingles(bodies.get(i)), shingles(bodies.get(i + kinds)))).as("pages %d and %d", i, i + kinds)
          .isLessThan(0.5);
    }
  }

  @Test
  void theSameIndexGivesTheSamePage() {
    BenchPages a = BenchPages.from(SAMPLES, 7);
    BenchPages b = BenchPages.from(SAMPLES, 7);
    assertThat(a.generate(5, 3)).isEqualTo(b.generate(5, 3));
    assertThat(a.generate(5, 1).get(0).getUrl()).isEqualTo(a.generate(0, 6).get(5).getUrl());
  }

  @Test
  void worksWithoutSamples() {
    List<RawPage> pages = BenchPages.from(Path.of("does-not-exist"), 1).generate(0, 6);
    assertThat(pages).hasSize(6).allSatisfy(p -> assertThat(p.getContentType()).startsWith("text/html"));
  }

  private static Set<String> shingles(String text) {
    List<String> words = TextNormalizer.words(text);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 3)));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return union.isEmpty() ? 0 : (double) inter.size() / union.size();
  }
}
