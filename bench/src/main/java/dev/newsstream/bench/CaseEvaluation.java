package dev.newsstream.bench;

import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extraction outcomes against {@link ExtractionCases}, per page and summed per source.
 *
 * <p>Snippets, micro-averaged over all snippets of a group, as trafilatura's evaluation counts them: a
 * must_contain snippet found is a true positive, one missing a false negative; a must_not_contain snippet found
 * is a false positive (boilerplate let in), one absent a true negative. Recall = TP / (TP + FN), precision =
 * TP / (TP + FP), F1 their harmonic mean. A rejected page finds none of its snippets (all its must_contain are
 * false negatives, its must_not_contain true negatives). A page passes when it has snippets, finds all its
 * must_contain and none of its must_not_contain.
 */
public final class CaseEvaluation {

  /**
   * One page's result; Boolean/Double fields are null when the case does not give that truth. {@code tokenF1} is
   * also null when the expected_text is an annotator's note ({@link #isAnnotatorNote}); {@code noteTokenF1} is then
   * the token F1 against the note itself, kept so the figure with notes included can be shown too. {@code shingles}
   * is the page's body score as the article-extraction-benchmark's evaluate.py counts it ({@link ShingleScorer}),
   * null exactly when {@code tokenF1} is.
   */
  public record PageResult(ExtractionCases.Case c, boolean rejected, String rejectReason, List<String> missing,
      List<String> leaked, Boolean title, Boolean authors, Boolean date, Double tokenF1, Double noteTokenF1,
      ShingleScorer.Counts shingles) {
    boolean hasSnippets() {
      return !c.mustContain().isEmpty() || !c.mustNotContain().isEmpty();
    }

    boolean passed() {
      return hasSnippets() && missing.isEmpty() && leaked.isEmpty();
    }

    /** Why the page fails, for the worst-pages list; null when it passes. */
    public String reason() {
      if (rejected) {
        return "rejected: " + rejectReason;
      }
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("missing " + missing.size() + "/" + c.mustContain().size() + " " + quote(missing.get(0)));
      }
      if (!leaked.isEmpty()) {
        parts.add("boilerplate " + leaked.size() + "/" + c.mustNotContain().size() + " " + quote(leaked.get(0)));
      }
      if (parts.isEmpty() && tokenF1 != null && tokenF1 < 0.8) {
        parts.add(String.format("token F1 %.2f", tokenF1));
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** How badly the page fails: rejected first, then by snippet errors, then by token F1. */
    double badness() {
      double b = rejected ? 100 : 0;
      b += missing.size() + leaked.size();
      if (tokenF1 != null) {
        b += 1 - tokenF1;
      }
      return b;
    }

    private static String quote(String s) {
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
  }

  /** Sums over a group of pages. */
  public static final class Totals {
    int pages;
    int tp;
    int fn;
    int fp;
    int tn;
    int snippetPages;
    int passed;
    int rejected;
    int articles;
    int rejectedArticles;
    final int[] title = new int[2];
    final int[] authors = new int[2];
    final int[] date = new int[2];
    double tokenF1Sum;
    int tokenF1Pages;
    double noteTokenF1Sum;
    int notePages;
    final List<ShingleScorer.Counts> shingles = new ArrayList<>();

    void add(PageResult r) {
      pages++;
      int found = r.c().mustContain().size() - r.missing().size();
      tp += found;
      fn += r.missing().size();
      fp += r.leaked().size();
      tn += r.c().mustNotContain().size() - r.leaked().size();
      if (r.hasSnippets()) {
        snippetPages++;
        passed += r.passed() ? 1 : 0;
      }
      rejected += r.rejected() ? 1 : 0;
      if (r.c().isArticle()) {
        articles++;
        rejectedArticles += r.rejected() ? 1 : 0;
      }
      count(title, r.title());
      count(authors, r.authors());
      count(date, r.date());
      if (r.tokenF1() != null) {
        tokenF1Sum += r.tokenF1();
        tokenF1Pages++;
      }
      if (r.noteTokenF1() != null) {
        noteTokenF1Sum += r.noteTokenF1();
        notePages++;
      }
      if (r.shingles() != null) {
        shingles.add(r.shingles());
      }
    }

    private static void count(int[] rate, Boolean match) {
      if (match != null) {
        rate[1]++;
        rate[0] += match ? 1 : 0;
      }
    }

    public double precision() {
      return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double passedRate() {
      return snippetPages == 0 ? Double.NaN : passed / (double) snippetPages;
    }

    public double titleRate() {
      return rate(title);
    }

    public double authorsRate() {
      return rate(authors);
    }

    public double dateRate() {
      return rate(date);
    }

    public double tokenF1() {
      return tokenF1Pages == 0 ? Double.NaN : tokenF1Sum / tokenF1Pages;
    }

    /**
     * Body precision, recall and F1 as the article-extraction-benchmark's evaluate.py computes them
     * ({@link ShingleScorer#precisionRecallF1}: per-page normalised 4-token shingle multisets, mean P over pages with
     * tp+fp > 0, mean R over pages with tp+fn > 0, F1 of the means), over the pages scored for token F1; NaN
     * entries when no page has an expected_text.
     */
    public double[] shingleScores() {
      return shingles.isEmpty() ? new double[] {Double.NaN, Double.NaN, Double.NaN}
          : ShingleScorer.precisionRecallF1(shingles);
    }

    /** Pages scored by {@link #shingleScores()}. */
    public int shinglePages() {
      return shingles.size();
    }

    /** Pages whose expected_text is an annotator's note, left out of {@link #tokenF1()}. */
    public int notePages() {
      return notePages;
    }

    /** Token F1 with the note pages scored against their note as if it were text (NaN: no expected_text). */
    public double tokenF1WithNotes() {
      int n = tokenF1Pages + notePages;
      return n == 0 ? Double.NaN : (tokenF1Sum + noteTokenF1Sum) / n;
    }

    public int pages() {
      return pages;
    }

    public int rejected() {
      return rejected;
    }

    public int rejectedArticles() {
      return rejectedArticles;
    }

    public int articles() {
      return articles;
    }

    public int passed() {
      return passed;
    }

    public int snippetPages() {
      return snippetPages;
    }

    private static double rate(int[] r) {
      return r[1] == 0 ? Double.NaN : r[0] / (double) r[1];
    }
  }

  private final List<PageResult> pages;
  private final Map<String, Totals> bySource = new LinkedHashMap<>();
  private final Totals overall = new Totals();

  private CaseEvaluation(List<PageResult> pages) {
    this.pages = pages;
    for (PageResult r : pages) {
      bySource.computeIfAbsent(r.c().source(), k -> new Totals()).add(r);
      overall.add(r);
    }
  }

  /**
   * What one extractor gave for one page, whoever the extractor: the body text (paragraphs joined by newlines),
   * title, authors and publication time (null: not given), and why it gave nothing (null: it gave an article).
   */
  public record Answer(String body, String title, List<String> authors, OffsetDateTime date, String rejectReason) {
    static final Answer NONE = new Answer("", null, null, null, "no outcome");

    /** Our parser's outcome: a {@link ParseOutcome.Rejected} is rejected with its reason and message. */
    public static Answer of(ParseOutcome outcome) {
      if (outcome instanceof ParseOutcome.Parsed p) {
        ParsedArticle a = p.article();
        return new Answer(String.join("\n", a.paragraphs()), a.title(), a.authors(), a.publishedAt(), null);
      }
      return outcome instanceof ParseOutcome.Rejected r ? new Answer("", null, null, null, r.reason() + " ("
          + r.message() + ")") : NONE;
    }

    /**
     * Another extractor's prediction (Readability's); {@code rejectReason} non-null when it gave no article, in
     * which case its metadata is not scored either (as for our rejections).
     */
    public static Answer of(Prediction p, String rejectReason) {
      if (p == null) {
        return NONE;
      }
      return rejectReason != null ? new Answer("", null, null, null, rejectReason)
          : new Answer(p.articleBody(), p.title(), p.authors(), p.datePublished(), null);
    }

    boolean rejected() {
      return rejectReason != null;
    }
  }

  /** Scores each case against its outcome (a case without an outcome counts as rejected). */
  public static CaseEvaluation of(List<ExtractionCases.Case> cases, Map<String, ParseOutcome> outcomes) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    outcomes.forEach((id, o) -> answers.put(id, Answer.of(o)));
    return ofAnswers(cases, answers);
  }

  /** Scores each case against any extractor's answers (a case without an answer counts as rejected). */
  public static CaseEvaluation ofAnswers(List<ExtractionCases.Case> cases, Map<String, Answer> answers) {
    List<PageResult> out = new ArrayList<>();
    for (ExtractionCases.Case c : cases) {
      out.add(score(c, answers.getOrDefault(c.id(), Answer.NONE)));
    }
    return new CaseEvaluation(out);
  }

  static PageResult score(ExtractionCases.Case c, ParseOutcome outcome) {
    return score(c, Answer.of(outcome));
  }

  static PageResult score(ExtractionCases.Case c, Answer a) {
    boolean given = !a.rejected();
    String text = SnippetMatch.normalize(a.body());
    List<String> missing = c.mustContain().stream().filter(s -> !SnippetMatch.contains(text, s)).toList();
    List<String> leaked = c.mustNotContain().stream().filter(s -> SnippetMatch.contains(text, s)).toList();
    Boolean title = c.title() == null ? null : given && SnippetMatch.title(c.title(), a.title());
    Boolean authors = c.authors().isEmpty() ? null
        : given && a.authors() != null && FieldMatch.authors(c.authors(), a.authors());
    Boolean date = c.date() == null ? null : given && FieldMatch.published(c.date(), a.date());
    Double f1 = c.expectedText() == null ? null : SnippetMatch.tokenF1(c.expectedText(), a.body());
    boolean note = isAnnotatorNote(c.expectedText());
    ShingleScorer.Counts shingles = f1 == null || note ? null : ShingleScorer.score(c.expectedText(), a.body());
    return new PageResult(c, !given, a.rejectReason(), missing, leaked, title, authors, date, note ? null : f1,
        note ? f1 : null, shingles);
  }

  /** Fewer words than this, with mostly upper-case letters, makes an expected_text a note, not article text. */
  static final int NOTE_MAX_WORDS = 30;

  /**
   * Whether an expected_text is an annotator's remark about an extraction ("EXTRACTED NOTHING", "MISSED LAST
   * PARAGRAPH", "ONLY &quot;More coming soon!&quot; AT END ...") rather than the article's text: fewer
   * than {@value #NOTE_MAX_WORDS} words and more than half of its cased letters upper-case. Article text, even a
   * short test page ("Test Case 1"), is mostly lower-case; text in a script without case (Chinese) is never a note.
   */
  static boolean isAnnotatorNote(String expected) {
    if (expected == null || expected.isBlank() || expected.strip().split("\\s+").length >= NOTE_MAX_WORDS) {
      return false;
    }
    long upper = expected.codePoints().filter(Character::isUpperCase).count();
    long lower = expected.codePoints().filter(Character::isLowerCase).count();
    return upper > lower;
  }

  public List<PageResult> pages() {
    return pages;
  }

  public Map<String, Totals> bySource() {
    return bySource;
  }

  public Totals overall() {
    return overall;
  }

  /**
   * The {@code n} pages with the lowest body shingle F1 (pages with an expected_text that is not a note), lowest
   * first, ties by id: where the benchmark's measure loses most.
   */
  public List<PageResult> worstShingles(int n) {
    return pages.stream().filter(r -> r.shingles() != null)
        .sorted(Comparator.comparingDouble((PageResult r) -> shingleF1(r.shingles())).thenComparing(r -> r.c().id()))
        .limit(n).toList();
  }

  /** One page's shingle F1 from its own precision and recall (0 when both are 0). */
  static double shingleF1(ShingleScorer.Counts c) {
    double p = c.precision();
    double r = c.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The failing pages, worst first (rejections, then most snippet errors, then lowest token F1). */
  public List<PageResult> worst(int n) {
    return pages.stream().filter(r -> r.reason() != null)
        .sorted(Comparator.comparingDouble(PageResult::badness).reversed()
            .thenComparing(r -> r.c().id()))
        .limit(n).toList();
  }
}
