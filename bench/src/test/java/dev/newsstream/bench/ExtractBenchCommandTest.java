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
}
