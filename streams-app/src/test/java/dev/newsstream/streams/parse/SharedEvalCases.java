package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Pages of the shared extraction dev set ({@code ../shared/eval/extraction-dev/cases.jsonl}, found by walking up
 * from the module directory), for tests on real pages that show a fault kind. Skips the test when the set is missing.
 */
final class SharedEvalCases {
  record Case(String id, String url, byte[] html, List<String> mustContain, List<String> mustNotContain) {}

  private record Line(String url, Path page, List<String> mustContain, List<String> mustNotContain) {}

  private static Map<String, Line> lines;

  private SharedEvalCases() {}

  static Case get(String id) {
    Map<String, Line> all = load();
    Assumptions.assumeTrue(all != null, "../shared/eval/extraction-dev is missing: dev-page test skipped");
    Line l = all.get(id);
    Assumptions.assumeTrue(l != null && Files.isRegularFile(l.page()),
        "dev case " + id + " is not in this copy of the dev set: skipped");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(l.page()))) {
      return new Case(id, l.url(), in.readAllBytes(), l.mustContain(), l.mustNotContain());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed body of a dev page, or null when the parser rejected it. */
  static String body(Case c) {
    ParseOutcome out = new PageParser(50 << 20).parse(c.html(), c.url(), null);
    return out instanceof ParseOutcome.Parsed p ? String.join("\n", p.article().paragraphs()) : null;
  }

  static String normalize(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "").replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static synchronized Map<String, Line> load() {
    if (lines != null) {
      return lines;
    }
    Path file = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path f = d.resolve("../shared/eval/extraction-dev/cases.jsonl").normalize();
      if (Files.isRegularFile(f)) {
        file = f;
        break;
      }
    }
    if (file == null) {
      return null;
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Line> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        out.put(n.get("id").asText(), new Line(n.path("url").asText(null),
            file.getParent().resolve(n.get("page").asText()), strings(n.get("must_contain")),
            strings(n.get("must_not_contain"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines = out;
    return out;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }
}
