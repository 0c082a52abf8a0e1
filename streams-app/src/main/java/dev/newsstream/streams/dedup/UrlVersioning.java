package dev.newsstream.streams.dedup;

/**
 * Pure decision of the URL stage: what a page means given what is stored for its article id (canonical URL).
 *
 * <ul>
 *   <li>new id: first version (version 1);
 *   <li>same normalised body: a re-crawl, {@code SAME_URL} notice;
 *   <li>changed body and newer: an update, version + 1, same id;
 *   <li>changed body but older (its modifiedAt, or when both lack one its fetch time, is before the stored
 *       version's): a late, stale re-crawl. It must not replace the newer version, so it becomes a
 *       {@code SAME_URL} notice too (with no similarity: the bodies differ).
 * </ul>
 */
public final class UrlVersioning {
  private UrlVersioning() {}

  public enum Kind { FIRST, UNCHANGED, UPDATE, STALE }

  /** {@code state} is what to store afterwards. */
  public record Decision(Kind kind, int version, long orderTime, UrlState state) {}

  /**
   * @param modifiedAt the page's modification time, or {@link UrlState#NONE}
   * @param eventTime the page's event time (fetch time, the record timestamp)
   */
  public static Decision decide(UrlState stored, String contentHash, long modifiedAt, long eventTime) {
    return decide(stored, contentHash, modifiedAt, eventTime, eventTime);
  }

  /**
   * As above, with the page's own order time (its crawl time when known, see {@link OrderTime}): a first version
   * keeps it as the article's order time; later versions inherit the stored one.
   */
  public static Decision decide(UrlState stored, String contentHash, long modifiedAt, long eventTime, long orderTime) {
    if (stored == null) {
      return new Decision(Kind.FIRST, 1, orderTime,
          new UrlState(contentHash, 1, modifiedAt, eventTime, orderTime, eventTime));
    }
    long lastSeen = Math.max(stored.lastSeen(), eventTime);
    if (stored.contentHash().equals(contentHash)) {
      return new Decision(Kind.UNCHANGED, stored.version(), stored.firstSeen(), withLastSeen(stored, lastSeen));
    }
    boolean older = modifiedAt != UrlState.NONE && stored.modifiedAt() != UrlState.NONE && modifiedAt != stored.modifiedAt()
        ? modifiedAt < stored.modifiedAt()
        : eventTime < stored.fetchedAt();
    if (older) {
      return new Decision(Kind.STALE, stored.version(), stored.firstSeen(), withLastSeen(stored, lastSeen));
    }
    int version = stored.version() + 1;
    // The order time stays the first version's: an update must not become "later" than copies of itself.
    return new Decision(Kind.UPDATE, version, stored.firstSeen(),
        new UrlState(contentHash, version, modifiedAt, eventTime, stored.firstSeen(), lastSeen));
  }

  private static UrlState withLastSeen(UrlState s, long lastSeen) {
    return new UrlState(s.contentHash(), s.version(), s.modifiedAt(), s.fetchedAt(), s.firstSeen(), lastSeen);
  }
}
