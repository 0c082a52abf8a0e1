package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.streams.parse.PageParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages handed to node are the characters newsstream parses, whatever the bytes' charset. */
class ReadabilityRunnerTest {
  private static final String PAGE = "<html><head><title>Café</title></head><body><p>Gebühren für Straßenreinigung, "
      + "Ermäßigung für Härtefälle – „Zitat“ 東京 😀</p></body></html>";

  @Test
  void pagesAreWrittenAsTheParserDecodesThem(@TempDir Path tmp) throws Exception {
    byte[] utf8NoDeclaration = PAGE.getBytes(StandardCharsets.UTF_8); // jsdom on these bytes would read windows-1252
    byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><body><p>Gebühren für Straßenreinigung</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE);
    Path file = tmp.resolve("pages.jsonl");
    ReadabilityRunner.writePages(List.of(new ReadabilityRunner.Input("a", "https://x.example/a", utf8NoDeclaration, null),
        new ReadabilityRunner.Input("b", "https://x.example/b", latin, null),
        new ReadabilityRunner.Input("c", "https://x.example/c", utf16, null)), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    ObjectMapper m = new ObjectMapper();
    JsonNode a = m.readTree(lines.get(0));
    JsonNode b = m.readTree(lines.get(1));
    JsonNode c = m.readTree(lines.get(2));
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("url").asText()).isEqualTo("https://x.example/a");
    assertThat(a.get("html").asText()).isEqualTo(PAGE).isEqualTo(PageParser.decodeForParse(utf8NoDeclaration, null));
    assertThat(b.get("html").asText()).contains("Gebühren für Straßenreinigung")
        .isEqualTo(PageParser.decodeForParse(latin, null));
    assertThat(c.get("html").asText()).contains("Gebühren für Straßenreinigung", "東京 😀").doesNotContain("\u0000");
  }

  @Test
  void chunkOutputGivesPredictionsRejectionsAndReaderability() throws Exception {
    JsonNode root = new ObjectMapper().readTree("""
        {"a": {"articleBody": "Text of a.", "headline": "A", "author": ["By Ann"],
               "datePublished": "2020-01-02T10:00:00Z", "readerable": true},
         "b": {"articleBody": "", "rejected": "parse() returned null", "readerable": false},
         "c": {"articleBody": "Short.", "readerable": false},
         "d": {"articleBody": "", "rejected": "threw Maximum call stack size exceeded"}}""");
    java.util.Map<String, Prediction> predictions = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> rejected = new java.util.LinkedHashMap<>();
    java.util.Set<String> notReaderable = new java.util.TreeSet<>();
    ReadabilityRunner.collect(root, predictions, rejected, notReaderable);
    assertThat(predictions).containsOnlyKeys("a", "b", "c", "d");
    assertThat(predictions.get("a").title()).isEqualTo("A");
    assertThat(predictions.get("a").authors()).containsExactly("By Ann");
    assertThat(predictions.get("a").datePublished()).isEqualTo(java.time.OffsetDateTime.parse("2020-01-02T10:00Z"));
    assertThat(rejected).containsOnlyKeys("b", "d");
    assertThat(rejected.get("b")).isEqualTo("parse() returned null");
    assertThat(notReaderable).as("not readerable is reported, not a rejection").containsExactly("b", "c");
  }

  @Test
  void aDirectoryWithoutTheHarnessIsAClearError(@TempDir Path tmp) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReadabilityRunner(tmp).ensureReady())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no cli.js in")
        .hasMessageContaining("--readability-dir");
  }
}
