package dev.newsstream.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.config.ProjectHome;
import dev.newsstream.streams.parse.PageParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench extract}: body P/R/F1, metadata exact-match rates and pages/s of our extraction on a dataset. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Scores article extraction on a benchmark dataset (--dataset) or an annotated set (--cases); "
        + "--page extracts pages.",
    description = {
        "With --page FILE...: each page (HTML, plain or gzipped) as the parser reads it: title, authors, date,",
        "language, body paragraphs (--json: one JSON object per page); no scoring, no timing.",
        "With --dataset DIR: the article-extraction-benchmark layout (html/<id>.html.gz + ground-truth.json).",
        "Body: token 4-gram shingle precision/recall/F1 averaged per page, as the benchmark's evaluate.py,",
        "with a bootstrap 95%% interval (±1.96 sd). Title, datePublished and authors: exact-match rates",
        "over pages whose truth has the field.",
        "With --cases FILE instead (the cases.jsonl layout of ../shared/eval/extraction-dev): per source and "
            + "overall, snippet precision/recall/F1 micro-averaged over snippets as trafilatura's evaluation: a "
            + "must_contain snippet found in the body is a true positive, missing a false negative; a "
            + "must_not_contain snippet found is a false positive, absent a true negative; P = TP/(TP+FP), "
            + "R = TP/(TP+FN). Matching after NFC, soft hyphens and zero-width characters removed, whitespace "
            + "collapsed. A rejected page finds no snippet. Also: pages passed (every must_contain, no "
            + "must_not_contain), pages rejected (all and those the page's markup calls news or article), title "
            + "exact (case-folded), authors and date exact, and bag-of-words token F1 where expected_text exists.",
        "Token F1 leaves out pages whose expected_text is an annotator's note instead of text (fewer than 30 "
            + "words, more than half of the cased letters upper-case, e.g. \"EXTRACTED NOTHING\"); their count and "
            + "the figure with them included are printed under the table.",
        "shP/shR/shF1 (--cases): the body scored as the article-extraction-benchmark's evaluate.py scores it, over "
            + "the same pages as token F1 (expected_text present, notes left out): Python-\\w+ tokens, case kept, "
            + "4-token shingles counted as a multiset, per-page tp/fp/fn normalised by their sum, mean precision "
            + "over pages with tp+fp > 0, mean recall over pages with tp+fn > 0, F1 of the two means; a rejected "
            + "page has recall 0. With --worst N the N pages lowest on it are listed too.",
        "Order: the scoring pass runs first and its tables are printed at once; then come the untimed warm-up "
            + "and the timed passes for the speed line (scores do not depend on them). --skip-timing prints the "
            + "scores only. Page files are read by content: gzipped or plain.",
        "Speed: pages/s of PageParser alone on one thread, pages already in memory, by the wall clock and per",
        "second of this JVM's CPU time; with --warmup 0 the JIT is cold and the ratio to Readability says so.",
        "With --compare-readability (either layout): Mozilla Readability (node, jsdom) on the same pages, each "
            + "decoded in Java exactly as our parser decodes it, scored by the same rules and printed beside ours; "
            + "for --cases a page counts as rejected by Readability when parse() returns null or no text "
            + "(isProbablyReaderable() is reported beside). Its speed covers jsdom's DOM parse + parse(), one "
            + "thread, CPU = the node process's user+system time over the timed passes."})
public final class ExtractBenchCommand implements Callable<Integer> {
  @Option(names = "--dataset", paramLabel = "DIR", description = "dataset directory (benchmark layout)")
  Path dataset;

  @Option(names = "--cases", paramLabel = "FILE", description = "a cases.jsonl file (snippet layout) instead of "
      + "--dataset")
  Path cases;

  @Option(names = "--page", paramLabel = "FILE", arity = "1..*", description = "extract these page files (plain "
      + "or gzipped HTML) and print what the parser finds, instead of scoring a set")
  List<Path> pages;

  @Option(names = "--url", paramLabel = "URL", description = "with --page: the URL the pages came from (resolves "
      + "links, names the site; default: none)")
  String url;

  @Option(names = "--json", description = "with --page: print one JSON object per page instead of text")
  boolean json;

  @Option(names = "--skip-timing", description = "print the scores only: no warm-up, no timed passes, no speed line "
      + "(with --compare-readability Readability still runs once to be scored)")
  boolean skipTiming;

  @Option(names = "--output", paramLabel = "FILE", description = "write our predictions as JSON (benchmark shape)")
  Path output;

