package dev.newsstream.streams.analytics;

import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.internals.Change;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Writes a trend window store's changes to the trends topic when its record cache flushes them (at each commit,
 * or when the cache evicts an entry), not at each change: an entity named by many pages within one commit interval
 * gives one record per window with its count at the commit, not one per page. This is how Kafka Streams' own cached
 * windowed aggregations emit (KStreamWindowAggregate with TimestampedCacheFlushListener): the cache flush runs while
 * the task commits, inside its transaction, before the changelog writes and the commit, so under exactly-once the
 * records commit or abort with the counts they carry.
 *
 * <p>Kafka glue on Streams internals (the public Processor API has no hook at the commit): the store's cache flush
 * listener ({@link WrappedStateStore#setFlushListener}) and, while it forwards, the processor node that owns the
 * store as the context's current node (a flush at commit runs outside any processor). Record key: {@link
 * TrendKey#topicKey()}; value: the new count as an {@link EntityTrend}, null (tombstone) when it fell to zero and
 * the topic had a count (a key created and emptied between two commits is not written at all). Timestamp and headers:
 * those of the input record that made the last change.
 */
final class TrendFlushForwarder {
  private TrendFlushForwarder() {}

  /**
   * Installs the forwarding on {@code store} (as returned by {@code context.getStateStore} in {@code init}, while the
   * context's current node is the processor that owns the store). False when the store has no record cache (then
   * nothing is installed and the caller must forward each change itself).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static boolean install(ProcessorContext<String, EntityTrend> context,
      WindowStore<String, EntityContributions.Counts> store, TrendWindow window) {
    if (!(store instanceof WrappedStateStore wrapped) || !(context instanceof InternalProcessorContext internal)) {
      return false;
    }
    ProcessorNode owner = internal.currentNode();
    return wrapped.setFlushListener(change -> {
      Record<Windowed<String>, Change<EntityContributions.Counts>> r =
          (Record) change;
      long start = r.key().window().start();
      EntityContributions.Counts now = r.value().newValue;
      String entityKey = r.key().key();
      int bar = entityKey.indexOf('|');
      TrendKey key = new TrendKey(window.label(), start, entityKey.substring(0, bar), entityKey.substring(bar + 1));
      EntityTrend trend = now == null ? null : CountsSerde.trend(window, start, key.type(), key.name(), now);
      ProcessorNode previous = internal.currentNode();
      internal.setCurrentNode(owner);
      try {
        internal.forward(new Record<>(key.topicKey(), trend, r.timestamp(), r.headers()));
      } finally {
        internal.setCurrentNode(previous);
      }
    }, false);
  }
}
