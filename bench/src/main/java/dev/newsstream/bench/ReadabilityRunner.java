package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.streams.parse.PageParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs Mozilla Readability (jsdom) through {@code bench/readability/cli.js} on the same pages, decoded in Java by
 * {@link PageParser#decodeForParse} (the text newsstream parses), so both sides read identical characters: jsdom
 * handed raw bytes decodes a page without a declared charset as windows-1252. Node runs as a fresh process per chunk
 * of pages (bounded heap); each reports the timing of its own extraction (DOM parse + Readability, one thread) and
 * writes predictions we score ourselves.
 */
final class ReadabilityRunner {
  /**
   * Readability's answers: a prediction for every page (empty body when it gave none), why it gave none (page id to
   * "parse() returned null", "parse() returned no text" or "threw …"), the pages its own isProbablyReaderable()
   * turns down, and pages/s of its timed passes (wall and node's user+system CPU).
   */
  record Result(Map<String, Prediction> predictions, Map<String, String> rejected, Set<String> notReaderable,
      ExtractBenchCommand.Speed speed) {}

  /** One page: id, the URL it came from, its bytes as fetched (null charset: none was declared). */
  record Input(String id, String url, byte[] html, String declaredCharset) {}

  static final int DEFAULT_CHUNK = 100;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path dir;
  private final int chunkSize;

  ReadabilityRunner(Path dir) {
    this(dir, DEFAULT_CHUNK);
  }

  ReadabilityRunner(Path dir, int chunkSize) {
    this.dir = dir;
    this.chunkSize = Math.max(1, chunkSize);
  }

  Result run(ExtractionDataset data, int warmup, double warmupSeconds, int passes) throws IOException, InterruptedException {
    List<Input> inputs = new ArrayList<>();
    data.pages().forEach(p -> inputs.add(new Input(p.id(), p.truth().url(), p.html(), null)));
    return run(inputs, warmup, warmupSeconds, passes);
  }

  /** Readability on the pages of a case file, each decoded as {@link PageParser} decodes it (no declared charset). */
  Result run(ExtractionCases cases, int warmup, double warmupSeconds, int passes)
      throws IOException, InterruptedException {
    return run(cases.cases().stream().map(c -> new Input(c.id(), c.url(), c.html(), null)).toList(), warmup, warmupSeconds,
        passes);
  }

  /**
   * Predictions for every page and pages/s over all chunks (total pages / total timed seconds). The warm-up time is
   * shared out over the chunks, at least 2 s each, since every fresh process starts cold.
   */
  Result run(List<Input> pages, int warmup, double warmupSeconds, int passes) throws IOException, InterruptedException {
    ensureReady();
    int chunks = (pages.size() + chunkSize - 1) / chunkSize;
    double chunkWarmup = Math.max(2, warmupSeconds / Math.max(1, chunks));
    System.out.printf("running Mozilla Readability (node %s) on the same decoded pages: %d chunks of up to %d pages, "
        + "one process each …%n", dir.resolve("cli.js"), chunks, chunkSize);
    Map<String, Prediction> predictions = new LinkedHashMap<>();
    Map<String, String> rejected = new LinkedHashMap<>();
    Set<String> notReaderable = new TreeSet<>();
    double seconds = 0;
    double cpuSeconds = 0;
    long timed = 0;
    long started = System.nanoTime();
    for (int from = 0; from < pages.size(); from += chunkSize) {
      List<Input> chunk = pages.subList(from, Math.min(pages.size(), from + chunkSize));
      Path in = Files.createTempFile("readability-pages", ".jsonl");
      Path out = Files.createTempFile("readability-predictions", ".json");
      try {
        writePages(chunk, in);
        String stdout = exec(List.of("node", "cli.js", "--pages", in.toString(), "--output", out.toString(),
            "--warmup", String.valueOf(warmup), "--warmup-seconds", String.valueOf(chunkWarmup),
            "--passes", String.valueOf(passes)), "node cli.js");
        JsonNode summary = MAPPER.readTree(stdout.strip().lines().reduce((a, b) -> b).orElse("{}"));
        seconds += summary.path("seconds").asDouble();
        cpuSeconds += summary.path("cpuSeconds").asDouble();
        timed += summary.path("pages").asLong();
        collect(MAPPER.readTree(out.toFile()), predictions, rejected, notReaderable);
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
      }
      System.out.printf("  readability: chunk %d/%d done, %d/%d pages, %.0f s so far%n", from / chunkSize + 1, chunks,
          from + chunk.size(), pages.size(), (System.nanoTime() - started) / 1e9);
    }
    return new Result(predictions, rejected, notReaderable, new ExtractBenchCommand.Speed(timed / seconds,
        cpuSeconds > 0 ? timed / cpuSeconds : Double.NaN));
  }

  /**
   * Fails fast, before any long run, when Readability cannot run: no cli.js in the directory, no node on PATH, or
   * its npm packages missing and {@code npm ci} unable to install them.
   *
   * @throws IllegalStateException with the reason and what to do about it
   */
  void ensureReady() throws IOException, InterruptedException {
    if (!Files.isRegularFile(dir.resolve("cli.js"))) {
      throw new IllegalStateException("no cli.js in " + dir.toAbsolutePath()
          + " (run from the repository root or pass --readability-dir)");
    }
    exec(List.of("node", "--version"), "node --version");
    if (!hasPackages(dir)) {
      System.out.println("installing Readability's npm packages into " + dir.resolve("node_modules") + " …");
      exec(List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci (needs the npm registry once)");
    }
  }

  /** Whether {@code dir} holds the npm packages cli.js needs (installed by {@code npm ci}). */
  static boolean hasPackages(Path dir) {
    return Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
        && Files.isDirectory(dir.resolve("node_modules/jsdom"));
  }

  /**
   * Reads one chunk's output of cli.js ({id: {articleBody, headline?, author?, datePublished?, rejected?,
   * readerable?}}) into the three maps of a {@link Result}.
   */
  static void collect(JsonNode root, Map<String, Prediction> predictions, Map<String, String> rejected,
      Set<String> notReaderable) {
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      predictions.put(e.getKey(), Prediction.fromJson(e.getValue()));
      if (e.getValue().hasNonNull("rejected")) {
        rejected.put(e.getKey(), e.getValue().get("rejected").asText());
      }
      if (e.getValue().path("readerable").isBoolean() && !e.getValue().get("readerable").asBoolean()) {
        notReaderable.add(e.getKey());
      }
    }
  }

  /** The chunk as cli.js reads it: one {"id", "url", "html"} a line, html decoded as newsstream decodes it. */
  static void writePages(List<Input> chunk, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Input p : chunk) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", p.id());
        line.put("url", p.url());
        line.put("html", PageParser.decodeForParse(p.html(), p.declaredCharset()));
        w.write(MAPPER.writeValueAsString(line));
        w.write('\n');
      }
    }
  }

  private String exec(List<String> command, String what) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new IllegalStateException(what + " failed to start: --compare-readability needs node 18+ and npm on "
          + "PATH (" + e.getMessage() + ")", e);
    }
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException(what + " exited with " + rc);
    }
    return stdout;
  }
}
