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
 * stored signatures, content owners, matches, verdicts) carries the second key at no cost in bytes or format:
 * the own time in milliseconds in the high 44 bits (signed: years 1692-2248; times outside are clamped), the crawl
 * delay after it in the low 20 bits, exact up to 32.8 s and then to 15 significant bits (a float-like code: a
 * delay of an hour is kept to 0.07 s, a day to 2.1 s, a year to 9 minutes). Two copies crawled within that
 * resolution of each other tie on the delay and fall back to the id. Ranks compare as plain longs.
 */
public final class OrderTime {
  private OrderTime() {}

  static final int DELAY_BITS = 20;
  private static final int MANTISSA_BITS = 15;
  private static final long MAX_TIME = (1L << 43) - 1;
  /** Largest delay the code can tell apart from a longer one: exponent 31, ~2,230 years. */
  private static final long MAX_DELAY = (1L << (MANTISSA_BITS + (1 << (DELAY_BITS - MANTISSA_BITS)) - 1)) - 1;

  /** The rank of a page (see the class comment); its record timestamp is used only when it states no time at all. */
  public static long of(Article article, long recordTimestamp) {
    long crawled = article.getFetchedAt() == null ? recordTimestamp : article.getFetchedAt().toEpochMilli();
    return rank(ownTime(article, crawled), crawled);
  }

  /** Epoch milliseconds: the publication time, or the crawl time when it states none or a later one. */
  static long ownTime(Article article, long crawled) {
    return article.getPublishedAt() == null ? crawled : Math.min(article.getPublishedAt().toEpochMilli(), crawled);
  }

  /**
   * Orders as (ownTime, crawled) lexicographically, up to the delay's resolution (class comment).
   *
   * @param ownTime epoch ms
   * @param crawled epoch ms; a crawl before {@code ownTime} counts as a delay of 0
   */
  public static long rank(long ownTime, long crawled) {
    long t = Math.max(-MAX_TIME, Math.min(MAX_TIME, ownTime));
    return (t << DELAY_BITS) | delayCode(crawled - ownTime);
  }

  /** Monotone (non-decreasing) in the delay, in [0, 2^20): linear below 2^15 ms, then exponent and mantissa. */
  static long delayCode(long delayMillis) {
    long d = Math.max(0L, Math.min(MAX_DELAY, delayMillis));
    if (d < (1L << MANTISSA_BITS)) {
      return d;
    }
    int e = 63 - Long.numberOfLeadingZeros(d);
    return ((long) (e - MANTISSA_BITS + 1) << MANTISSA_BITS) | ((d >>> (e - MANTISSA_BITS)) & ((1L << MANTISSA_BITS) - 1));
  }
}
