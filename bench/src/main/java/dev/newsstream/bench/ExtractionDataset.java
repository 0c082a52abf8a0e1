package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A dataset in the article-extraction-benchmark layout: {@code html/<id>.html.gz} (gzipped page bytes) and
 * {@code ground-truth.json} = {id: {"articleBody": ..., "url": ..., optional "headline"/"title", "datePublished",
 * "author"/"authors" (string, object with name, or list)}}.
 */
public record ExtractionDataset(Path dir, List<Page> pages) {

  /** What the truth says about one page; null fields are not scored. */
  public record Truth(String url, String articleBody, String title, String datePublished, List<String> authors) {}

  public record Page(String id, byte[] html, Truth truth) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static ExtractionDataset load(Path dir) {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IllegalArgumentException("no ground-truth.json in " + dir
          + " (expected the article-extraction-benchmark layout: ground-truth.json + html/<id>.html.gz)");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(truthFile.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("ground-truth.json is not valid JSON: " + e.getMessage(), e);
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("ground-truth.json must be an object keyed by page id");
    }
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) {
        throw new IllegalArgumentException("ground truth names page " + e.getKey() + " but " + html + " is missing");
      }
      pages.add(new Page(e.getKey(), readPage(html), truth(e.getValue())));
    }
    return new ExtractionDataset(dir, List.copyOf(pages));
  }

  static Truth truth(JsonNode n) {
    String title = text(n, "headline");
    if (title == null) {
      title = text(n, "title");
    }
    JsonNode authors = n.has("author") ? n.get("author") : n.get("authors");
    List<String> names = null;
    if (authors != null && !authors.isNull()) {
      names = new ArrayList<>();
      if (authors.isArray()) {
        for (JsonNode a : authors) {
          addName(a, names);
        }
      } else {
        addName(authors, names);
      }
    }
    String body = text(n, "articleBody");
    return new Truth(text(n, "url"), body == null ? "" : body, title, text(n, "datePublished"), names);
  }

  private static void addName(JsonNode a, List<String> names) {
    String name = a.isObject() ? text(a, "name") : a.asText(null);
    if (name != null && !name.isBlank()) {
      names.add(name.strip());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * A page's bytes, read by content rather than by name: gunzipped when the file starts with the gzip magic bytes
   * (1f 8b), as is otherwise (a plain .html page).
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or its gzip stream is corrupt
   */
  static byte[] readPage(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      // Its message is only the path: say what is wrong, and where a relative path was looked for.
      throw new IllegalArgumentException("cannot read page " + file.normalize() + ": no such file (looked for "
          + file.toAbsolutePath().normalize() + ")", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read page " + file.normalize() + ": " + e.getMessage(), e);
    }
    if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalArgumentException("page " + file.normalize() + " starts as gzip but cannot be unpacked: "
          + e.getMessage(), e);
    }
  }
}
