package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import dev.newsstream.streams.parse.RejectReason;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseEvaluationTest {
  private static ExtractionCases.Case snippetCase(String id, String kind, List<String> must, List<String> mustNot) {
    return new ExtractionCases.Case(id, "snip", null, kind, new byte[0], must, mustNot, "The Title", List.of("Ann Lee"),
        "2020-01-02", null);
  }

  private static ParseOutcome parsed(String title, String... paragraphs) {
    return new ParseOutcome.Parsed(new ParsedArticle(null, null, title, null, List.of("Ann Lee"),
        OffsetDateTime.parse("2020-01-02T10:00:00+01:00"), null, null, List.of(), List.of(), "en", null, null,
        List.of(paragraphs)));
  }

  @Test
  void countsSnippetsMicroAveragedAndPasses() {
    var good = snippetCase("good", "news", List.of("alpha beta", "gamma"), List.of("Subscribe now"));
    var leaky = snippetCase("leaky", "article", List.of("delta"), List.of("Cookie banner", "Share this"));
    var lost = snippetCase("lost", "news", List.of("epsilon", "zeta"), List.of("Related"));
    Map<String, ParseOutcome> out = new LinkedHashMap<>();
    out.put("good", parsed("the  title", "alpha\n beta and", "gamma."));
    out.put("leaky", parsed("Other", "delta", "Share this story"));
    out.put("lost", ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "no text"));
    CaseEvaluation e = CaseEvaluation.of(List.of(good, leaky, lost), out);
    CaseEvaluation.Totals t = e.overall();
    // TP = 2 + 1, FN = 2 (rejected page finds nothing), FP = 1 ("Share this"), TN = 1 + 1 + 1
    assertThat(t.recall()).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(t.precision()).isCloseTo(3 / 4.0, within(1e-9));
    assertThat(t.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
    assertThat(t.passed()).isEqualTo(1);
    assertThat(t.passedRate()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(t.rejected()).isEqualTo(1);
    assertThat(t.rejectedArticles()).isEqualTo(1);
    assertThat(t.titleRate()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(t.authorsRate()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(t.dateRate()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(e.bySource()).containsOnlyKeys("snip");
    assertThat(e.worst(5)).extracting(r -> r.c().id()).containsExactly("lost", "leaky");
    assertThat(e.worst(5).get(0).reason()).startsWith("rejected: NOT_AN_ARTICLE");
    assertThat(e.worst(5).get(1).reason()).contains("boilerplate 1/2 \"Share this\"");
  }

  @Test
  void tokenF1OnlyWhereExpectedTextExistsAndSourcesSeparate() {
    var withText = new ExtractionCases.Case("t", "ref", null, "other", new byte[0], List.of(), List.of(), null,
        List.of(), null, "one two three four");
    var without = new ExtractionCases.Case("s", "snip", null, "other", new byte[0], List.of("x"), List.of(), null,
        List.of(), null, null);
    CaseEvaluation e = CaseEvaluation.of(List.of(withText, without),
        Map.of("t", parsed("T", "one two"), "s", parsed("S", "x")));
    assertThat(e.bySource().get("ref").tokenF1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(e.bySource().get("ref").snippetPages()).isZero();
    assertThat(e.bySource().get("snip").tokenF1()).isNaN();
    assertThat(e.overall().tokenF1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(e.overall().titleRate()).as("no title truth: not scored").isNaN();
    assertThat(e.overall().rejectedArticles()).isZero();
  }

  @Test
  void invalidTruthDateMatchesNothing() {
    var c = new ExtractionCases.Case("d", "s", null, "news", new byte[0], List.of(), List.of(), null, List.of(),
        "2022-29-11", null);
    assertThat(CaseEvaluation.of(List.of(c), Map.of("d", parsed("T", "x"))).overall().dateRate()).isZero();
  }

  @Test
  void anotherExtractorsPredictionsAreScoredByTheSameRules() {
    var good = snippetCase("good", "news", List.of("alpha beta"), List.of("Subscribe now"));
    var nulled = snippetCase("nulled", "article", List.of("gamma"), List.of("Related"));
    var missing = snippetCase("missing", "other", List.of("delta"), List.of());
    // Readability's shape: the body is one text, the byline one string, the date as the page wrote it
    Prediction readable = new Prediction("alpha\n   beta gamma Subscribe now", "THE title", 
        OffsetDateTime.parse("2020-01-02T23:30:00-05:00"), List.of("By Ann Lee"));
    Map<String, CaseEvaluation.Answer> answers = new LinkedHashMap<>();
    answers.put("good", CaseEvaluation.Answer.of(readable, null));
    // a rejected answer scores nothing, even if the prediction had text or metadata
    answers.put("nulled", CaseEvaluation.Answer.of(new Prediction("gamma", "The Title", null, null),
        "parse() returned null"));
    CaseEvaluation e = CaseEvaluation.ofAnswers(List.of(good, nulled, missing), answers);
    CaseEvaluation.Totals t = e.overall();
    // TP 1 (alpha beta), FN 2 (gamma on the rejected page, delta with no answer), FP 1 (Subscribe now)
    assertThat(t.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(t.recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(t.passed()).isZero();
    assertThat(t.rejected()).isEqualTo(2);
    assertThat(t.rejectedArticles()).as("'other' pages are not news/article").isEqualTo(1);
    assertThat(t.titleRate()).as("only the answered page's title counts").isCloseTo(1 / 3.0, within(1e-9));
    assertThat(t.authorsRate()).as("a byline with 'By' is not the name").isZero();
    assertThat(t.dateRate()).as("2020-01-02 in the page's own offset").isCloseTo(1 / 3.0, within(1e-9));
    assertThat(e.pages().get(1).reason()).isEqualTo("rejected: parse() returned null");
    assertThat(e.pages().get(2).reason()).isEqualTo("rejected: no outcome");
  }

  @Test
  void ourOutcomeAndItsAnswerScoreAlike() {
    var c = snippetCase("c", "news", List.of("alpha", "omega"), List.of("beta"));
    ParseOutcome o = parsed("The Title", "alpha", "beta gamma");
    CaseEvaluation.PageResult direct = CaseEvaluation.score(c, o);
    CaseEvaluation.PageResult viaAnswer = CaseEvaluation.score(c, CaseEvaluation.Answer.of(o));
    assertThat(viaAnswer).isEqualTo(direct);
    assertThat(direct.missing()).containsExactly("omega");
    assertThat(direct.leaked()).containsExactly("beta");
    assertThat(direct.title()).isTrue();
    CaseEvaluation.Answer rejected = CaseEvaluation.Answer.of(
        ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "no text"));
    assertThat(rejected.rejectReason()).startsWith("NOT_AN_ARTICLE").contains("no text");
    assertThat(rejected.body()).isEmpty();
  }

  @Test
  void annotatorNotesAreToldFromShortOrUncasedText() {
    assertThat(CaseEvaluation.isAnnotatorNote("EXTRACTED NOTHING")).isTrue();
    assertThat(CaseEvaluation.isAnnotatorNote("MISSED TINY PARAGRAPH AT THE VERY END")).isTrue();
    assertThat(CaseEvaluation.isAnnotatorNote("ONLY \"More coming soon!\" AT END OF ARTICLE WAS EXTRACTED")).isTrue();
    assertThat(CaseEvaluation.isAnnotatorNote("Test")).isFalse();
    assertThat(CaseEvaluation.isAnnotatorNote("Test Case 1\nTest Case 2")).isFalse();
    assertThat(CaseEvaluation.isAnnotatorNote("图为马素湘在澳大利亚悉尼游玩时的近影。")).as("no cased letters").isFalse();
    assertThat(CaseEvaluation.isAnnotatorNote(null)).isFalse();
    String longShout = ("THE COUNCIL VOTED TO REBUILD THE BRIDGE ").repeat(6);
    assertThat(CaseEvaluation.isAnnotatorNote(longShout)).as("30 words or more is text").isFalse();
  }

  @Test
  void aNoteIsLeftOutOfTokenF1ButKeptInTheFigureWithNotes() {
    ExtractionCases.Case note = new ExtractionCases.Case("n", "snip", null, "news", new byte[0], List.of(), List.of(),
        null, List.of(), null, "MISSED LAST PARAGRAPH");
    CaseEvaluation.PageResult r = CaseEvaluation.score(note, parsed("T", "The story in full, as it was printed."));
    assertThat(r.tokenF1()).isNull();
    assertThat(r.noteTokenF1()).isEqualTo(0.0);
    CaseEvaluation e = CaseEvaluation.of(List.of(note), Map.of("n", parsed("T", "MISSED LAST PARAGRAPH")));
    assertThat(e.overall().tokenF1()).isNaN();
    assertThat(e.overall().notePages()).isEqualTo(1);
    assertThat(e.overall().tokenF1WithNotes()).isCloseTo(1.0, within(1e-9));
  }

  private static ExtractionCases.Case textCase(String id, String source, String expected) {
    return new ExtractionCases.Case(id, source, null, "news", new byte[0], List.of(), List.of(), null, List.of(), null,
        expected);
  }

  @Test
  void shingleScoresAreTheBenchmarksMeasurePerSourceWithRepeatsCountedAndNotesLeftOut() {
    // a: truth has its 5-token sentence twice (4 shingles: 2 distinct, each twice... as a multiset); we give it once
    var repeated = textCase("a", "s1", "one two three four five. one two three four five.");
    // b: exact; c: rejected (recall 0, not in precision's mean); d: a note, not scored; e: no expected_text
    var exact = textCase("b", "s1", "alpha beta gamma delta epsilon");
    var rejected = textCase("c", "s2", "the bridge will open in May");
    var note = textCase("d", "s2", "EXTRACTED NOTHING");
    var none = textCase("e", "s2", null);
    Map<String, ParseOutcome> out = new LinkedHashMap<>();
    out.put("a", parsed("T", "one two three four five."));
    out.put("b", parsed("T", "alpha beta", "gamma delta epsilon"));
    out.put("c", ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "short"));
    out.put("d", parsed("T", "anything at all here"));
    out.put("e", parsed("T", "whatever"));
    CaseEvaluation e = CaseEvaluation.of(List.of(repeated, exact, rejected, note, none), out);
    // a: truth tokens 1..5 1..5 -> 7 shingles, ours 2; tp 2, fn 5 -> P 1, R 2/7
    ShingleScorer.Counts a = e.pages().get(0).shingles();
    assertThat(a.precision()).isEqualTo(1.0);
    assertThat(a.recall()).isCloseTo(2 / 7.0, within(1e-9));
    assertThat(e.pages().get(1).shingles().recall()).as("paragraph breaks are not token breaks").isEqualTo(1.0);
    assertThat(e.pages().get(3).shingles()).as("annotator's note").isNull();
    assertThat(e.pages().get(4).shingles()).as("no expected_text").isNull();
    double[] s1 = e.bySource().get("s1").shingleScores();
    assertThat(s1[0]).isCloseTo(1.0, within(1e-9));
    assertThat(s1[1]).isCloseTo((2 / 7.0 + 1) / 2, within(1e-9));
    double[] all = e.overall().shingleScores();
    assertThat(e.overall().shinglePages()).isEqualTo(3);
    assertThat(all[0]).as("the rejected page has no tp+fp: left out of P").isCloseTo(1.0, within(1e-9));
    assertThat(all[1]).isCloseTo((2 / 7.0 + 1 + 0) / 3, within(1e-9));
    assertThat(all[2]).isCloseTo(2 * all[0] * all[1] / (all[0] + all[1]), within(1e-9));
    assertThat(e.bySource().get("s2").shingleScores()[0]).as("no page with tp+fp").isEqualTo(0.0);
    assertThat(CaseEvaluation.of(List.of(none), Map.of("e", parsed("T", "x"))).overall().shingleScores()[2]).isNaN();
    assertThat(e.worstShingles(2)).extracting(r -> r.c().id()).containsExactly("c", "a");
  }
}
