package dev.newsstream.streams.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a dedup store bounded by the horizon: a stream-time punctuation rewrites or deletes entries older
 * than stream time minus the horizon. Stream time (event time), not wall-clock, so that replaying old data
 * or a restarted instance judges age the same way; deletes go through the changelog like any write.
 */
final class StoreExpiry {
  private StoreExpiry() {}

  /** How often to sweep: a small share of the horizon, between one minute and one hour. */
  static Duration interval(Duration horizon) {
    Duration d = horizon.dividedBy(48);
    return d.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
        : d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
  }

  /** {@code retain(value, cutoff)} returns the value to keep (the same object for no change) or null to delete. */
  static <K, V> void schedule(ProcessingContext context, KeyValueStore<K, V> store, Duration horizon,
      BiFunction<V, Long, V> retain) {
    context.schedule(interval(horizon), PunctuationType.STREAM_TIME, streamTime -> {
      long cutoff = streamTime - horizon.toMillis();
      List<KeyValue<K, V>> changes = new ArrayList<>();
      try (KeyValueIterator<K, V> it = store.all()) {
        while (it.hasNext()) {
          KeyValue<K, V> kv = it.next();
          V kept = retain.apply(kv.value, cutoff);
          if (kept != kv.value) {
            changes.add(KeyValue.pair(kv.key, kept));
          }
        }
      }
      changes.forEach(kv -> {
        if (Objects.isNull(kv.value)) {
          store.delete(kv.key);
        } else {
          store.put(kv.key, kv.value);
        }
      });
    });
  }
}
