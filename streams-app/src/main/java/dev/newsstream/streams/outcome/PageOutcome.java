package dev.newsstream.streams.outcome;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RejectedPage;

/** What became of one raw page as it flows through the stages: exactly one of the three is set. */
public record PageOutcome(Article article, DuplicateNotice duplicate, RejectedPage rejected) {
  public static PageOutcome article(Article a) {
    return new PageOutcome(a, null, null);
  }

  public static PageOutcome duplicate(DuplicateNotice d) {
    return new PageOutcome(null, d, null);
  }

  public static PageOutcome rejected(RejectedPage r) {
    return new PageOutcome(null, null, r);
  }

  public boolean isArticle() {
    return article != null;
  }

  public boolean isDuplicate() {
    return duplicate != null;
  }

  public boolean isRejected() {
    return rejected != null;
  }
}
