package dev.newsstream.bench;

import dev.newsstream.config.ProjectHome;
import dev.newsstream.streams.dedup.DedupLabelledSet;
import dev.newsstream.streams.dedup.DedupStories;

import dev.newsstream.streams.dedup.DedupLabelledSet.Label;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupEngine;
import dev.newsstream.streams.dedup.NearDuplicateDetector;
import dev.newsstream.streams.dedup.NearDuplicateIndex;
import dev.newsstream.streams.dedup.Shingles;
import dev.newsstream.streams.dedup.SimHashIndex;
import dev.newsstream.streams.parse.TextNormalizer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench dedup}: runs the pure dedup core over a labelled stream of originals, re-crawls and syndicated
 * copies of distinct stories (several per topic), for each near-duplicate method and parameter set considered,
 * and prints precision, recall, F1, false merges, speed and store bytes per article.
 */
@Command(name = "dedup", header = "Scores deduplication (exact, near-duplicate, updates) on a labelled set built from real articles.",
    mixinStandardHelpOptions = true,
    description = {
        "Scores deduplication on a labelled set built from real article texts: the",
        "bundled stories (several per topic, so false merges show) plus parseable",
        "sample pages, each with re-crawls (unchanged, updated, stale), an exact copy",
        "and syndicated near-copies (boilerplate swapped, word edits, paragraphs cut,",
        "tracking params; Chinese and Japanese copies get a small edit in every",
        "clause, Chinese stories also a copy in the other script, Traditional or",
        "Simplified). Prints precision/recall/F1, false merges, speed and store",
        "bytes per article for each near-duplicate method and parameter set."})
public final class DedupBenchCommand implements Callable<Integer> {
  @Option(names = "--samples", description = "Directory of sample pages to add as stories (default ../shared/samples, if present).")
  Path samples;

  @Option(names = "--seed", defaultValue = "42", description = "Seed for picking syndicators/edits (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--mistakes", description = "List every page whose outcome differs from its label, per method.")
  boolean showMistakes;

  @Option(names = "--lang", split = ",", description = "Only stories in these ISO 639-1 languages, e.g. en or zh,ja (default: all).")
  List<String> languages;

  @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per method; the fastest is reported (default ${DEFAULT-VALUE}).")
  int repeat;

  /** A method and parameter set to score; {@code bytesPerArticle} is its near-duplicate store footprint. */
  record Method(String name, Supplier<NearDuplicateDetector> detector, int bytesPerArticle) {}

  @Override
  public Integer call() {
    PrintStream out = System.out;
    List<Story> stories = new ArrayList<>(DedupStories.bundled());
    if (samples != null && !java.nio.file.Files.isDirectory(samples)) {
      System.err.println("error: --samples " + samples + " is not a directory");
      return 2;
    }
    Path sampleDir = samples != null ? samples : ProjectHome.resolveDefault(Path.of("../shared/samples"));
    stories.addAll(DedupStories.fromPages(sampleDir));
    if (languages != null) {
      stories.removeIf(s -> !languages.contains(s.language()));
    }
    List<LabelledPage> pages = DedupLabelledSet.build(stories, seed);
    Map<Label, Integer> counts = new HashMap<>();
    pages.forEach(p -> counts.merge(p.label(), 1, Integer::sum));
    long topics = stories.stream().map(Story::topic).distinct().count();
    Map<String, Long> byLanguage = new java.util.TreeMap<>();
    stories.forEach(s -> byLanguage.merge(s.language(), 1L, Long::sum));
    out.printf("labelled set: %d stories %s on %d topics (%d from %s), %d pages: %s%n", stories.size(), byLanguage,
        topics, stories.stream().filter(s -> s.topic().equals("sample")).count(), sampleDir, pages.size(), counts);
    printSimilarityMargin(out, pages);

    List<Method> methods = methods();
    out.println("warming up the JIT (one untimed pass per method)...");
    for (Method m : methods) {
      DedupEngine engine = new DedupEngine(m.detector().get());
      pages.forEach(p -> engine.check(p.page()));
    }
    out.printf("%n%-34s %6s %6s %6s  %6s %6s %6s  %6s %6s %8s %8s%n", "method", "nearP", "nearR", "nearF1",
        "allP", "allR", "allF1", "merges", "wrong", "us/page", "B/art");
    for (Method m : methods) {
      DedupScore score = null;
      long best = Long.MAX_VALUE;
      for (int r = 0; r < Math.max(1, repeat); r++) {
        DedupScore s = new DedupScore();
        DedupEngine engine = new DedupEngine(m.detector().get());
        long start = System.nanoTime();
        for (LabelledPage p : pages) {
          s.add(p, engine.check(p.page()));
        }
        best = Math.min(best, System.nanoTime() - start);
        score = s;
      }
      out.printf("%-34s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %6d %6d %8.1f %8s%n", m.name(), score.nearPrecision(),
          score.nearRecall(), score.nearF1(), score.allPrecision(), score.allRecall(), score.allF1(),
          score.falseMerges(), score.wrongOutcomes(), best / 1000.0 / pages.size(),
          m.bytesPerArticle() < 0 ? "-" : String.valueOf(m.bytesPerArticle()));
      if (showMistakes) {
        score.mistakes().forEach(line -> out.println("    " + line));
      }
    }
    out.println();
    out.println("nearP/R/F1: NEAR_DUPLICATE label vs kind; all: every duplicate kind (SAME_URL, SAME_CONTENT, NEAR);");
    out.println("merges: pages declared a duplicate of another story; wrong: outcome != label; us/page: fastest of --repeat runs;");
    out.println("B/art: near-duplicate store bytes per article (one stored signature, with its band keys, per band shard");
    out.println("       the bands fall into, " + StreamsAppConfig.Dedup.DEFAULT_BAND_SHARDS + " shards; serialised as in the topology).");
    out.println("Stores in total per article: " + StoreFootprint.describe(20, 3));
    int n = 100_000;
    out.println("Not in stores: the band buckets, rebuilt in memory from the stored signatures: "
        + StoreFootprint.bandHeapBytesPerArticle(20, 3, n) + " B of heap per article (b=20, r=3, measured over "
        + String.format("%,d", n) + " articles, all shards together)");
    return 0;
  }

