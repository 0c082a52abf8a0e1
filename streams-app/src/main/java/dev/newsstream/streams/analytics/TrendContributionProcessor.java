package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per article id (the clean topic's key, no repartition): keeps the article's current contribution and sends the
 * change of counts, one record per entity shard ({@link EntityShards}, key: the shard number), carrying the
 * article's own time (the aggregator's stream time, against which the grace period is measured). Input: the article as written to the clean topic, or null when it was
 * withdrawn (tombstone).
 */
final class TrendContributionProcessor implements Processor<String, Article, String, EntityDeltas> {
  private final List<TrendWindow> windows;
  private final int shards;
  private ProcessorContext<String, EntityDeltas> context;
  private KeyValueStore<String, ArticleEntities> contributions;

  /** @param shards analytics.entity.shards: the partitions of the repartition topic */
  TrendContributionProcessor(List<TrendWindow> windows, int shards) {
    this.windows = windows;
    this.shards = shards;
  }

  @Override
  public void init(ProcessorContext<String, EntityDeltas> context) {
    this.context = context;
    this.contributions = context.getStateStore(AnalyticsStores.ARTICLE_ENTITIES);
  }

  @Override
  public void process(Record<String, Article> record) {
    if (record.key() == null) {
      return;
    }
    ArticleEntities before = contributions.get(record.key());
    ArticleEntities after = EntityContributions.of(record.value());
    if (before == null && after == null) {
      return;
    }
    if (after == null) {
      contributions.delete(record.key());
    } else {
      contributions.put(record.key(), after);
    }
    // One record per shard with every entity of that shard and its changes in every window size: the repartition
    // carries at most `shards` records per page, not one per entity (or per entity and window).
    EntityShards.batches(before, after, windows, shards).forEach((shard, batch) ->
        context.forward(new Record<>(Integer.toString(shard), batch, record.timestamp(), record.headers())));
  }
}
