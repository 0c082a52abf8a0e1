package dev.newsstream.streams.dedup;

/**
 * What the URL stage remembers per article id: the current version's content hash and dates.
 * {@code modifiedAt} is -1 when the page did not say; {@code firstSeen} is the article's order time (its first
 * version's crawl time, see {@link OrderTime}); times are epoch milliseconds.
 */
public record UrlState(String contentHash, int version, long modifiedAt, long fetchedAt, long firstSeen, long lastSeen) {
  public static final long NONE = -1L;
}
