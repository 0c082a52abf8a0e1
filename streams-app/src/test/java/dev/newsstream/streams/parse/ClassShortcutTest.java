package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Session 10: {@link Queries.AnyOf} skips a {@code .name} alternative when the all-ASCII lower-cased class value
 * lacks the name. Property: on generated class attributes (names, their pieces, upper case, whitespace, and the
 * characters that equal ASCII letters ignoring case: dotless ı, İ, long ſ, the Kelvin sign) every element is matched
 * exactly as jsoup's own evaluator and the list without the shortcut match it.
 */
class ClassShortcutTest {
  private static final String[] PIECES = {"byline", "by-line", "by", "line", "-", "author", "Author", "AUTHOR", "s",
      "-name", "name", "modal", "Modal", "bio", "x", "ı", "İ", "ſ", "\u212A", "BYLıNE", "by-lİne", "AUTHORſ", "é", "_"};
  private static final String[] SPACES = {" ", "  ", "\t", "\n", ""};
  private static final List<String> LISTS = List.of(Bylines.BYLINE, ".byline, .by-line, .Author, .authors",
      ".BYLINE, .AUTHOR-NAME", "[aria-hidden=true], .modal, .bio, [class*=x]");

  @Test
  void generatedClassAttributesMatchAsJsoupMatchesThem() {
    Random random = new Random(20261207L);
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 4000; i++) {
      StringBuilder cls = new StringBuilder();
      for (int w = random.nextInt(5); w >= 0; w--) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          cls.append(PIECES[random.nextInt(PIECES.length)]);
        }
        cls.append(SPACES[random.nextInt(SPACES.length)]);
      }
      html.append(random.nextInt(10) == 0 ? "<div id=\"d\">" : "<div class=\"" + cls + "\">").append(i).append("</div>");
    }
    Document doc = Jsoup.parse(html.toString());
    for (String css : LISTS) {
      assertSameMatches(doc, css);
    }
  }

  @Test
  void theShortcutIsTakenAndTheNonAsciiValuesAreLeftToJsoup() {
    Document doc = Jsoup.parse("<div class=\"BYL\u0131NE\">a</div><div class=\"by-LINE x\">b</div><div class=\"na\">c</div>");
    Evaluator fast = Queries.AnyOf.of(".byline, .by-line");
    assertThat(doc.select(fast)).extracting(Element::text).containsExactly("a", "b");
  }

  /**
   * Every element of every dev page's document: same byline elements with and without the shortcut and as jsoup.
   * ~11 s; skipped with a message when ../shared/eval is missing.
   */
  @Test
  void devPagesSelectTheSameBylineElements() throws Exception {
    List<Document> docs = devDocuments();
    int matched = 0;
    for (Document doc : docs) {
      matched += assertSameMatches(doc, Bylines.BYLINE);
    }
    assertThat(matched).isPositive();
  }

  /**
   * Thread CPU of the byline search over the dev pages' documents, old (no shortcut) and new alternating, 9 rounds.
   * Run with {@code -Dclassshortcut.cpu=true}; prints the figures.
   */
  @Test
  void cpuOfTheBylineSearch() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("classshortcut.cpu"), "CPU figure only on request");
    List<Document> docs = devDocuments();
    Evaluator old = Queries.AnyOf.of(Bylines.BYLINE, false);
    Evaluator neu = Queries.AnyOf.of(Bylines.BYLINE, true);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] sum = new long[2];
    for (int round = 0; round < 9; round++) {
      for (int which = 0; which < 2; which++) {
        Evaluator e = (round + which) % 2 == 0 ? old : neu;
        long t0 = mx.getCurrentThreadCpuTime();
        int n = 0;
        for (int rep = 0; rep < 5; rep++) {
          for (Document d : docs) {
            n += d.select(e).size();
          }
        }
        long dt = mx.getCurrentThreadCpuTime() - t0;
        if (round >= 2) {
          sum[e == old ? 0 : 1] += dt;
        }
        System.out.printf("round %d %s %d ms (%d found)%n", round, e == old ? "old" : "new", dt / 1_000_000, n);
      }
    }
    System.out.printf("byline search CPU over %d pages x5, rounds 2-8: old %d ms, new %d ms (%.1f %%), load %s%n",
        docs.size(), sum[0] / 1_000_000, sum[1] / 1_000_000, 100.0 * (sum[1] - sum[0]) / sum[0],
        Files.readString(Path.of("/proc/loadavg")).strip());
  }

  private static int assertSameMatches(Document doc, String css) {
    Evaluator jsoup = QueryParser.parse(css);
    Evaluator old = Queries.AnyOf.of(css, false);
    Evaluator neu = Queries.AnyOf.of(css, true);
    int matched = 0;
    for (Element e : doc.getAllElements()) {
      boolean expected = jsoup.matches(doc, e);
      assertThat(neu.matches(doc, e)).as("%s on class=\"%s\"", css, e.attr("class")).isEqualTo(expected);
      assertThat(old.matches(doc, e)).as("%s on class=\"%s\"", css, e.attr("class")).isEqualTo(expected);
      matched += expected ? 1 : 0;
    }
    return matched;
  }

  /** The dev set's pages parsed by jsoup (charset sniffed from the bytes as jsoup does); skipped when absent. */
  private static List<Document> devDocuments() throws Exception {
    Path pages = SharedEval.file("extraction-dev/pages");
    Assumptions.assumeTrue(pages != null && Files.isDirectory(pages), "dev set missing: skipped");
    List<Path> files;
    try (var s = Files.walk(pages)) {
      files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      try (var in = new GZIPInputStream(Files.newInputStream(f))) {
        docs.add(Jsoup.parse(in, null, ""));
      }
    }
    return docs;
  }
}
