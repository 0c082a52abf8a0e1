package dev.newsstream.streams.analytics;

import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.WindowChange;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per entity shard (after the repartition; one record holds the changes an article version makes to the entities
 * of one shard, see {@link EntityShards}): adds each entity's count changes into one window store per window size;
 * the trends topic (key {@link TrendKey#topicKey()}; null when a count falls to zero) gets each changed count when
 * the store's record cache flushes it, at the commit ({@link TrendFlushForwarder}), or at each change for a store
 * without a cache. A change
 * for a window that closed (its end plus the grace period is at or before this stage's stream time, the latest
 * article time it has seen) is dropped: closed windows are final, as in Kafka Streams' own windowed aggregations.
 * That stream time is kept in a store, not taken from the task: a task's stream time also counts the record
 * timestamps of whatever else shares the task, and a restart must drop exactly what the crashed run dropped.
 * An article with no date of its own counts at its fetch time (now), which closes every window older than the
 * grace: a backfill of older pages sent after it is mostly dropped. So drops are counted ({@code onDrop}, the
 * metric newsstream_analytics_late_changes_total) and the first one is a WARN naming analytics.grace.
 */
final class TrendAggregator implements Processor<String, EntityDeltas, String, EntityTrend> {
  private static final Logger LOG = LoggerFactory.getLogger(TrendAggregator.class);
  private final Map<String, TrendWindow> windows = new HashMap<>();
  private final long graceMs;
  private final Map<String, WindowStore<String, EntityContributions.Counts>> stores = new HashMap<>();
  /** Window labels whose store forwards its changes itself, at each cache flush ({@link TrendFlushForwarder}). */
  private final Set<String> coalesced = new HashSet<>();
  private ProcessorContext<String, EntityTrend> context;
  private KeyValueStore<String, Long> streamTime;
  private final Runnable onDrop;
  private long dropped;

  /** @param onDrop called once per dropped change (a window closed for good), e.g. to count it */
  TrendAggregator(List<TrendWindow> windows, Duration grace, Runnable onDrop) {
    windows.forEach(w -> this.windows.put(w.label(), w));
    this.graceMs = grace.toMillis();
    this.onDrop = onDrop;
  }

  @Override
  public void init(ProcessorContext<String, EntityTrend> context) {
    this.context = context;
    for (TrendWindow w : windows.values()) {
      WindowStore<String, EntityContributions.Counts> store = context.getStateStore(AnalyticsStores.trends(w));
      stores.put(w.label(), store);
      if (TrendFlushForwarder.install(context, store, w)) {
        coalesced.add(w.label());
      }
    }
    streamTime = context.getStateStore(AnalyticsStores.TRENDS_TIME);
  }

  /** The latest article time seen, this record's included. */
  private long advance(long timestamp) {
    Long seen = streamTime.get(AnalyticsStores.TRENDS_TIME);
    if (seen == null || timestamp > seen) {
      streamTime.put(AnalyticsStores.TRENDS_TIME, timestamp);
      return timestamp;
    }
    return seen;
  }

  @Override
  public void process(Record<String, EntityDeltas> record) {
    EntityDeltas batch = record.value();
    if (batch == null) {
      return;
    }
    // One stream-time read (and at most one write) per batch: all its changes come from one article version.
    long streamTime = advance(batch.getTime());
    for (EntityDelta d : batch.getEntities()) {
      String entityKey = TrendKey.entityKey(d.getType(), d.getName());
      for (WindowChange c : d.getChanges()) {
        apply(record, entityKey, d, c, streamTime);
      }
    }
  }

  private void apply(Record<String, EntityDeltas> record, String entityKey, EntityDelta d, WindowChange c,
      long streamTime) {
    TrendWindow window = windows.get(c.getWindow());
    if (window == null) {
      return; // a window size no longer configured: its changes have nowhere to go
    }
    long end = c.getWindowStart() + window.sizeMs();
    if (end + graceMs <= streamTime) {
      onDrop.run();
      if (dropped++ == 0) {
        LOG.warn("Analytics: trend changes for closed windows are being dropped, first {} {} (its end plus "
            + "analytics.grace {} is before the latest article time seen, {}). Older pages, e.g. a backfill, are "
            + "not counted in the trends; set analytics.grace to cover their age to count them "
            + "(docs/ANALYTICS.md). Counted in newsstream_analytics_late_changes_total.", window.label(),
            Instant.ofEpochMilli(c.getWindowStart()), Duration.ofMillis(graceMs), Instant.ofEpochMilli(streamTime));
      } else if (dropped % 1000 == 0) {
        LOG.info("Analytics: change for closed window {} {} dropped ({} so far; analytics.grace {})",
            window.label(), Instant.ofEpochMilli(c.getWindowStart()), dropped, Duration.ofMillis(graceMs));
      }
      return;
    }
    WindowStore<String, EntityContributions.Counts> store = stores.get(window.label());
    EntityContributions.Counts next = EntityContributions.add(store.fetch(entityKey, c.getWindowStart()),
        new EntityContributions.Counts(c.getArticles(), c.getMentions()));
    store.put(entityKey, next, c.getWindowStart());
    if (coalesced.contains(window.label())) {
      return; // written when the cache flushes (at the commit), with the count it then has
    }
    EntityTrend trend = next == null ? null : CountsSerde.trend(window, c.getWindowStart(), d.getType(), d.getName(), next);
    TrendKey key = new TrendKey(window.label(), c.getWindowStart(), d.getType(), d.getName());
    context.forward(new Record<>(key.topicKey(), trend, record.timestamp(), record.headers()));
  }
}
