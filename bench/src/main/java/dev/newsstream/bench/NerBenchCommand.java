package dev.newsstream.bench;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import dev.newsstream.streams.enrich.EntityExtractor;
import dev.newsstream.streams.enrich.NerModel;
import dev.newsstream.streams.enrich.NerTagger;
import dev.newsstream.bench.ner.Conll2003Reader;
import dev.newsstream.bench.ner.ConlluEntityReader;
import dev.newsstream.bench.ner.EntitySpan;
import dev.newsstream.bench.ner.GoldDocument;
import dev.newsstream.bench.ner.NerScorer;
import dev.newsstream.streams.enrich.SpanTagger;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench ner}: entity-level P/R/F1 of the enrich stage on gold files, then its one-core throughput. */
@Command(name = "ner", header = "Scores named-entity recognition on gold data and measures the enrich stage's speed.",
    mixinStandardHelpOptions = true,
    description = {"Scores named-entity recognition on gold data (entity level: exact span and",
        "type) and measures the enrich stage's tokens/s and pages/s (one thread by default).",
        "Gold data:",
        "  --conllu DIR  CoNLL-U with GUM Entity= annotations: named person,",
        "                organization, place, event mentions (PERSON, ORGANIZATION,",
        "                LOCATION, MISC; nested ones kept, either level counts)",
        "  --conll DIR   CoNLL-2003 files: token ... NER-tag per line, IOB1 or IOB2",
        "Only the types both the gold data and the model have are scored. ALL is",
        "PER/ORG/LOC; errors are counted by kind: missed, spurious, wrong type, boundary.",
        "Example: newsstream bench ner --conll bench/src/test/resources/ner-dev",
        ""})
public final class NerBenchCommand implements Callable<Integer> {
  @Option(names = "--conllu", paramLabel = "DIR", description = "Directory of *.conllu files (GUM format).")
  Path conllu;

  @Option(names = "--conll", paramLabel = "DIR", description = "Directory of CoNLL-2003 format files (any name).")
  Path conll;

  @Option(names = "--model", paramLabel = "FILE|RESOURCE", description = "CRF model (default: the shipped ${DEFAULT-VALUE}).",
      defaultValue = NerModel.DEFAULT_RESOURCE)
  String model;

  @Option(names = "--plain", description = "Tag with --model alone, not the shipped ensemble (--model + 4-class + "
      + "caseless models, see EnsembleTagger).")
  boolean plain;

  @Option(names = "--min-confidence", defaultValue = "0.5", description = "As enrich.min.confidence (default ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Score only these types (default: all the gold data and model share).")
  Set<String> types;

  @Option(names = "--seconds", defaultValue = "10", description = "Throughput measuring time after a warm-up (default ${DEFAULT-VALUE}; 0 skips it).")
  int seconds;

  @Option(names = "--threads", defaultValue = "1", description = "Threads sharing the one model for the throughput run (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--update-cost", description = "Also measure re-tagging updated documents (a paragraph added) with "
      + "and without the sentence cache.")
  boolean updateCost;

