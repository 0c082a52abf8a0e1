package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A case file in the {@code cases.jsonl} layout (one JSON object a line): {@code {id, source, page (path of the
 * .html.gz relative to the file's folder), url, kind (news|article|other), must_contain [..], must_not_contain
 * [..], title, authors [..], date, expected_text?}}. Null or empty fields are not scored.
 */
public record ExtractionCases(Path file, List<Case> cases) {

  /** One page and what it must (not) yield. */
  public record Case(String id, String source, String url, String kind, byte[] html, List<String> mustContain,
      List<String> mustNotContain, String title, List<String> authors, String date, String expectedText) {
    /** Whether the page's own markup marks it as a news story or an article (a rejection there is a loss). */
    public boolean isArticle() {
      return "news".equals(kind) || "article".equals(kind);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** @throws IllegalArgumentException when the file is missing, a line is not a case, or a page file is missing */
  public static ExtractionCases load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no case file " + file);
    }
    Path dir = file.toAbsolutePath().getParent();
    List<Case> cases = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = MAPPER.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
      }
      String id = text(n, "id");
      String page = text(n, "page");
      if (id == null || page == null) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + " has no id or page");
      }
      Path html = dir.resolve(page);
      if (!Files.isRegularFile(html)) {
        throw new IllegalArgumentException("case " + id + " names page " + html + ", which is missing");
      }
      cases.add(new Case(id, orElse(text(n, "source"), "-"), text(n, "url"), orElse(text(n, "kind"), "other"),
          ExtractionDataset.gunzip(html), strings(n.get("must_contain")), strings(n.get("must_not_contain")),
          blankToNull(text(n, "title")), strings(n.get("authors")), blankToNull(text(n, "date")),
          blankToNull(text(n, "expected_text"))));
    }
    return new ExtractionCases(file, List.copyOf(cases));
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(v -> {
        if (v.isTextual() && !v.asText().isBlank()) {
          out.add(v.asText());
        }
      });
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String orElse(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
