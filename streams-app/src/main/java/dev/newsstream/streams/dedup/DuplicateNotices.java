package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import java.time.Instant;

/** Builds the {@link DuplicateNotice} event for a page that duplicates an earlier article. */
public final class DuplicateNotices {
  private DuplicateNotices() {}

  public static DuplicateNotice of(Article page, DuplicateKind kind, String duplicateOf, Double similarity, long detectedAt) {
    return DuplicateNotice.newBuilder()
        .setId(page.getId())
        .setUrl(page.getUrl())
        .setCanonicalUrl(page.getCanonicalUrl())
        .setKind(kind)
        .setDuplicateOf(duplicateOf)
        .setSimilarity(similarity)
        .setContentHash(page.getContentHash())
        .setDetectedAt(Instant.ofEpochMilli(detectedAt))
        .build();
  }
}