  @Option(names = "--show-errors", defaultValue = "0", paramLabel = "N", description = "Print the first N wrong/missed mentions.")
  int showErrors;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    for (Path dir : new Path[] {conllu, conll}) {
      if (dir != null && !Files.isDirectory(dir)) {
        System.err.println("error: " + (dir == conllu ? "--conllu " : "--conll ") + dir + " is not a directory");
        return 2;
      }
    }
    List<GoldDocument> docs = new ArrayList<>();
    if (conllu != null) {
      for (Path f : files(conllu, ".conllu")) {
        docs.addAll(ConlluEntityReader.read(f));
      }
    }
    if (conll != null) {
      for (Path f : files(conll, "")) {
        docs.addAll(Conll2003Reader.read(f));
      }
    }
    if (threads < 1 || seconds < 0) {
      System.err.println("error: --threads must be at least 1 and --seconds at least 0");
      return 2;
    }
    if (docs.isEmpty()) {
      System.err.println("error: no gold documents; give --conllu DIR and/or --conll DIR (see --help)");
      return 2;
    }
    long t0 = System.nanoTime();
    // No sentence cache: the throughput loop tags the same documents again and again, which a cache would answer.
    CRFClassifier<CoreLabel> crf = NerModel.load(model);
    SpanTagger tagger = plain ? new NerTagger(crf, 0) : NerModel.ensemble(new NerTagger(crf, 0), 0);
    tagger.types(); // loads the ensemble's extra models now, not inside the scoring
    if (!plain) {
      tagger.tag("Warm-up.");
    }
    out.printf("model %s%s (%s) loaded in %.1f s%n", model, plain ? "" : " + 4-class + caseless ensemble",
        tagger.types(), (System.nanoTime() - t0) / 1e9);
    EntityExtractor extractor = new EntityExtractor(tagger, EntityExtractor.ALL_TYPES, minConfidence, Integer.MAX_VALUE);

