package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractBenchCommandTest {
  static final Path DEV = Path.of("../streams-app/src/test/resources/extraction-dev");

  @Test
  void scoresTheDevSetAndWritesPredictions(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("pred.json");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = new CommandLine(new BenchCommand()).execute("extract", "--dataset", DEV.toString(), "--output",
          out.toString(), "--warmup", "0", "--passes", "1", "--bootstrap", "50");
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(rc).as(printed).isZero();
    Matcher f1 = Pattern.compile("F1 (\\d\\.\\d{3})").matcher(printed);
    assertThat(f1.find()).as(printed).isTrue();
    assertThat(Double.parseDouble(f1.group(1))).as(printed).isGreaterThanOrEqualTo(0.95);
    assertThat(printed).contains("title      exact", "published  exact", "authors    exact", "pages/s");

    ExtractionDataset data = ExtractionDataset.load(DEV);
    assertThat(data.pages()).hasSizeGreaterThanOrEqualTo(25);
    JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertThat(written.size()).isEqualTo(data.pages().size());
    // The written predictions score the same as the printed figure: the file is what was scored.
    Map<String, Prediction> reread = new LinkedHashMap<>();
    written.fields().forEachRemaining(e -> reread.put(e.getKey(), Prediction.fromJson(e.getValue())));
    double f1Reread = ExtractionEvaluation.of(data, reread, 0).body().f1();
    assertThat(f1Reread).isCloseTo(Double.parseDouble(f1.group(1)), org.assertj.core.api.Assertions.within(0.0006));
  }

  @Test
  void missingDatasetIsAClearError(@TempDir Path tmp) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setErr(new java.io.PrintWriter(err, true));
    int rc = cl.execute("extract", "--dataset", tmp.toString());
    assertThat(rc).isNotZero();
    assertThat(err.toString()).contains("ground-truth.json");
  }

  @Test
  void scoresACaseFilePerSourceAndListsFailingPages(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("pages"));
    String prose = "The council voted on Tuesday to rebuild the old bridge, which has been closed since the flood "
        + "of last spring, and work will start in May. Engineers said the new span would carry twice the traffic.";
    writeGz(tmp.resolve("pages/a.html.gz"), "<html><head><title>Bridge vote</title></head><body><article><h1>"
        + "Bridge vote</h1><p>" + prose + "</p><p>" + prose.replace("council", "mayor") + "</p></article>"
        + "<footer>Subscribe to our newsletter today</footer></body></html>");
    writeGz(tmp.resolve("pages/b.html.gz"), "<html><body><p>Hi</p></body></html>");
    java.nio.file.Files.writeString(tmp.resolve("cases.jsonl"), String.join("\n",
        "{\"id\":\"a\",\"source\":\"s1\",\"page\":\"pages/a.html.gz\",\"kind\":\"news\","
            + "\"must_contain\":[\"rebuild the  old bridge\"],\"must_not_contain\":[\"Subscribe to our\"],"
            + "\"title\":\"bridge VOTE\",\"authors\":[],\"date\":null}",
        "{\"id\":\"b\",\"source\":\"s2\",\"page\":\"pages/b.html.gz\",\"kind\":\"article\","
            + "\"must_contain\":[\"Hi there\"],\"must_not_contain\":[],\"title\":null,\"authors\":[],"
            + "\"date\":null}") + "\n");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = new CommandLine(new BenchCommand()).execute("extract", "--cases", tmp.resolve("cases.jsonl").toString(),
          "--warmup", "0", "--passes", "1", "--worst", "5");
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(rc).as(printed).isZero();
    // s1: 1 TP, no FP -> P 1, R 1, passed; s2 rejected: R 0; overall TP 1, FN 1, FP 0
    assertThat(printed).containsPattern("s1-set\\s+1\\s+1\\.000 1\\.000 1\\.000\\s+1=1\\.000\\s+0/1\\s+0/1\\s+1\\.000");
    assertThat(printed).containsPattern("overall\\s+2\\s+1\\.000 0\\.500 0\\.667\\s+1=0\\.500\\s+1/2\\s+1/2");
    assertThat(printed).containsPattern("s2-set\\s+b\\s+rejected: NOT_AN_ARTICLE");
    assertThat(printed).contains("pages/s");
  }

  @Test
  void casesAndDatasetAreExclusive(@TempDir Path tmp) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute("extract")).isNotZero();
    assertThat(err.toString()).contains("exactly one of --dataset DIR, --cases FILE and --page");
    assertThat(cl.execute("extract", "--cases", tmp.resolve("none.jsonl").toString())).isNotZero();
    assertThat(err.toString()).contains("no case file");
  }

  private static void writeGz(Path file, String html) throws java.io.IOException {
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void compareReadabilityWithoutItsHarnessFailsBeforeScoring(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("pages"));
    writeGz(tmp.resolve("pages/a.html.gz"), "<html><body><p>Hi</p></body></html>");
    java.nio.file.Files.writeString(tmp.resolve("cases.jsonl"),
        "{\"id\":\"a\",\"page\":\"pages/a.html.gz\",\"must_contain\":[\"Hi\"]}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      CommandLine cl = new CommandLine(new BenchCommand());
      cl.setErr(new java.io.PrintWriter(err, true));
      rc = cl.execute("extract", "--cases", tmp.resolve("cases.jsonl").toString(), "--compare-readability",
          "--readability-dir", tmp.resolve("nowhere").toString());
    } finally {
      System.setOut(old);
    }
    assertThat(rc).isEqualTo(2);
    assertThat(err.toString()).contains("bench extract: no cli.js in");
    assertThat(buf.toString(StandardCharsets.UTF_8)).as("nothing scored or timed first").doesNotContain("pages/s");
  }
}