  @Option(names = "--entities", paramLabel = "FILE", description = "with --cases: write every entity the enrich stage "
      + "finds on each parsed page (its detected language's model), one tab-separated line each, for diffing builds")
  Path entities;

  @Option(names = "--passes", defaultValue = "30", description = "timed passes over all pages, at least 1 "
      + "(default: ${DEFAULT-VALUE}; --skip-timing for none)")
  int passes;

  @Option(names = "--warmup", defaultValue = "50", description = "untimed warm-up passes, so the JIT has compiled the code "
      + "before timing (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--warmup-seconds", defaultValue = "20", description = "stop warming up after this long even if "
      + "--warmup passes are not done, for large datasets (default: ${DEFAULT-VALUE})")
  double warmupSeconds;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
  int bootstrap;

  @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "list the N lowest-F1 pages "
      + "(with --cases: the N worst failing pages and why they fail, then the N lowest on body shingle F1)")
  int worst;

  @Option(names = "--compare-readability", description = "also run Mozilla Readability (node, bench/readability) "
      + "on the same pages and print both side by side (with --worst N: the pages Readability passes and we fail); "
      + "needs node 18+ and npm on PATH, installs its npm packages on first use")
  boolean compareReadability;

  @Option(names = "--readability-output", paramLabel = "FILE", description = "with --compare-readability: write "
      + "Readability's predictions as JSON (the shape of --output)")
  Path readabilityOutput;

  @Option(names = "--readability-dir", defaultValue = "bench/readability", paramLabel = "DIR",
      description = "the node project with cli.js (default: ${DEFAULT-VALUE})")
  Path readabilityDir;

  @Option(names = "--readability-chunk", defaultValue = "100", paramLabel = "N", description = "pages per node "
      + "process for --compare-readability: a fresh process per chunk keeps node's heap bounded "
      + "(default: ${DEFAULT-VALUE})")
  int readabilityChunk;

  @Option(names = "--max-page-bytes", defaultValue = "52428800", description = "pages larger than this are rejected "
      + "(default: ${DEFAULT-VALUE})")
  int maxPageBytes;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    validate();
    if ((dataset != null ? 1 : 0) + (cases != null ? 1 : 0) + (pages != null ? 1 : 0) != 1) {
      spec.commandLine().getErr().println("bench extract: give exactly one of --dataset DIR, --cases FILE and "
          + "--page FILE...");
      return 2;
    }
    if (pages != null) {
      return PagePrinter.printAll(pages, url, json, new PageParser(maxPageBytes), System.out,
          spec.commandLine().getErr());
    }
    ReadabilityRunner readability = null;
    if (compareReadability) {
      readability = new ReadabilityRunner(ProjectHome.resolveDefault(readabilityDir, "bench/readability"),
          readabilityChunk);
      try {
        readability.ensureReady(); // before the long part: a missing node should not cost minutes of our run first
      } catch (IllegalStateException e) {
        spec.commandLine().getErr().println("bench extract: " + e.getMessage());
        return 2;
      }
    }
    if (cases != null) {
      return runCases(readability);
    }
    ExtractionDataset data;
    try {
      data = ExtractionDataset.load(dataset);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("bench extract: " + e.getMessage());
      return 2;
    }
    System.out.printf("dataset %s: %d pages%n", dataset.normalize(), data.pages().size());
    PageParser parser = new PageParser(maxPageBytes);
    Map<String, Prediction> ours = new LinkedHashMap<>();
    for (ExtractionDataset.Page p : data.pages()) {
      ours.put(p.id(), Prediction.of(parser.parse(p.html(), p.truth().url(), null)));
    }
    if (output != null) {
      writePredictions(ours, output);
      System.out.println("predictions written to " + output);
    }
    ExtractionEvaluation eval = ExtractionEvaluation.of(data, ours, bootstrap);
    print("newsstream", eval);
    if (worst > 0) {
      eval.pages().stream().limit(worst).forEach(s ->
          System.out.printf("  %-28s P %.3f  R %.3f  F1 %.3f%n", s.id(), s.precision(), s.recall(), s.f1()));
    }
    Speed speed = time(parser, data.pages().stream().map(p -> new Input(p.html(), p.truth().url())).toList());
    if (readability != null) {
      ReadabilityRunner.Result r = readability.run(data, timedWarmup(), warmupSeconds, timedPasses());
      writeReadability(r);
      ExtractionEvaluation re = ExtractionEvaluation.of(data, r.predictions(), bootstrap);
      print(CaseReport.READABILITY, re);
      printSpeed(skipTiming ? null : r.speed());
      System.out.printf("%nnewsstream vs %s: body F1 %.3f vs %.3f%s%n", CaseReport.READABILITY, eval.body().f1(),
          re.body().f1(), ratio(speed, r.speed(), warmup));
    }
    return 0;
  }

  /**
   * Rejects option values that would silently mean something else (--passes 0 used to run one pass).
   *
   * @throws picocli.CommandLine.ParameterException (usage error, exit 2) naming the option and the value
   */
  private void validate() {
    atLeast("--passes", passes, 1);
    atLeast("--warmup", warmup, 0);
    atLeast("--worst", worst, 0);
    atLeast("--readability-chunk", readabilityChunk, 1);
    atLeast("--bootstrap", bootstrap, 0);
    atLeast("--max-page-bytes", maxPageBytes, 1);
    if (!(warmupSeconds >= 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--warmup-seconds must be >= 0, not " + warmupSeconds);
    }
  }

  private void atLeast(String option, int value, int min) {
    if (value < min) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be >= " + min + ", not "
          + value + (option.equals("--passes") ? " (use --skip-timing to time nothing)" : ""));
    }
  }

  /** Warm-up and timed passes handed to Readability: one untimed-in-effect pass when timing is skipped. */
  private int timedWarmup() {
    return skipTiming ? 0 : warmup;
  }

  private int timedPasses() {
    return skipTiming ? 1 : passes;
  }

  /** "; pages/s 12.3x (wall), 14.0x (CPU time)" with a cold-JIT note at --warmup 0; empty without timing. */
  static String ratio(Speed ours, Speed theirs, int warmup) {
    if (ours == null) {
      return "";
    }
    return String.format("; pages/s %.1fx (wall), %.1fx (CPU time)%s", ours.wall() / theirs.wall(),
        ours.cpu() / theirs.cpu(), warmup == 0 ? " (cold JIT: no warm-up)" : "");
  }

  /** Pages per second by the wall clock and by this process's CPU time (robust when the machine is busy). */
  record Speed(double wall, double cpu) {}

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  /** One page to time: its bytes and URL. */
  record Input(byte[] html, String url) {}

  private Integer runCases(ReadabilityRunner readability) throws java.io.IOException, InterruptedException {
    ExtractionCases data;
    try {
      data = ExtractionCases.load(cases);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("bench extract: " + e.getMessage());
      return 2;
    }
    System.out.printf("cases %s: %d pages%n", cases.normalize(), data.cases().size());
    PageParser parser = new PageParser(maxPageBytes);
    Map<String, dev.newsstream.streams.parse.ParseOutcome> outcomes = new LinkedHashMap<>();
    long lastProgress = System.nanoTime();
    int done = 0;
    for (ExtractionCases.Case c : data.cases()) {
      outcomes.put(c.id(), parser.parse(c.html(), c.url(), null));
      done++;
      if (System.nanoTime() - lastProgress > 5_000_000_000L) {
        System.out.printf("  parsed %d/%d pages%n", done, data.cases().size());
        lastProgress = System.nanoTime();
      }
    }
    CaseEvaluation eval = CaseEvaluation.of(data.cases(), outcomes);
    if (entities != null) {
      CaseEntities.write(outcomes, entities);
      System.out.println("entities written to " + entities.normalize());
    }
    if (output != null) {
      Map<String, Prediction> predictions = new LinkedHashMap<>();
      outcomes.forEach((id, o) -> predictions.put(id, Prediction.of(o)));
      try {
        writePredictions(predictions, output);
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("bench extract: cannot write " + output + ": " + e.getMessage());
        return 2;
      }
      System.out.println("predictions written to " + output.normalize());
    }
    CaseReport.print(System.out, "newsstream", eval);
    if (worst > 0) {
      CaseReport.worst(System.out, eval, worst);
    }
    Speed speed = time(parser, data.cases().stream().map(c -> new Input(c.html(), c.url())).toList());
    if (readability != null) {
      compareCases(readability, data, eval, speed);
    }
    return 0;
  }

  /** Readability on the same cases, scored by the same rules, printed beside ours (see {@link CaseReport}). */
  private void compareCases(ReadabilityRunner readability, ExtractionCases data, CaseEvaluation ours, Speed speed)
      throws java.io.IOException, InterruptedException {
    ReadabilityRunner.Result r = readability.run(data, timedWarmup(), warmupSeconds, timedPasses());
    writeReadability(r);
    Map<String, CaseEvaluation.Answer> answers = new LinkedHashMap<>();
    r.predictions().forEach((id, p) -> answers.put(id, CaseEvaluation.Answer.of(p, r.rejected().get(id))));
    CaseEvaluation theirs = CaseEvaluation.ofAnswers(data.cases(), answers);
    CaseReport.print(System.out, CaseReport.READABILITY, theirs);
    printSpeed(skipTiming ? null : r.speed());
    long notReaderableArticles = data.cases().stream()
        .filter(c -> c.isArticle() && r.notReaderable().contains(c.id())).count();
    System.out.printf("  (rejected = parse() returned null or no text; isProbablyReaderable() is false on %d/%d pages, "
        + "%d/%d news/article, not counted as rejected)%n", r.notReaderable().size(), data.cases().size(),
        notReaderableArticles, ours.overall().articles());
    Map<String, CaseEvaluation> both = new LinkedHashMap<>();
    both.put("newsstream", ours);
    both.put(CaseReport.READABILITY, theirs);
    CaseReport.compare(System.out, both);
    System.out.printf("%nnewsstream vs %s: snippet F1 %.3f vs %.3f%s%n", CaseReport.READABILITY, ours.overall().f1(),
        theirs.overall().f1(), ratio(speed, r.speed(), warmup));
    if (worst > 0) {
      CaseReport.lostTo(System.out, CaseReport.READABILITY, ours, theirs, worst);
    }
  }

  private void writeReadability(ReadabilityRunner.Result r) throws java.io.IOException {
    if (readabilityOutput != null) {
      writePredictions(r.predictions(), readabilityOutput);
      System.out.println("Readability's predictions written to " + readabilityOutput.normalize());
    }
  }

  private static void printSpeed(Speed speed) {
    if (speed == null) {
      return;
    }
    System.out.printf("  speed      %.1f pages/s wall clock, %.1f pages/s of CPU time (one thread)%n", speed.wall(),
        speed.cpu());
  }

  /**
   * Warms up, times {@code --passes} passes and prints the speed line; null (nothing run) with --skip-timing.
   * Runs after the scores are printed: they come from the first, scoring pass and do not depend on timing.
   */
  private Speed time(PageParser parser, java.util.List<Input> inputs) {
    if (skipTiming) {
      System.out.println("timing skipped (--skip-timing)");
      return null;
    }
    long bytes = inputs.stream().mapToLong(p -> p.html().length).sum();
    long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
    System.out.printf("%nscores above are final; timing newsstream's speed now (--skip-timing skips this): "
        + "warming up, up to %d passes or %.0f s%s%n", warmup, warmupSeconds, warmup == 0 ? " (none: cold JIT)" : "");
    warm:
    for (int w = 0; w < warmup; w++) {
      for (Input p : inputs) {
        parser.parse(p.html(), p.url(), null);
        if (System.nanoTime() > warmUntil) {
          break warm;
        }
      }
    }
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long lastProgress = start;
    for (int pass = 0; pass < passes; pass++) {
      inputs.forEach(p -> parser.parse(p.html(), p.url(), null));
      if (System.nanoTime() - lastProgress > 10_000_000_000L) {
        System.out.printf("  timed pass %d/%d%n", pass + 1, passes);
        lastProgress = System.nanoTime();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    int pages = inputs.size() * passes;
    System.out.printf("timed %d pages (%d passes, %.1f MB of HTML each) in %.2f s wall, %.2f s CPU, one thread%n",
        pages, passes, bytes / 1e6, seconds, cpuSeconds);
    Speed speed = new Speed(pages / seconds, cpuSeconds > 0 ? pages / cpuSeconds : Double.NaN);
    System.out.println("newsstream");
    printSpeed(speed);
    return speed;
  }

  private static void print(String name, ExtractionEvaluation e) {
    ShingleScorer.Metrics m = e.body();
    System.out.printf("%nextractor: %s%n", name);
    System.out.printf("  body       P %.3f ± %.3f   R %.3f ± %.3f   F1 %.3f ± %.3f   (%d pages)%n",
        m.precision(), 1.96 * m.precisionStd(), m.recall(), 1.96 * m.recallStd(), m.f1(), 1.96 * m.f1Std(),
        m.documents());
    System.out.printf("  title      exact %s%n", e.title().describe());
    System.out.printf("  published  exact %s%n", e.published().describe());
    System.out.printf("  authors    exact %s%n", e.authors().describe());
  }

  static void writePredictions(Map<String, Prediction> predictions, Path file) throws java.io.IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    predictions.forEach((id, p) -> p.toJson(root.putObject(id)));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }
}
