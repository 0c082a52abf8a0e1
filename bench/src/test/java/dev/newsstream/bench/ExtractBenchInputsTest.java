package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench extract}: input errors, option validation, output order and labels, and --page. */
class ExtractBenchInputsTest {
  static final String PROSE = "The council voted on Tuesday to rebuild the old bridge, which has been closed since "
      + "the flood of last spring, and work will start in May. Engineers said the new span would carry twice the "
      + "traffic of the old one and open to walkers first.";
  static final String PAGE = "<html lang=\"en\"><head><title>Bridge vote</title></head><body><article><h1>Bridge vote"
      + "</h1><p>" + PROSE + "</p><p>" + PROSE.replace("council", "mayor") + "</p></article></body></html>";

  /** Exit code, stdout and stderr of one run. */
  record Run(int rc, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.io.StringWriter err = new java.io.StringWriter();
    PrintStream old = System.out;
    int rc;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cl = new CommandLine(new BenchCommand());
      cl.setErr(new PrintWriter(err, true));
      rc = cl.execute(args);
    } finally {
      System.setOut(old);
    }
    return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static Path casesWith(Path dir, String... lines) throws Exception {
    Files.createDirectories(dir.resolve("pages"));
    Path file = dir.resolve("cases.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static String caseLine(String id, String page) {
    return "{\"id\":\"" + id + "\",\"source\":\"readability\",\"page\":\"" + page + "\",\"kind\":\"news\","
        + "\"must_contain\":[\"rebuild the old bridge\"],\"must_not_contain\":[],\"title\":\"Bridge vote\"}";
  }

  @Test
  void aPlainPageInACaseFileIsReadByContent(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("pages-plain.html"), PAGE); // not gzipped despite the layout's habit
    Path cases = casesWith(tmp, caseLine("a", "pages-plain.html"));
    Run r = run("extract", "--cases", cases.toString(), "--skip-timing");
    assertThat(r.rc()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("overall\\s+1\\s+1\\.000 1\\.000 1\\.000\\s+1=1\\.000");
    assertThat(r.out()).contains("timing skipped (--skip-timing)").doesNotContain("pages/s");
  }

  @Test
  void aCorruptGzipPageIsOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
    Path cases = casesWith(tmp, caseLine("a", "pages/a.html.gz"));
    Files.write(tmp.resolve("pages/a.html.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
    Run r = run("extract", "--cases", cases.toString(), "--skip-timing");
    assertThat(r.rc()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("bench extract: page ").contains("pages/a.html.gz", "cannot be unpacked")
        .doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void aMalformedLineSaysFileLineAndAShortReason(@TempDir Path tmp) throws Exception {
    Path cases = casesWith(tmp, "{\"id\": \"a\", oops}");
    Path viaDotDot = tmp.resolve("pages/../cases.jsonl");
    Run r = run("extract", "--cases", viaDotDot.toString());
    assertThat(r.rc()).isEqualTo(2);
    assertThat(r.err()).contains("bench extract: " + cases.normalize() + " line 1: not JSON (")
        .doesNotContain("Source:").doesNotContain("StreamReadFeature").doesNotContain("/../");
  }

  @Test
  void duplicateIdsAreRefusedNamingIdAndLines(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(tmp.resolve("pages/a.html"), PAGE);
    Path cases = casesWith(tmp, caseLine("a", "pages/a.html"), caseLine("b", "pages/a.html"),
        caseLine("a", "pages/a.html"));
    Run r = run("extract", "--cases", cases.toString(), "--skip-timing");
    assertThat(r.rc()).isEqualTo(2);
    assertThat(r.err()).contains("line 3: duplicate id a (first on line 1)");
  }

  @Test
  void optionValuesThatMeantSomethingElseAreRejected(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("pages-a.html"), PAGE);
    Path cases = casesWith(tmp, caseLine("a", "pages-a.html"));
    String[][] bad = {{"--passes", "0"}, {"--worst", "-1"}, {"--readability-chunk", "0"}, {"--warmup", "-1"}};
    for (String[] option : bad) {
      Run r = run("extract", "--cases", cases.toString(), option[0], option[1]);
      assertThat(r.rc()).as(option[0]).isEqualTo(2);
      assertThat(r.err()).contains(option[0] + " must be >= ").contains("not " + option[1]);
      assertThat(r.out()).as("nothing scored").doesNotContain("overall");
    }
    assertThat(run("extract", "--cases", cases.toString(), "--passes", "0").err()).contains("--skip-timing");
  }

  @Test
  void scoresArePrintedBeforeTimingStarts(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("pages-a.html"), PAGE);
    Path cases = casesWith(tmp, caseLine("a", "pages-a.html"));
    Run r = run("extract", "--cases", cases.toString(), "--warmup", "0", "--passes", "1");
    assertThat(r.rc()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("extractor: newsstream", "readability-set");
    int table = r.out().indexOf("overall");
    int timing = r.out().indexOf("scores above are final; timing");
    assertThat(table).isPositive();
    assertThat(timing).isGreaterThan(table);
    assertThat(r.out().indexOf("pages/s")).isGreaterThan(timing);
    assertThat(r.out()).contains("(none: cold JIT)");
  }

  @Test
  void theSpeedRatioSaysWhenTheJitWasCold() {
    ExtractBenchCommand.Speed ours = new ExtractBenchCommand.Speed(100, 50);
    ExtractBenchCommand.Speed theirs = new ExtractBenchCommand.Speed(10, 10);
    assertThat(ExtractBenchCommand.ratio(ours, theirs, 0)).isEqualTo(
        "; pages/s 10.0x (wall), 5.0x (CPU time) (cold JIT: no warm-up)");
    assertThat(ExtractBenchCommand.ratio(ours, theirs, 5)).isEqualTo("; pages/s 10.0x (wall), 5.0x (CPU time)");
    assertThat(ExtractBenchCommand.ratio(null, theirs, 5)).as("--skip-timing").isEmpty();
  }

  @Test
  void onePlainPageIsExtractedAsTextOrJson(@TempDir Path tmp) throws Exception {
    Path page = tmp.resolve("story.html");
    Files.writeString(page, PAGE);
    Path missing = tmp.resolve("gone.html");
    Run text = run("extract", "--page", page.toString(), "--url", "https://example.org/bridge");
    assertThat(text.rc()).as(text.out() + text.err()).isZero();
    assertThat(text.out()).contains("== " + page, "title:     Bridge vote", "language:  en",
        "\n\n" + PROSE + "\n");
    Run json = run("extract", "--page", page.toString(), missing.toString(), "--json");
    assertThat(json.rc()).as("a missing file is an error, the others still print").isEqualTo(2);
    assertThat(json.err()).contains("cannot read page " + missing + ": no such file");
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out().strip());
    assertThat(node.get("title").asText()).isEqualTo("Bridge vote");
    assertThat(node.get("paragraphs").get(0).asText()).isEqualTo(PROSE);
    assertThat(run("extract", "--page", page.toString(), "--cases", "x").err()).contains("exactly one of");
  }
}
