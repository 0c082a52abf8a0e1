package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import java.time.Instant;

/** Builds the {@link DuplicateNotice} event for a page that duplicates an earlier article. */
public final class DuplicateNotices {
  private DuplicateNotices() {}

  /** The page's own time as {@link OrderTime} ranks it first, or null when it states neither publication nor fetch. */
  static Instant pageTime(Article page) {
    Long t = OrderTime.statedTime(page);
    return t == null ? null : Instant.ofEpochMilli(t);
  }

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
        .setPageTime(pageTime(page))
        .build();
  }
}
