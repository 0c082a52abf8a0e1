package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.WindowChange;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per article id (the clean topic's key, no repartition): keeps the article's current contribution and sends the
 * change of counts, keyed TYPE|NAME, carrying the article's own time (the aggregator's stream time, against
 * which the grace period is measured). Input: the article as written to the clean topic, or null when it was
 * withdrawn (tombstone).
 */
final class TrendContributionProcessor implements Processor<String, Article, String, EntityDelta> {
  private final List<TrendWindow> windows;
  private ProcessorContext<String, EntityDelta> context;
  private KeyValueStore<String, ArticleEntities> contributions;

  TrendContributionProcessor(List<TrendWindow> windows) {
    this.windows = windows;
  }

  @Override
  public void init(ProcessorContext<String, EntityDelta> context) {
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
    long time = (after != null ? after : before).getTime().toEpochMilli();
    // One record per entity with the changes of every window size: the repartition carries E records, not E x W.
    Map<String, EntityDelta> byEntity = new LinkedHashMap<>();
    for (Map.Entry<TrendKey, EntityContributions.Counts> e : EntityContributions.delta(before, after, windows).entrySet()) {
      TrendKey k = e.getKey();
      byEntity.computeIfAbsent(k.entityKey(), key -> new EntityDelta(k.name(), k.type(), time, new ArrayList<>()))
          .getChanges().add(new WindowChange(k.window(), k.start(), e.getValue().articles(), e.getValue().mentions()));
    }
    byEntity.forEach((key, delta) -> context.forward(new Record<>(key, delta, record.timestamp(), record.headers())));
  }
}
