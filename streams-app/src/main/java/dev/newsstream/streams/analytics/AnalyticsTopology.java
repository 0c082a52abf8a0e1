package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.StoryEvent;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.serde.EventSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The analytics sub-topology (docs/ANALYTICS.md), fed by what the pipeline writes:
 *
 * <pre>
 *   articles.clean content (article | tombstone) ─contribution per id─► Δ counts by TYPE|NAME ─repartition─►
 *       window store per size (analytics-trends-1h, ...) ──► analytics.entity-trends
 *   clean articles + duplicate notices ─membership per id─► story events by original id ─repartition─►
 *       analytics-stories ──► analytics.story-reach
 * </pre>
 * Everything stays inside the topology's transactions: under exactly_once_v2 a count changes exactly once per
 * clean article version, whatever crashes.
 */
public final class AnalyticsTopology {
  private AnalyticsTopology() {}

  /**
   * @param clean the records written to the clean topic, keyed by article id: the article, or null for a tombstone
   * @param notices the duplicate notices, keyed by the duplicate's id, in the same task as {@code clean}
   */
  public static void attach(StreamsBuilder builder, KStream<String, Article> clean,
      KStream<String, DuplicateNotice> notices, StreamsAppConfig config, EventSerdes serdes) {
    attach(builder, clean, notices, config, serdes, PipelineMetrics.discarding());
  }

  /** As above; {@code metrics} counts the trend changes dropped for closed windows. */
  public static void attach(StreamsBuilder builder, KStream<String, Article> clean,
      KStream<String, DuplicateNotice> notices, StreamsAppConfig config, EventSerdes serdes, PipelineMetrics metrics) {
    StreamsAppConfig.Analytics settings = config.analytics();
    if (!settings.enabled()) {
      return;
    }
    trends(builder, clean, settings, serdes, metrics);
    stories(builder, clean, notices, settings, serdes);
  }

  private static void trends(StreamsBuilder builder, KStream<String, Article> clean,
      StreamsAppConfig.Analytics settings, EventSerdes serdes, PipelineMetrics metrics) {
    List<TrendWindow> windows = settings.windows();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AnalyticsStores.ARTICLE_ENTITIES),
        Serdes.String(), new AvroSerde<>(ArticleEntities.class)));
    KStream<String, EntityDeltas> deltas = clean.process(
            () -> new TrendContributionProcessor(windows, settings.entityShards()),
            Named.as("analytics-contribution"), AnalyticsStores.ARTICLE_ENTITIES)
        .repartition(Repartitioned.with(Serdes.String(), new AvroSerde<>(EntityDeltas.class))
            .withName("analytics-by-entity-shard").withNumberOfPartitions(settings.entityShards())
            .withStreamPartitioner(EntityShards.partitioner()));
    counted(builder, deltas, settings, metrics)
        .to(settings.trendsTopic(), Produced.with(Serdes.String(), serdes.entityTrend()).withName("analytics-trends-sink"));
  }

  /**
   * The trends task: {@code deltas} (one entity shard's changes per record) added into the window stores; returns
   * the trends topic's records (key {@link TrendKey#topicKey()}, the count at each commit, null when it fell to zero).
   */
  static KStream<String, EntityTrend> counted(StreamsBuilder builder, KStream<String, EntityDeltas> deltas,
      StreamsAppConfig.Analytics settings, PipelineMetrics metrics) {
    List<TrendWindow> windows = settings.windows();
    // Record caches on the stores the trends task reads and writes for every change: hot keys (the stream time,
    // entities named by many pages) are served from memory and reach RocksDB and the changelog once per commit
    // interval instead of once per change. The window stores' caches also coalesce the output topic: a count is
    // written when the cache flushes it, at the commit (TrendFlushForwarder), not at each change.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AnalyticsStores.TRENDS_TIME),
        Serdes.String(), Serdes.Long()).withCachingEnabled());
    String[] trendStores = new String[windows.size() + 1];
    trendStores[windows.size()] = AnalyticsStores.TRENDS_TIME;
    for (int i = 0; i < windows.size(); i++) {
      TrendWindow w = windows.get(i);
      trendStores[i] = AnalyticsStores.trends(w);
      builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(trendStores[i],
          retention(w, settings), w.size(), false), Serdes.String(), new CountsSerde()).withCachingEnabled());
    }
    return deltas.process(() -> new TrendAggregator(windows, settings.grace(), metrics::lateTrendChange),
        Named.as("analytics-trends"), trendStores);
  }

  /** Windows kept queryable, and at least the grace period after a window's end (a late change must find it). */
  static Duration retention(TrendWindow w, StreamsAppConfig.Analytics settings) {
    return w.size().multipliedBy(settings.windowsKept()).plus(settings.grace()).plus(w.size());
  }

  private static void stories(StreamsBuilder builder, KStream<String, Article> clean,
      KStream<String, DuplicateNotice> notices, StreamsAppConfig.Analytics settings, EventSerdes serdes) {
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AnalyticsStores.MEMBERSHIP),
        Serdes.String(), new AvroSerde<>(StoryEvent.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AnalyticsStores.STORIES),
        Serdes.String(), serdes.storyReach()));
    KStream<String, PageOutcome> outcomes = clean
        .filter((id, a) -> a != null, Named.as("analytics-published"))
        .mapValues(PageOutcome::article, Named.as("analytics-published-outcome"))
        .merge(notices.mapValues(PageOutcome::duplicate, Named.as("analytics-notice-outcome")),
            Named.as("analytics-outcomes"));
    outcomes.process(StoryMembershipProcessor::new, Named.as("analytics-membership"), AnalyticsStores.MEMBERSHIP)
        .repartition(Repartitioned.with(Serdes.String(), new AvroSerde<>(StoryEvent.class))
            .withName("analytics-by-story"))
        .process(StoryProcessor::new, Named.as("analytics-stories"), AnalyticsStores.STORIES)
        .to(settings.storiesTopic(), Produced.with(Serdes.String(), serdes.storyReach()).withName("analytics-stories-sink"));
  }
}
