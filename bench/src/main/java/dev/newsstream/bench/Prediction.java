package dev.newsstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.streams.parse.DateParsing;
import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One extractor's answer for one page, in the benchmark's prediction shape (null: the extractor did not say). */
public record Prediction(String articleBody, String title, OffsetDateTime datePublished, List<String> authors) {
  public static final Prediction NONE = new Prediction("", null, null, null);

  public static Prediction of(ParseOutcome outcome) {
    if (outcome instanceof ParseOutcome.Parsed parsed) {
      ParsedArticle a = parsed.article();
      return new Prediction(String.join("\n", a.paragraphs()), a.title(), a.publishedAt(), a.authors());
    }
    return NONE;
  }

  public ObjectNode toJson(ObjectNode node) {
    node.put("articleBody", articleBody);
    if (title != null) {
      node.put("headline", title);
    }
    if (datePublished != null) {
      node.put("datePublished", datePublished.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (authors != null) {
      authors.forEach(node.putArray("author")::add);
    }
    return node;
  }

  public static Prediction fromJson(JsonNode n) {
    ExtractionDataset.Truth t = ExtractionDataset.truth(n);
    OffsetDateTime date = t.datePublished() == null ? null : DateParsing.parseOffset(t.datePublished()).orElse(null);
    return new Prediction(t.articleBody(), t.title(), date, t.authors() == null ? null : new ArrayList<>(t.authors()));
  }
}
