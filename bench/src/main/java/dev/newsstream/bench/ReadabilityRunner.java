package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Runs Mozilla Readability (jsdom) through {@code bench/readability/cli.js} on the same dataset: node does the
 * timing of its own extraction (parse + Readability, one thread) and writes predictions we score ourselves.
 */
final class ReadabilityRunner {
  record Result(Map<String, Prediction> predictions, ExtractBenchCommand.Speed speed) {}

  private final Path dir;

  ReadabilityRunner(Path dir) {
    this.dir = dir;
  }

  Result run(Path dataset, int warmup, double warmupSeconds, int passes) throws IOException, InterruptedException {
    if (!Files.isRegularFile(dir.resolve("cli.js"))) {
      throw new IllegalArgumentException("no cli.js in " + dir.toAbsolutePath()
          + " (run from the repository root or pass --readability-dir)");
    }
    if (!Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
        || !Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
      System.out.println("installing Readability's npm packages into " + dir.resolve("node_modules") + " …");
      exec(List.of("npm", "install", "--no-audit", "--no-fund"), "npm install");
    }
    System.out.println("running Mozilla Readability (node " + dir.resolve("cli.js") + ") on the same pages …");
    Path out = Files.createTempFile("readability-predictions", ".json");
    try {
      String stdout = exec(List.of("node", "cli.js", "--dataset", dataset.toAbsolutePath().toString(),
          "--output", out.toString(), "--warmup", String.valueOf(warmup), "--warmup-seconds",
          String.valueOf(warmupSeconds), "--passes", String.valueOf(passes)),
          "node cli.js");
      String last = stdout.strip().lines().reduce((a, b) -> b).orElse("{}");
      JsonNode summary = new ObjectMapper().readTree(last);
      Map<String, Prediction> predictions = new LinkedHashMap<>();
      JsonNode root = new ObjectMapper().readTree(out.toFile());
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        predictions.put(e.getKey(), Prediction.fromJson(e.getValue()));
      }
      return new Result(predictions, new ExtractBenchCommand.Speed(summary.path("pagesPerSecond").asDouble(),
          summary.path("cpuPagesPerSecond").asDouble()));
    } finally {
      Files.deleteIfExists(out);
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
