package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;

/**
 * The rank that orders an article against its copies: which of two duplicates is the original. It must be a
 * property of the page itself, not of when it reached us, or a backfill (pages sent in any order) would get other
 * verdicts than a live crawl. Two keys, in this order:
 * <ol>
 *   <li>the page's <b>own time</b>: its stated publication time, or its crawl time ({@code fetchedAt}) when it
 *       states none or a later one (a page cannot be published after it was fetched); only a page with neither
 *       falls back to its record timestamp;
 *   <li>its <b>crawl time</b>: a syndicated copy usually states the original's publication time (it copies the
 *       metadata with the text), so the two tie on the first key; the copy is crawled later (it appears after the
 *       original), so it loses the tie instead of winning by a lower article id, which withdrew originals in favour
 *       of their copies (session 9 review).
 * </ol>
 * Ties on both are broken by article id ({@link StoredSignature#before}), so "earlier" is a total order. Re-crawls
 * and updates of one URL inherit the rank of the article's first version ({@link UrlVersioning}).
 *
 * <p>Both keys are packed into one {@code long} ({@link #rank}) so that every record that carries an order time (probes,
 * stored signatures, content owners, matches, verdicts) carries the second key at no cost in bytes or format: the own
 * time in whole minutes (signed, around 2000: years 1873-2127, clamped outside) in the high 27 bits, then the crawl
 * time in milliseconds after the start of that minute in the low 37 bits (exact up to 4.3 years after publication,
 * clamped beyond). So own times within one minute tie (sites often state only the minute) and the earlier crawl
 * wins; a page without a publication time (own time = crawl time) ranks exactly by crawl time. Ranks compare as
 * plain longs.
 */
public final class OrderTime {
  private OrderTime() {}

  static final int CRAWL_BITS = 37;
  private static final long MINUTE = 60_000L;
  /** 2000-01-01T00:00:00Z in epoch ms: own minutes are counted from here. */
  private static final long EPOCH_2000 = 946_684_800_000L;
  private static final long MAX_MINUTES = (1L << (63 - CRAWL_BITS)) - 1;
  private static final long MAX_CRAWL = (1L << CRAWL_BITS) - 1;

  /** The rank of a page (see the class comment); its record timestamp is used only when it states no time at all. */
  public static long of(Article article, long recordTimestamp) {
    long crawled = article.getFetchedAt() == null ? recordTimestamp : article.getFetchedAt().toEpochMilli();
    return rank(ownTime(article, crawled), crawled);
  }

  /**
   * The page's own time in epoch milliseconds (the first key of its rank, not packed): when it says it appeared, for
   * the analytics' windows. Its record timestamp is used only when it states no time at all.
   */
  public static long timeOf(Article article, long recordTimestamp) {
    long crawled = article.getFetchedAt() == null ? recordTimestamp : article.getFetchedAt().toEpochMilli();
    return ownTime(article, crawled);
  }

  /**
   * The page's own time from what it states, in epoch milliseconds: its publication time, else its crawl time
   * ({@code fetchedAt}), the earlier of the two when it states both (as {@link #ownTime}); null when it states
   * neither. What {@code DuplicateNotice.pageTime} carries. Unlike {@link #timeOf} it never falls back to a record
   * timestamp, and a missing time is null, never a sentinel: until session 10 a page without a publication time
   * was given {@code Long.MAX_VALUE} here (review 10: year 292278994 on articles.duplicates, which fastavro cannot
   * read).
   */
  public static Long statedTime(Article article) {
    if (article.getFetchedAt() == null) {
      return article.getPublishedAt() == null ? null : article.getPublishedAt().toEpochMilli();
    }
    return ownTime(article, article.getFetchedAt().toEpochMilli());
  }

  /** Epoch milliseconds: the publication time, or the crawl time when it states none or a later one. */
  static long ownTime(Article article, long crawled) {
    return article.getPublishedAt() == null ? crawled : Math.min(article.getPublishedAt().toEpochMilli(), crawled);
  }

  /**
   * Orders as (the minute of {@code ownTime}, {@code crawled}) lexicographically (class comment).
   *
   * @param ownTime epoch ms
   * @param crawled epoch ms; a crawl before the minute of {@code ownTime} counts as at its start
   */
  public static long rank(long ownTime, long crawled) {
    long minutes = Math.floorDiv(ownTime - EPOCH_2000, MINUTE);
    long m = Math.max(-MAX_MINUTES, Math.min(MAX_MINUTES, minutes));
    long after = m != minutes ? (minutes < m ? 0 : MAX_CRAWL)
        : Math.max(0L, Math.min(MAX_CRAWL, crawled - (EPOCH_2000 + minutes * MINUTE)));
    return (m << CRAWL_BITS) | after;
  }
}
