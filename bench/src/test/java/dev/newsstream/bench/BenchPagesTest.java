package dev.newsstream.bench;

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
  void pagesReadLikeNewsProseNotWordSalad() {
    // What the stages' costs depend on: function words (language detection settles on them), names in context
    // (what NER spends its time on) and sentence shape. A page of random vocabulary has neither.
    PageParser parser = new PageParser(5 << 20);
    for (RawPage p : BenchPages.from(SAMPLES, 11).generate(0, 12)) {
      String body = ((ParseOutcome.Parsed) parser.parse(BenchStages.bytes(p.getBody()), p.getUrl(), p.getCharset()))
          .article().body();
      List<String> words = TextNormalizer.words(body);
      long the = words.stream().filter(w -> w.equals("the") || w.equals("of") || w.equals("and")).count();
      assertThat((double) the / words.size()).as("share of 'the', 'of', 'and' in %s", p.getUrl()).isGreaterThan(0.05);
      assertThat(body).as(p.getUrl()).containsPattern("[a-z,] [A-Z][a-z]+");
    }
  }

  @Test
  void mutatedSentencesKeepFunctionWordsAndNamesButChangeNumbersAndSomeContentWords() {
    BenchPages generator = BenchPages.from(Path.of("does-not-exist"), 3);
    String original = "Ukrainian negotiator Rustem Umerov said the sides had produced 19 points after talks in Geneva "
        + "on Sunday, and officials expected a further meeting within the coming fortnight.";
    java.util.Random rnd = new java.util.Random(5);
    Set<String> variants = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      String m = generator.mutate(original, rnd);
      assertThat(m).contains("Rustem Umerov", "Geneva", "Sunday", " the ", " in ").doesNotContain(" 19 ")
          .isNotEqualTo(original);
      variants.add(m);
    }
    assertThat(variants).hasSizeGreaterThan(15);
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