    Set<String> goldTypes = new TreeSet<>();
    docs.forEach(d -> d.gold().forEach(s -> goldTypes.add(s.type())));
    Set<String> scored = new TreeSet<>(goldTypes);
    scored.retainAll(tagger.types());
    if (types != null) {
      scored.retainAll(types);
    }
    Set<String> unscored = new TreeSet<>(goldTypes);
    unscored.removeAll(tagger.types());
    NerScorer scorer = new NerScorer(scored);
    int shown = 0;
    int tokens = 0;
    for (GoldDocument d : docs) {
      tokens += d.tokens();
      NerScorer.Errors errors = scorer.add(d.gold(), predicted(extractor, d.text()), d.unannotated());
      for (NerScorer.Error e : errors.errors()) {
        if (shown++ < showErrors) {
          EntitySpan s = e.span();
          out.printf("  %-10s %-12s %-30s in %s%n", e.kind().name().toLowerCase(java.util.Locale.ROOT), s.type(),
              "'" + d.text().substring(s.start(), s.end()) + "'", d.id());
        }
      }
    }
    out.printf("gold: %d documents, %d tokens; scored types %s, min confidence %.2f%s%n", docs.size(), tokens, scored,
        minConfidence, unscored.isEmpty() ? "" : "; not scored (model lacks them): " + unscored);
    out.printf("%-13s %9s %9s %9s %6s %6s %6s | %7s %8s %10s %8s%n", "type", "precision", "recall", "F1", "tp", "fp",
        "fn", "missed", "spurious", "wrong-type", "boundary");
    for (String type : scorer.types()) {
      row(out, type, scorer.of(type), kinds(scorer, List.of(type)));
    }
    // The headline figure is PER/ORG/LOC (what CoNLL-style 3-class figures compare); MISC is reported beside it.
    List<String> three = scorer.types().stream().filter(t -> !t.equals("MISC")).toList();
    row(out, "ALL (micro)", scorer.overall(three), kinds(scorer, three));
    if (scorer.types().contains("MISC")) {
      row(out, "ALL+MISC", scorer.overall(), kinds(scorer, scorer.types()));
      if (scorer.unannotated("MISC") > 0) {
        out.printf("MISC: %d predictions the gold cannot mark (capitalised adjectives, named objects: "
            + "\"Afghan girls\", \"Windows XP\") not scored%n", scorer.unannotated("MISC"));
      }
    }
    if (seconds > 0) {
      // --model alone both ways on the same documents in this run (CoreNLP's classifySentence, then the cached
      // indices: identical output), then what the app runs (the ensemble, unless --plain).
      EntityExtractor coreNlp = new EntityExtractor(new NerTagger(crf, 0, null), EntityExtractor.ALL_TYPES,
          minConfidence, Integer.MAX_VALUE);
      double[] plainRate = throughput(out, "CoreNLP features", coreNlp, docs);
      NerTagger single = new NerTagger(crf, 0);
      if (single.usesCachedFeatures()) {
        double[] cachedRate = throughput(out, "cached features", new EntityExtractor(single, EntityExtractor.ALL_TYPES,
            minConfidence, Integer.MAX_VALUE), docs);
        // Per CPU-second is the per-core speed-up, whatever else the machine runs; per wall second for reference.
        out.printf("cached features vs CoreNLP features: %.2fx tokens per CPU-second of the tagging thread, %.2fx of "
            + "the JVM, %.2fx tokens/s (same labels and confidences)%n", cachedRate[1] / plainRate[1],
            cachedRate[2] / plainRate[2], cachedRate[0] / plainRate[0]);
      } else {
        out.println("cached features: not available for this model (its feature flags differ); CoreNLP's path only");
      }
      if (!plain) {
        // The shipped ensemble both ways: every model on CoreNLP's classifySentence, then every model on cached
        // indices (what the app runs); first checked to publish the same mentions on every document.
        EntityExtractor ensembleCoreNlp = new EntityExtractor(
            NerModel.ensemble(new NerTagger(crf, 0, null), 0, m -> null), EntityExtractor.ALL_TYPES, minConfidence,
            Integer.MAX_VALUE);
        long differing = docs.stream()
            .filter(d -> !predicted(ensembleCoreNlp, d.text()).equals(predicted(extractor, d.text()))).count();
        out.printf("shipped ensemble, CoreNLP features vs cached features: %s%n", differing == 0
            ? "the same mentions in all " + docs.size() + " documents" : differing + " documents DIFFER");
        double[] ensemblePlain = throughput(out, "shipped ensemble, CoreNLP features", ensembleCoreNlp, docs);
        double[] ensembleCached = throughput(out, "shipped ensemble, cached features", extractor, docs);
        out.printf("shipped ensemble, cached vs CoreNLP features: %.2fx tokens per CPU-second of the tagging thread, "
            + "%.2fx of the JVM, %.2fx tokens/s%n", ensembleCached[1] / ensemblePlain[1],
            ensembleCached[2] / ensemblePlain[2], ensembleCached[0] / ensemblePlain[0]);
      }
    }
    if (updateCost) {
      updateCost(out, crf, docs);
    }
    return 0;
  }

  /**
   * What a re-crawled article (dedup's UPDATE: a new paragraph on top, the rest unchanged) costs to enrich with the
   * sentence cache the app uses and without it. Each round gets a fresh cache that has seen the first versions only.
   */
  private void updateCost(PrintStream out, CRFClassifier<CoreLabel> crf, List<GoldDocument> docs) {
    String lead = "UPDATE: Officials confirmed the figures on Wednesday evening, a spokesman said.\n\n";
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cachedNanos = 0;
    long freshNanos = 0;
    int updates = 0;
    long until = System.nanoTime() + Math.max(2, seconds) * 1_000_000_000L;
    for (int round = 0; round == 0 || System.nanoTime() < until; round++) {
      NerTagger cached = new NerTagger(crf, NerTagger.DEFAULT_SENTENCE_CACHE);
      NerTagger fresh = new NerTagger(crf, 0);
      docs.forEach(d -> cached.tag(d.text()));
      long t0 = mx.getCurrentThreadCpuTime();
      docs.forEach(d -> cached.tag(lead + d.text()));
      long t1 = mx.getCurrentThreadCpuTime();
      docs.forEach(d -> fresh.tag(lead + d.text()));
      long t2 = mx.getCurrentThreadCpuTime();
      if (round > 0) { // round 0 warms the JIT
        cachedNanos += t1 - t0;
        freshNanos += t2 - t1;
        updates += docs.size();
      }
    }
    if (updates == 0) {
      return;
    }
    out.printf("update cost (a new paragraph on top of each document, %d updates): %.2f ms CPU with the sentence "
        + "cache, %.2f ms without (%.1fx)%n", updates, cachedNanos / 1e6 / updates, freshNanos / 1e6 / updates,
        (double) freshNanos / Math.max(1, cachedNanos));
  }

  /** The mentions the enrich stage would publish, each with its entity's type. */
  static List<EntitySpan> predicted(EntityExtractor extractor, String text) {
    List<EntitySpan> out = new ArrayList<>();
    for (Entity e : extractor.extract(text, List.of())) {
      for (Mention m : e.getMentions()) {
        out.add(new EntitySpan(m.getStart(), m.getEnd(), e.getType()));
      }
    }
    return out;
  }

  /**
   * {tokens per wall second, per CPU second of the tagging threads, per CPU second of the JVM} of {@code extractor} on {@code docs} after
   * a warm-up; prints one line labelled {@code path}.
   */
  private double[] throughput(PrintStream out, String path, EntityExtractor extractor, List<GoldDocument> docs) {
    long warmUntil = System.nanoTime() + Math.min(5, seconds) * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < warmUntil; i++) {
      extractor.analyse(docs.get(i % docs.size()).text(), List.of());
    }
    long start = System.nanoTime();
    long process0 = processCpuNanos();
    long until = start + seconds * 1_000_000_000L;
    // Each thread walks the documents from its own offset, all on the one shared model (as stream threads do).
    List<Callable<long[]>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t * docs.size() / threads;
      work.add(() -> {
        long tokens = 0;
        long pages = 0;
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = offset; System.nanoTime() < until; i++) {
          tokens += extractor.analyse(docs.get(i % docs.size()).text(), List.of()).tokens();
          pages++;
        }
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        return new long[] {tokens, pages, cpu};
      });
    }
    long tokens = 0;
    long pages = 0;
    long cpuNanos = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<long[]> f : pool.invokeAll(work)) {
        tokens += f.get()[0];
        pages += f.get()[1];
        cpuNanos += f.get()[2];
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new double[] {0, 0, 0};
    } catch (ExecutionException e) {
      throw new IllegalStateException("throughput run failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    double s = (System.nanoTime() - start) / 1e9;
    double perCpuSecond = tokens / (Math.max(1, cpuNanos) / 1e9);
    // The tagging threads' CPU leaves out the garbage collector's (CoreNLP's path makes ~45 strings per token), so
    // the JVM's whole CPU time is printed too: in this loop it is nearly all tagging and its garbage.
    long processNanos = processCpuNanos() - process0;
    out.printf("throughput (%s), %d thread%s: %.0f tokens/s, %.1f pages/s, %.0f tokens per CPU-second of the tagging "
        + "thread%s, %.0f per CPU-second of the JVM (%d pages of %.0f tokens on average, %.1f s)%n", path, threads,
        threads == 1 ? "" : "s", tokens / s, pages / s, perCpuSecond, threads == 1 ? "" : "s",
        tokens / (Math.max(1, processNanos) / 1e9), pages, (double) tokens / pages, s);
    return new double[] {tokens / s, perCpuSecond, tokens / (Math.max(1, processNanos) / 1e9)};
  }

  /** CPU time of the whole JVM (all threads, GC and JIT included), or 0 where the platform does not say. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  private static void row(PrintStream out, String name, NerScorer.Score s, int[] kinds) {
    out.printf("%-13s %9.3f %9.3f %9.3f %6d %6d %6d | %7d %8d %10d %8d%n", name, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.falsePositives(), s.falseNegatives(), kinds[0], kinds[1], kinds[2], kinds[3]);
  }

  /** Error counts per kind (NerScorer.Kind order) summed over the given types. */
  private static int[] kinds(NerScorer scorer, java.util.Collection<String> over) {
    int[] k = new int[NerScorer.Kind.values().length];
    for (String t : over) {
      for (NerScorer.Kind kind : NerScorer.Kind.values()) {
        k[kind.ordinal()] += scorer.errors(t, kind);
      }
    }
    return k;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir.toAbsolutePath());
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().endsWith(".md"))
          .sorted().toList();
    }
  }
}
