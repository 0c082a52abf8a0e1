package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;

/**
 * The time that ranks an article against its copies: which of two duplicates is the original. It must be a
 * property of the page itself, not of when it reached us, or a backfill (pages sent in any order) would get other
 * verdicts than a live crawl. So it is the page's stated publication time, or its crawl time ({@code fetchedAt})
 * when it states none or a later one (a page cannot be published after it was fetched); only a page with neither
 * falls back to its record timestamp. Re-crawls and updates of one URL keep their publication time, so an
 * article's rank does not depend on which of its versions arrived first. Ties are broken by article id
 * ({@link StoredSignature#before}), which makes "earlier" a total order.
 */
public final class OrderTime {
  private OrderTime() {}

  /** Epoch milliseconds; see the class comment. */
  public static long of(Article article, long recordTimestamp) {
    long fetched = article.getFetchedAt() == null ? recordTimestamp : article.getFetchedAt().toEpochMilli();
    return article.getPublishedAt() == null ? fetched : Math.min(article.getPublishedAt().toEpochMilli(), fetched);
  }
}
