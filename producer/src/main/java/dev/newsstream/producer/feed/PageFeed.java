package dev.newsstream.producer.feed;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A source of pages: one file, a WARC, a JSON-lines file, stdin. Iterating may throw
 * {@link java.io.UncheckedIOException} when the source itself becomes unreadable; single bad records are
 * {@link FeedItem.Invalid} items instead.
 */
public interface PageFeed extends Iterator<FeedItem>, Closeable {
  /** The source's name for messages (path or {@code <stdin>}). */
  String name();

  /** Bytes of the source consumed so far (compressed bytes for .gz), for progress and ETA. */
  long position();

  @Override
  void close();
}
