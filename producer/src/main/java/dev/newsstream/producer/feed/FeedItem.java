package dev.newsstream.producer.feed;

import dev.newsstream.schema.RawPage;

/**
 * One thing a feed yields: a page to send, a record skipped on purpose (counted by reason), a bad record
 * (reported with its name, e.g. {@code pages.jsonl:17}, and never fatal for the rest of the feed), or a warning.
 */
public sealed interface FeedItem {
  /** Where the item came from, for the summary: a file, {@code file:line}, {@code file@offset}. */
  String name();

  record Page(String name, RawPage page) implements FeedItem {}

  /**
   * Deliberately not sent; {@code reason} is a short category the summary counts ("not HTML", "HTTP 4xx");
   * {@code detail} (may be null) says more about this one item, e.g. which earlier capture a revisit repeats.
   */
  record Skipped(String name, String reason, String detail) implements FeedItem {
    public Skipped(String name, String reason) {
      this(name, reason, null);
    }

    /**
     * The one rule every feed format applies to a known HTTP status: a response outside 2xx (a redirect, an error
     * page) is not the article, and is skipped as "HTTP 3xx", "HTTP 4xx"...; a 2xx or an unknown status (null) is
     * kept, so the same crawl gives the same pages whether it comes as WARC or as JSON lines.
     */
    public static java.util.Optional<Skipped> unlessSuccess(String name, Integer httpStatus) {
      return httpStatus == null || (httpStatus >= 200 && httpStatus <= 299) ? java.util.Optional.empty()
          : java.util.Optional.of(new Skipped(name, "HTTP " + httpStatus / 100 + "xx"));
    }
  }

  record Invalid(String name, String error) implements FeedItem {}

  /**
   * Something the user should know that lost no page: a dropped optional field ({@code pages.jsonl:17}), a framing
   * gap the reader recovered from ({@code file@offset}). Reported in the summary; never counted as a failure.
   */
  record Warning(String name, String message) implements FeedItem {}
}
