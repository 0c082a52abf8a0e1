package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code bench ner} end to end with the shipped model on the self-written dev set and the GUM sample. */
class NerBenchCommandTest {
  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = new CommandLine(new NerBenchCommand()).execute(args);
      assertThat(code).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static double f1(String output) {
    Matcher m = Pattern.compile("ALL \\(micro\\)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(output);
    assertThat(m.find()).as(output).isTrue();
    return Double.parseDouble(m.group(3));
  }

  @Test
  void aMissingGoldDirectoryIsOneErrorLineAndExit2() {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = new CommandLine(new NerBenchCommand()).execute("--conllu", "/nonexistent", "--seconds", "0");
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: --conllu /nonexistent is not a directory"
        + System.lineSeparator());
  }

  @Test
  void scoresTheDevSetAndSaysWhichTypesWereNotScored() {
    String out = run("--conll", "src/test/resources/ner-dev", "--seconds", "0", "--plain");
    assertThat(out).contains("gold: 4 documents").contains("not scored (model lacks them): [MISC]")
        .contains("PERSON").contains("LOCATION").contains("ORGANIZATION");
    assertThat(f1(out)).isBetween(0.8, 1.0);
  }

  @Test
  void theShippedEnsembleScoresMiscAndCountsErrorKinds() {
    String out = run("--conll", "src/test/resources/ner-dev", "--seconds", "0");
    assertThat(out).doesNotContain("not scored").containsPattern("(?m)^MISC +[01]\\.[0-9]{3}")
        .contains("missed spurious wrong-type boundary").containsPattern("(?m)^ALL\\+MISC ");
    assertThat(f1(out)).isBetween(0.8, 1.0);
  }

  @Test
  void scoresGumFilesAndMeasuresThroughput() {
    String out = run("--conllu", "src/test/resources/ner-gum-sample", "--seconds", "1", "--threads", "2",
        "--show-errors", "5");
    assertThat(out).contains("gold: 2 documents, 28 tokens");
    assertThat(f1(out)).isBetween(0.5, 1.0);
    assertThat(out).containsPattern("throughput \\(CoreNLP features\\), 2 threads: [0-9]+ tokens/s, [0-9.]+ pages/s")
        .containsPattern("throughput \\(cached features\\), 2 threads: [0-9]+ tokens/s, [0-9.]+ pages/s")
        .containsPattern("cached features vs CoreNLP features: [0-9.]+x tokens per CPU-second of the tagging thread, "
            + "[0-9.]+x of the JVM, [0-9.]+x tokens/s")
        // The shipped ensemble both ways, after checking they publish the same mentions.
        .contains("shipped ensemble, CoreNLP features vs cached features: the same mentions in all 2 documents")
        .containsPattern("throughput \\(shipped ensemble, CoreNLP features\\), 2 threads: [0-9]+ tokens/s")
        .containsPattern("throughput \\(shipped ensemble, cached features\\), 2 threads: [0-9]+ tokens/s")
        .containsPattern("[0-9]+ per CPU-second of the JVM")
        .containsPattern("shipped ensemble, cached vs CoreNLP features: [0-9.]+x tokens per CPU-second");
  }

  @Test
  void withoutGoldDataItExplainsWhatToGive() {
    assertThat(new CommandLine(new NerBenchCommand()).execute()).isEqualTo(2);
    assertThat(new CommandLine(new NerBenchCommand()).execute("--conll", "src/test/resources/ner-dev", "--threads", "0"))
        .isEqualTo(2);
  }
}
