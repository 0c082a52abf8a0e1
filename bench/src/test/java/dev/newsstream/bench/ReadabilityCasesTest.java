package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench extract --cases FILE --compare-readability} end to end with the real node harness on three pages.
 * Skips (with the reason) when node is not on PATH or {@code bench/readability}'s npm packages are not installed;
 * {@code run-tests} installs them with {@code npm ci} when npm is there.
 */
class ReadabilityCasesTest {
  static final Path HARNESS = Path.of("readability");

  // per test, not @BeforeAll: surefire then reports the test as skipped with this message instead of 0 tests run
  @BeforeEach
  void needsNodeAndReadability() {
    boolean node;
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      node = p.waitFor() == 0;
    } catch (Exception e) {
      node = false;
    }
    assumeTrue(node, "skipped: node is not on PATH (--compare-readability needs node 18+)");
    assumeTrue(ReadabilityRunner.hasPackages(HARNESS), "skipped: no npm packages in " + HARNESS.toAbsolutePath()
        + "/node_modules; run `npm ci` there (run-tests does when npm is on PATH)");
  }

  @Test
  void bothExtractorsScoredSideBySideOnTheSameDecodedPages(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("pages"));
    String para = "Die Stadt erhöht zum ersten Januar die Gebühren für die Straßenreinigung um zwölf Prozent, wie "
        + "der Gemeinderat am Dienstag beschlossen hat. Härtefälle können eine Ermäßigung beantragen. ";
    // UTF-8 without a declared charset: jsdom handed these bytes would read windows-1252 and find no umlaut
    writeGz(tmp.resolve("pages/a.html.gz"), "<html><head><title>Straßenreinigung wird teurer</title></head><body>"
        + "<nav><a href=\"/\">Start</a> <a href=\"/n\">Newsletter abonnieren</a></nav><article>"
        + "<h1>Straßenreinigung wird teurer</h1>" + ("<p>" + para.repeat(3) + "</p>").repeat(4) + "</article>"
        + "<footer><p>Newsletter abonnieren und nichts verpassen</p></footer></body></html>");
    writeGz(tmp.resolve("pages/b.html.gz"), "<html><body></body></html>");
    writeGz(tmp.resolve("pages/c.html.gz"), "<html><body><div>Menu</div></body></html>");
    Files.writeString(tmp.resolve("cases.jsonl"), String.join("\n",
        "{\"id\":\"a\",\"source\":\"s1\",\"page\":\"pages/a.html.gz\",\"kind\":\"news\",\"url\":\"https://x.example/a\","
            + "\"must_contain\":[\"Gebühren für die Straßenreinigung\",\"Härtefälle können\"],"
            + "\"must_not_contain\":[\"Newsletter abonnieren\"],\"title\":\"Straßenreinigung wird teurer\"}",
        "{\"id\":\"b\",\"source\":\"s1\",\"page\":\"pages/b.html.gz\",\"kind\":\"article\","
            + "\"must_contain\":[\"anything\"]}",
        "{\"id\":\"c\",\"source\":\"s2\",\"page\":\"pages/c.html.gz\",\"kind\":\"other\","
            + "\"must_contain\":[\"Menu\"]}") + "\n");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = new CommandLine(new BenchCommand()).execute("extract", "--cases", tmp.resolve("cases.jsonl").toString(),
          "--compare-readability", "--readability-dir", HARNESS.toString(), "--readability-chunk", "2",
          "--passes", "1", "--warmup", "0", "--warmup-seconds", "0", "--worst", "5",
          "--readability-output", tmp.resolve("readability.json").toString());
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(rc).as(printed).isZero();
    assertThat(printed).as("chunks of 2 pages: two node processes").contains("chunk 1/2", "chunk 2/2");
    String table = printed.substring(printed.indexOf("side by side"));
    // Readability: a passes (umlauts found, so it read the characters we parse), b is parse() == null, c passes
    // (it returns the lone div's text); both extractors' rows are there for each source
    assertThat(table).containsPattern("s1-set\\s+newsstream\\s+2\\s");
    assertThat(table).containsPattern("\\n\\s+Mozilla Readability\\s+2\\s+1\\.000 0\\.667 0\\.800\\s+1=0\\.500"
        + "\\s+1/2\\s+1/2\\s+1\\.000");
    assertThat(table).containsPattern("overall\\s+newsstream\\s+3\\s");
    assertThat(table).containsPattern("\\n\\s+Mozilla Readability\\s+3\\s+1\\.000 0\\.750 0\\.857\\s+2=0\\.667"
        + "\\s+1/3\\s+1/2");
    assertThat(printed).contains("isProbablyReaderable() is false on 2/3 pages");
    assertThat(printed).containsPattern("pages/s \\d+\\.\\dx \\(wall\\), \\d+\\.\\dx \\(CPU time\\) "
        + "\\(cold JIT: no warm-up\\)");
    assertThat(printed).containsPattern("Mozilla Readability passes, newsstream fails: \\d+ pages");
    var written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("readability.json").toFile());
    assertThat(written.size()).isEqualTo(3);
    assertThat(written.path("a").path("articleBody").asText()).contains("Gebühren für die Straßenreinigung");
    assertThat(written.path("b").path("articleBody").asText()).isEmpty();
  }

  private static void writeGz(Path file, String html) throws java.io.IOException {
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
