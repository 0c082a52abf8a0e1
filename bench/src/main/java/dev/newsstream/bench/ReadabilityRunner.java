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

/**
 * Runs Mozilla Readability (jsdom) through {@code bench/readability/cli.js} on the same pages, decoded in Java by
 * {@link PageParser#decodeForParse} (the text newsstream parses), so both sides read identical characters: jsdom
 * handed raw bytes decodes a page without a declared charset as windows-1252. Node runs as a fresh process per chunk
 * of pages (bounded heap); each reports the timing of its own extraction (DOM parse + Readability, one thread) and
 * writes predictions we score ourselves.
 */
final class ReadabilityRunner {
  record Result(Map<String, Prediction> predictions, ExtractBenchCommand.Speed speed) {}

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

  /**
   * Predictions for every page and pages/s over all chunks (total pages / total timed seconds). The warm-up time is
   * shared out over the chunks, at least 2 s each, since every fresh process starts cold.
   */
  Result run(List<Input> pages, int warmup, double warmupSeconds, int passes) throws IOException, InterruptedException {
    if (!Files.isRegularFile(dir.resolve("cli.js"))) {
      throw new IllegalArgumentException("no cli.js in " + dir.toAbsolutePath()
          + " (run from the repository root or pass --readability-dir)");
    }
    if (!Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
        || !Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
      System.out.println("installing Readability's npm packages into " + dir.resolve("node_modules") + " …");
      exec(List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci");
    }
    int chunks = (pages.size() + chunkSize - 1) / chunkSize;
    double chunkWarmup = Math.max(2, warmupSeconds / Math.max(1, chunks));
    System.out.printf("running Mozilla Readability (node %s) on the same decoded pages: %d chunks of up to %d pages, "
        + "one process each …%n", dir.resolve("cli.js"), chunks, chunkSize);
    Map<String, Prediction> predictions = new LinkedHashMap<>();
    double seconds = 0;
    double cpuSeconds = 0;
    long timed = 0;
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
        JsonNode root = MAPPER.readTree(out.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          predictions.put(e.getKey(), Prediction.fromJson(e.getValue()));
        }
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
      }
    }
    return new Result(predictions, new ExtractBenchCommand.Speed(timed / seconds,
        cpuSeconds > 0 ? timed / cpuSeconds : Double.NaN));
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
      throw new IllegalStateException(what + " failed to start: is node/npm on PATH? (" + e.getMessage() + ")", e);
    }
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IllegalStateException(what + " exited with " + rc);
    }
    return stdout;
  }
}
