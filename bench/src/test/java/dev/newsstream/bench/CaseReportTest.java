package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The side-by-side table and the list of pages the other extractor passes and we fail. */
class CaseReportTest {
  private static ExtractionCases.Case c(String id, String source, List<String> must, List<String> mustNot) {
    return new ExtractionCases.Case(id, source, null, "news", new byte[0], must, mustNot, null, List.of(), null, null);
  }

  private static CaseEvaluation.Answer body(String text) {
    return new CaseEvaluation.Answer(text, null, null, null, null);
  }

  private static final List<ExtractionCases.Case> CASES = List.of(
      c("p1", "s1", List.of("alpha"), List.of("junk")),
      c("p2", "s1", List.of("beta"), List.of()),
      c("p3", "s2", List.of("gamma"), List.of("junk")));

  private static String printed(java.util.function.Consumer<PrintStream> print) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    print.accept(new PrintStream(buf, true, StandardCharsets.UTF_8));
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sideBySideRowsPerSourceThenOverall() {
    // ours: p1 passes, p2 misses its text, p3 rejected; theirs: p1 leaks, p2 and p3 pass
    CaseEvaluation ours = CaseEvaluation.ofAnswers(CASES, Map.of("p1", body("alpha"), "p2", body("other"),
        "p3", new CaseEvaluation.Answer("", null, null, null, "NOT_AN_ARTICLE (short)")));
    CaseEvaluation theirs = CaseEvaluation.ofAnswers(CASES, Map.of("p1", body("alpha junk"), "p2", body("beta"),
        "p3", body("gamma")));
    Map<String, CaseEvaluation> both = new LinkedHashMap<>();
    both.put("newsstream", ours);
    both.put(CaseReport.READABILITY, theirs);
    String out = printed(o -> CaseReport.compare(o, both));
    String[] lines = out.strip().split("\n");
    assertThat(lines[1]).contains("source", "extractor", "rej news/art");
    assertThat(lines[2]).containsPattern("^\\s+s1-set\\s+newsstream\\s+2\\s+1\\.000 0\\.500 0\\.667\\s+1=0\\.500\\s+0/2");
    assertThat(lines[3]).containsPattern("^\\s+Mozilla Readability\\s+2\\s+0\\.667 1\\.000 0\\.800\\s+1=0\\.500\\s+0/2");
    assertThat(lines[4]).containsPattern("^\\s+s2-set\\s+newsstream\\s+1\\s+-\\s+0\\.000\\s+-\\s+0=0\\.000\\s+1/1\\s+1/1");
    assertThat(lines[5]).containsPattern("^\\s+Mozilla Readability\\s+1\\s+1\\.000 1\\.000 1\\.000\\s+1=1\\.000\\s+0/1");
    assertThat(lines[6]).containsPattern("^\\s+overall\\s+newsstream\\s+3\\s+1\\.000 0\\.333 0\\.500\\s+1=0\\.333\\s+1/3");
    assertThat(lines[7]).containsPattern("^\\s+Mozilla Readability\\s+3\\s+0\\.750 1\\.000 0\\.857\\s+2=0\\.667\\s+0/3");
    assertThat(lines).hasSize(8);

    String lost = printed(o -> CaseReport.lostTo(o, CaseReport.READABILITY, ours, theirs, 10));
    assertThat(lost).contains("Mozilla Readability passes, newsstream fails: 2 pages (rejected 1, text missing 1, "
        + "boilerplate in 0); newsstream passes, Mozilla Readability fails: 1 pages");
    assertThat(lost).containsPattern("s1-set\\s+p2\\s+missing 1/1 \"beta\"");
    assertThat(lost).containsPattern("s2-set\\s+p3\\s+rejected: NOT_AN_ARTICLE \\(short\\)");
    assertThat(lost).doesNotContain("p1");
    assertThat(printed(o -> CaseReport.lostTo(o, CaseReport.READABILITY, ours, theirs, 1)).lines()
        .filter(l -> l.matches("^\\s+s\\d-set\\s+p\\d.*")).count()).as("--worst N caps the list").isEqualTo(1);
  }

  @Test
  void notesLeftOutOfTokenF1AreCountedWithTheFigureIncludingThem() {
    ExtractionCases.Case text = new ExtractionCases.Case("t", "s1", null, "news", new byte[0], List.of(), List.of(),
        null, List.of(), null, "the bridge will open in May");
    ExtractionCases.Case note = new ExtractionCases.Case("n", "s1", null, "news", new byte[0], List.of(), List.of(),
        null, List.of(), null, "EXTRACTED NOTHING");
    CaseEvaluation e = CaseEvaluation.ofAnswers(List.of(text, note), Map.of("t", body("the bridge will open in May"),
        "n", body("a long article about something else")));
    String out = printed(o -> CaseReport.print(o, "newsstream", e));
    assertThat(out).contains("extractor: newsstream", "s1-set");
    assertThat(CaseReport.source("-")).as("a case file without sources").isEqualTo("(no source)");
    // token F1 1.000 over the one text page; with the note scored as text: (1 + 0) / 2
    assertThat(out).containsPattern("overall\\s+2 .* 1\\.000\\n");
    assertThat(out).contains("tokF1 leaves out 1 pages whose expected_text is an annotator's note",
        "with them scored as text: tokF1 0.500");
    String none = printed(o -> CaseReport.print(o, "newsstream", CaseEvaluation.ofAnswers(List.of(text),
        Map.of("t", body("the bridge")))));
    assertThat(none).doesNotContain("annotator");
  }

  @Test
  void shingleColumnsAndTheLowestShinglePagesArePrinted() {
    ExtractionCases.Case half = new ExtractionCases.Case("h", "s1", null, "news", new byte[0], List.of("one"),
        List.of(), null, List.of(), null, "one two three four five six seven");
    ExtractionCases.Case full = new ExtractionCases.Case("f", "s1", null, "news", new byte[0], List.of(), List.of(),
        null, List.of(), null, "the bridge will open in May");
    CaseEvaluation e = CaseEvaluation.ofAnswers(List.of(half, full), Map.of("h", body("one two three four five"),
        "f", body("the bridge will open in May")));
    String out = printed(o -> CaseReport.print(o, "newsstream", e));
    // h: truth 4 shingles, ours 2, P 1 R 0.5; f: P 1 R 1 -> P 1.000 R 0.750 F1 0.857
    assertThat(out).containsPattern("tokF1\\s+shP\\s+shR\\s+shF1\\n");
    assertThat(out).containsPattern("overall\\s+2 .* 1\\.000 0\\.750 0\\.857\\n");
    assertThat(out).contains("over the 2 pages scored for tokF1");
    String worst = printed(o -> CaseReport.worst(o, e, 1));
    assertThat(worst).contains("1 lowest body shingle F1")
        .containsPattern("s1-set\\s+h\\s+F1 0\\.667  P 1\\.000  R 0\\.500");
    assertThat(worst).doesNotContainPattern("s1-set\\s+f\\s+F1");
  }
}