  static List<Method> methods() {
    List<Method> m = new ArrayList<>();
    m.add(new Method("exact only (no near-dup stage)", () -> (id, t, body) -> Optional.empty(), 0));
    for (int k : new int[] {2, 3, 5}) {
      for (int[] br : new int[][] {{16, 4}, {20, 4}, {32, 4}, {16, 3}, {20, 3}, {24, 3}, {40, 2}}) {
        m.add(minHash(k, br[0], br[1], 0.5));
      }
    }
    for (double t : new double[] {0.3, 0.4, 0.45, 0.55, 0.6, 0.7}) {
      m.add(minHash(3, 20, 3, t));
    }
    for (int k : new int[] {3, 5}) {
      for (int d : new int[] {3, 6, 10}) {
        m.add(new Method(String.format("SimHash k=%d hamming<=%d", k, d), () -> new SimHashIndex(k, d),
            StoreFootprint.simHashBytesPerArticle(d)));
      }
    }
    return m;
  }

  private static Method minHash(int k, int bands, int rows, double threshold) {
    return new Method(String.format("MinHash k=%d b=%d r=%d t=%.2f", k, bands, rows, threshold),
        () -> new NearDuplicateIndex(bands, rows, k, threshold), StoreFootprint.bandBytesPerArticle(bands, rows,
            StreamsAppConfig.Dedup.DEFAULT_BAND_SHARDS));
  }

  /**
   * Exact Jaccard of every near copy to its original vs the closest pair of distinct stories, with the shingles the
   * detector uses (3 tokens: words, or characters in scripts written without spaces) and, for comparison in the
   * same run, with 3-word shingles split at whitespace only, as before issue 16.
   */
  private static void printSimilarityMargin(PrintStream out, List<LabelledPage> pages) {
    printSimilarityMargin(out, pages, "3-token shingles (script-aware)", text -> Shingles.of(text, 3));
    printSimilarityMargin(out, pages, "3-word shingles split at whitespace (before issue 16)",
        text -> whitespaceWordShingles(text, 3));
  }

  private static void printSimilarityMargin(PrintStream out, List<LabelledPage> pages, String what,
      Function<String, long[]> shingles) {
    Map<String, long[]> originals = new HashMap<>();
    double lowestNear = 1;
    String lowestNearWhat = "";
    for (LabelledPage p : pages) {
      long[] sh = shingles.apply(p.page().body());
      if (p.variant().equals("original")) {
        originals.put(p.story(), sh);
      } else if (p.label() == Label.NEAR_DUPLICATE) {
        double j = Shingles.jaccard(sh, originals.get(p.story()));
        if (j < lowestNear) {
          lowestNear = j;
          lowestNearWhat = p.story() + " / " + p.variant();
        }
      }
    }
    double highestDistinct = 0;
    String highestWhat = "";
    List<String> ids = new ArrayList<>(originals.keySet());
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        double j = Shingles.jaccard(originals.get(ids.get(a)), originals.get(ids.get(b)));
        if (j > highestDistinct) {
          highestDistinct = j;
          highestWhat = ids.get(a) + " ~ " + ids.get(b);
        }
      }
    }
    out.printf("exact Jaccard, %s: lowest near copy %.3f (%s); highest pair of distinct stories %.3f (%s)%n",
        what, lowestNear, lowestNearWhat, highestDistinct, highestWhat);
  }

  /** Sorted distinct hashes of k-word windows of the normalised text split at spaces only. */
  static long[] whitespaceWordShingles(String text, int k) {
    String[] words = TextNormalizer.normalize(text).split(" ");
    java.util.TreeSet<Long> hashes = new java.util.TreeSet<>();
    for (int i = 0; i < Math.max(1, words.length - k + 1); i++) {
      String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + k)));
      hashes.add(java.util.UUID.nameUUIDFromBytes(window.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .getMostSignificantBits());
    }
    return hashes.stream().mapToLong(Long::longValue).toArray();
  }
}
