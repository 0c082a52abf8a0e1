package dev.newsstream.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link CaseEvaluation} as a per-source table plus the overall row, and the worst pages. Sources (where
 * the cases come from) are printed as "NAME-set" and extractors by their own name ("newsstream", "Mozilla
 * Readability"), so a set named after an extractor ("readability") cannot be mistaken for it.
 */
final class CaseReport {
  /** The extractor name printed for Readability's rows. */
  static final String READABILITY = "Mozilla Readability";

  private CaseReport() {}

  static void print(PrintStream out, String name, CaseEvaluation e) {
    out.printf("%nextractor: %s%n", name);
    out.printf("  %-16s %5s  %5s %5s %5s  %-13s %-12s %-13s %5s %5s %5s %6s  %5s %5s %5s%n", "source", "pages", "P",
        "R", "F1", "passed", "rejected", "rej news/art", "title", "auth", "date", "tokF1", "shP", "shR", "shF1");
    for (Map.Entry<String, CaseEvaluation.Totals> s : e.bySource().entrySet()) {
      row(out, source(s.getKey()), s.getValue());
    }
    row(out, "overall", e.overall());
    notes(out, e);
    shingleLegend(out, e);
  }

  /** What shP/shR/shF1 are and over how many pages, so the columns are not read as snippet figures. */
  static void shingleLegend(PrintStream out, CaseEvaluation e) {
    out.printf("  shP/shR/shF1: body as the article-extraction-benchmark's evaluate.py scores it (4-token shingles of "
        + "\\w+ tokens, case kept, multiset; per-page means) over the %d pages scored for tokF1%n",
        e.overall().shinglePages());
  }

  /** "NAME-set": a source label that cannot be read as an extractor's name ("(no source)" for cases without one). */
  static String source(String name) {
    return "-".equals(name) ? "(no source)" : name + "-set";
  }

  /** The count of pages left out of token F1 because their expected_text is a note, and the figure with them in. */
  static void notes(PrintStream out, CaseEvaluation e) {
    CaseEvaluation.Totals t = e.overall();
    if (t.notePages() > 0) {
      out.printf("  tokF1 leaves out %d pages whose expected_text is an annotator's note, not text (under %d words, "
          + "mostly upper-case, e.g. \"EXTRACTED NOTHING\"); with them scored as text: tokF1 %s%n", t.notePages(),
          CaseEvaluation.NOTE_MAX_WORDS, f(t.tokenF1WithNotes()));
    }
  }

  private static void row(PrintStream out, String name, CaseEvaluation.Totals t) {
    double[] sh = t.shingleScores();
    out.printf("  %-16s %5d  %5s %5s %5s  %-13s %-12s %-13s %5s %5s %5s %6s  %5s %5s %5s%n", name, t.pages(),
        f(t.precision()), f(t.recall()), f(t.precision() + t.recall() > 0 ? t.f1() : Double.NaN),
        t.snippetPages() == 0 ? "-" : String.format("%d=%s", t.passed(), f(t.passedRate())),
        String.format("%d/%d", t.rejected(), t.pages()), String.format("%d/%d", t.rejectedArticles(), t.articles()),
        f(t.titleRate()), f(t.authorsRate()), f(t.dateRate()), f(t.tokenF1()), f(sh[0]), f(sh[1]), f(sh[2]));
  }

  /**
   * The same table with the extractors' rows side by side: for each source, then overall, one row per extractor
   * (in the map's order). All evaluations must be of the same cases.
   */
  static void compare(PrintStream out, Map<String, CaseEvaluation> byExtractor) {
    out.printf("%nside by side (same pages, same decoded text)%n");
    out.printf("  %-16s %-19s %5s  %5s %5s %5s  %-13s %-12s %-13s %5s %5s %5s %6s  %5s %5s %5s%n", "source",
        "extractor", "pages", "P", "R", "F1", "passed", "rejected", "rej news/art", "title", "auth", "date", "tokF1",
        "shP", "shR", "shF1");
    CaseEvaluation first = byExtractor.values().iterator().next();
    for (String source : first.bySource().keySet()) {
      compareRows(out, source(source), byExtractor, e -> e.bySource().get(source));
    }
    compareRows(out, "overall", byExtractor, CaseEvaluation::overall);
  }

  private static void compareRows(PrintStream out, String source, Map<String, CaseEvaluation> byExtractor,
      java.util.function.Function<CaseEvaluation, CaseEvaluation.Totals> totals) {
    String label = source;
    for (Map.Entry<String, CaseEvaluation> e : byExtractor.entrySet()) {
      row(out, String.format("%-16s %-19s", label, e.getKey()), totals.apply(e.getValue()));
      label = "";
    }
  }

  /**
   * Pages where {@code theirs} passes (every must_contain, no must_not_contain) and {@code ours} fails, with why
   * ours fails, and the count of the reverse: where the other extractor wins and by what kind of miss.
   */
  static void lostTo(PrintStream out, String other, CaseEvaluation ours, CaseEvaluation theirs, int n) {
    Map<String, CaseEvaluation.PageResult> their = new java.util.HashMap<>();
    theirs.pages().forEach(r -> their.put(r.c().id(), r));
    java.util.List<CaseEvaluation.PageResult> lost = ours.pages().stream()
        .filter(r -> r.hasSnippets() && !r.passed() && their.containsKey(r.c().id()) && their.get(r.c().id()).passed())
        .toList();
    long won = ours.pages().stream().filter(r -> r.passed() && their.containsKey(r.c().id())
        && !their.get(r.c().id()).passed()).count();
    long rejected = lost.stream().filter(CaseEvaluation.PageResult::rejected).count();
    long missing = lost.stream().filter(r -> !r.rejected() && !r.missing().isEmpty()).count();
    long leaked = lost.stream().filter(r -> !r.rejected() && !r.leaked().isEmpty()).count();
    out.printf("%n%s passes, newsstream fails: %d pages (rejected %d, text missing %d, boilerplate in %d); "
        + "newsstream passes, %s fails: %d pages%n", other, lost.size(), rejected, missing, leaked, other, won);
    lost.stream().limit(n).forEach(r -> out.printf("  %-16s %-45s %s%n", source(r.c().source()), r.c().id(),
        r.reason()));
  }

  static void worst(PrintStream out, CaseEvaluation e, int n) {
    out.printf("%nworst %d failing pages:%n", n);
    for (CaseEvaluation.PageResult r : e.worst(n)) {
      out.printf("  %-16s %-45s %s%n", source(r.c().source()), r.c().id(), r.reason());
    }
    List<CaseEvaluation.PageResult> shingles = e.worstShingles(n);
    if (!shingles.isEmpty()) {
      out.printf("%n%d lowest body shingle F1 (evaluate.py's measure; page's own P and R):%n", shingles.size());
      for (CaseEvaluation.PageResult r : shingles) {
        ShingleScorer.Counts c = r.shingles();
        out.printf("  %-16s %-45s F1 %.3f  P %.3f  R %.3f%s%n", source(r.c().source()), r.c().id(),
            CaseEvaluation.shingleF1(c), c.precision(), c.recall(), r.rejected() ? "  (rejected)" : "");
      }
    }
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "-" : String.format("%.3f", v);
  }
}
