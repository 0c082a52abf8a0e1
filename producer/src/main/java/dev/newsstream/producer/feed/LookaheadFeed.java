package dev.newsstream.producer.feed;

import java.util.NoSuchElementException;

/** A feed that reads its items one ahead: subclasses say how to read the next one, or null at the end. */
abstract class LookaheadFeed implements PageFeed {
  private FeedItem next;
  private boolean finished;

  /** The next item of the source, or null when it has no more. */
  protected abstract FeedItem advance();

  @Override
  public final boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
      finished = next == null;
    }
    return next != null;
  }

  @Override
  public final FeedItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    FeedItem item = next;
    next = null;
    return item;
  }
}
