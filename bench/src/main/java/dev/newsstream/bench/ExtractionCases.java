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

  /**
   * Reads the file and every page it names (gzipped or plain, by content: {@link ExtractionDataset#readPage}).
   * Paths in messages are normalised ({@code a/../b} printed as {@code b}).
   *
   * @throws IllegalArgumentException with a one-line reason ("FILE line N: ...") when the file is missing, a line is
   *     not a JSON case, an id repeats (both line numbers given), or a page file is missing or unreadable
   */
  public static ExtractionCases load(Path file) {
    Path shown = file.normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no case file " + shown);
    }
    Path dir = file.toAbsolutePath().getParent();
    List<Case> cases = new ArrayList<>();
    java.util.Map<String, Integer> lineOfId = new java.util.HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + shown + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = MAPPER.readTree(lines.get(i));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // getOriginalMessage(): the reason without Jackson's "at [Source: ...]" location suffix
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": not JSON (" + e.getOriginalMessage()
            + ")", e);
      } catch (IOException e) {
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": unreadable (" + e.getMessage() + ")", e);
      }
      if (!n.isObject()) {
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": not a JSON object");
      }
      String id = text(n, "id");
      String page = text(n, "page");
      if (id == null || page == null) {
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": no id or page");
      }
      // A repeated id would be scored twice while --output (keyed by id) keeps one: refuse rather than guess.
      Integer first = lineOfId.putIfAbsent(id, i + 1);
      if (first != null) {
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": duplicate id " + id + " (first on line "
            + first + ")");
      }
      Path html = dir.resolve(page).normalize();
      if (!Files.isRegularFile(html)) {
        throw new IllegalArgumentException(shown + " line " + (i + 1) + ": case " + id + " names page " + html
            + ", which is missing");
      }
      cases.add(new Case(id, orElse(text(n, "source"), "-"), text(n, "url"), orElse(text(n, "kind"), "other"),
          ExtractionDataset.readPage(html), strings(n.get("must_contain")), strings(n.get("must_not_contain")),
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
