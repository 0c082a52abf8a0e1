package dev.newsstream.streams.parse;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a parser found in one page, before ids, hashes and enrichment. Null means "the page did not say".
 * Timestamps keep the offset the page wrote. Body paragraphs are kept apart so later stages can reason per paragraph.
 */
public record ParsedArticle(
    String canonicalUrl,
    String site,
    String title,
    String summary,
    List<String> authors,
    OffsetDateTime publishedAt,
    OffsetDateTime modifiedAt,
    String section,
    List<String> tags,
    List<String> keywords,
    String language,
    String imageUrl,
    String dateline,
    List<String> paragraphs) {

  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
