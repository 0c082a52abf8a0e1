package dev.newsstream.bench;

import java.io.PrintStream;
import java.util.Map;

/** Prints a {@link CaseEvaluation} as a per-source table plus the overall row, and the worst pages. */
final class CaseReport {
  private CaseReport() {}

  static void print(PrintStream out, String name, CaseEvaluation e) {
    out.printf("%n%s%n", name);
    out.printf("  %-12s %5s  %5s %5s %5s  %-13s %-12s %-13s %5s %5s %5s %6s%n", "source", "pages", "P", "R", "F1",
        "passed", "rejected", "rej news/art", "title", "auth", "date", "tokF1");
    for (Map.Entry<String, CaseEvaluation.Totals> s : e.bySource().entrySet()) {
      row(out, s.getKey(), s.getValue());
    }
    row(out, "overall", e.overall());
  }

  private static void row(PrintStream out, String name, CaseEvaluation.Totals t) {
    out.printf("  %-12s %5d  %5s %5s %5s  %-13s %-12s %-13s %5s %5s %5s %6s%n", name, t.pages(), f(t.precision()),
        f(t.recall()), f(t.precision() + t.recall() > 0 ? t.f1() : Double.NaN),
        t.snippetPages() == 0 ? "-" : String.format("%d=%s", t.passed(), f(t.passedRate())),
        String.format("%d/%d", t.rejected(), t.pages()), String.format("%d/%d", t.rejectedArticles(), t.articles()),
        f(t.titleRate()), f(t.authorsRate()), f(t.dateRate()), f(t.tokenF1()));
  }

  static void worst(PrintStream out, CaseEvaluation e, int n) {
    out.printf("%nworst %d failing pages:%n", n);
    for (CaseEvaluation.PageResult r : e.worst(n)) {
      out.printf("  %-12s %-45s %s%n", r.c().source(), r.c().id(), r.reason());
    }
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "-" : String.format("%.3f", v);
  }
}
