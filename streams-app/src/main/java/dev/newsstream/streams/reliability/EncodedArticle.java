package dev.newsstream.streams.reliability;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RejectedPage;

/**
 * An article serialised for the clean topic ({@code bytes}), or why it cannot be written ({@code rejected}):
 * exactly one is set. The sink writes {@code bytes} as they are, so each article is serialised once; {@code article}
 * (with the bytes) is what was written, for the analytics that count what reached the clean topic.
 */
public record EncodedArticle(Article article, byte[] bytes, RejectedPage rejected) {
  public static EncodedArticle fits(Article article, byte[] bytes) {
    return new EncodedArticle(article, bytes, null);
  }

  public static EncodedArticle tooLarge(RejectedPage rejected) {
    return new EncodedArticle(null, null, rejected);
  }

  public boolean isRejected() {
    return rejected != null;
  }
}
