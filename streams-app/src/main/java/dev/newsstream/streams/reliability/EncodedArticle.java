package dev.newsstream.streams.reliability;

import dev.newsstream.schema.RejectedPage;

/**
 * An article serialised for the clean topic ({@code bytes}), or why it cannot be written ({@code rejected}):
 * exactly one is set. The sink writes {@code bytes} as they are, so each article is serialised once.
 */
public record EncodedArticle(byte[] bytes, RejectedPage rejected) {
  public static EncodedArticle fits(byte[] bytes) {
    return new EncodedArticle(bytes, null);
  }

  public static EncodedArticle tooLarge(RejectedPage rejected) {
    return new EncodedArticle(null, rejected);
  }

  public boolean isRejected() {
    return rejected != null;
  }
}
