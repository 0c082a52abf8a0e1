package dev.newsstream.streams.parse;

/** Result of parsing one page: an article, or a rejection with a reason code and a readable message. */
public sealed interface ParseOutcome {
  record Parsed(ParsedArticle article) implements ParseOutcome {}

  record Rejected(RejectReason reason, String message, Throwable cause) implements ParseOutcome {}

  static ParseOutcome rejected(RejectReason reason, String message) {
    return new Rejected(reason, message, null);
  }
}
