package dev.newsstream.producer.ingest;

/**
 * Bounds the pages and bytes accepted over HTTP but not yet acknowledged by Kafka. When full, the ingest
 * endpoint answers 429 at once instead of queueing without bound: the crawler slows down, memory stays flat.
 */
public final class InFlightLimit {
  private final int maxPages;
  private final long maxBytes;
  private int pages;
  private long bytes;

  public InFlightLimit(int maxPages, long maxBytes) {
    if (maxPages < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("in-flight limits must be positive");
    }
    this.maxPages = maxPages;
    this.maxBytes = maxBytes;
  }

  /** Whether a request of this size could ever pass (else it is too large, not merely early). */
  public boolean fits(int requestPages, long requestBytes) {
    return requestPages <= maxPages && requestBytes <= maxBytes;
  }

  /** Takes room for a request, all or nothing. */
  public synchronized boolean tryAcquire(int requestPages, long requestBytes) {
    if (pages + requestPages > maxPages || bytes + requestBytes > maxBytes) {
      return false;
    }
    pages += requestPages;
    bytes += requestBytes;
    return true;
  }

  public synchronized void release(int releasedPages, long releasedBytes) {
    pages -= releasedPages;
    bytes -= releasedBytes;
  }

  public synchronized int pages() {
    return pages;
  }

  public synchronized long bytes() {
    return bytes;
  }

  public int maxPages() {
    return maxPages;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
