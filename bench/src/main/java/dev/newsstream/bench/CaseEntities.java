package dev.newsstream.bench;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import dev.newsstream.streams.enrich.EntityExtractor;
import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every entity the enrich stage finds on each parsed page, as the pipeline finds it (the page's detected language
 * picks the model; tags and keywords are evidence; default types, confidence and length cap), one line per entity:
 * {@code id \t language \t TYPE \t text \t canonical \t count \t start-end,start-end...}. Written for diffing the
 * NER output of two builds on the same pages (docs/NER.md); rejected pages and uncovered languages write nothing.
 */
final class CaseEntities {
  private CaseEntities() {}

  static void write(Map<String, ParseOutcome> outcomes, Path file) throws IOException {
    EntityExtractor extractor = EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.5, 100_000);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (Map.Entry<String, ParseOutcome> e : outcomes.entrySet()) {
        if (e.getValue() instanceof ParseOutcome.Parsed p) {
          ParsedArticle a = p.article();
          List<String> evidence = new ArrayList<>(a.tags());
          evidence.addAll(a.keywords());
          for (Entity x : extractor.extract(a.body(), evidence, a.language())) {
            out.println(line(e.getKey(), a.language(), x));
          }
        }
      }
    }
  }

  static String line(String id, String language, Entity x) {
    StringBuilder offsets = new StringBuilder();
    for (Mention m : x.getMentions()) {
      offsets.append(offsets.length() == 0 ? "" : ",").append(m.getStart()).append('-').append(m.getEnd());
    }
    return String.join("\t", id, String.valueOf(language), x.getType(), flat(x.getText()), flat(x.getCanonical()),
        String.valueOf(x.getCount()), offsets);
  }

  private static String flat(CharSequence s) {
    return s.toString().replace('\t', ' ').replace('\n', ' ');
  }
}
