package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.ArticleEntities;
import dev.newsstream.schema.EntityDelta;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
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
    for (Map.Entry<TrendKey, EntityContributions.Counts> e : EntityContributions.delta(before, after, windows).entrySet()) {
      TrendKey k = e.getKey();
      EntityDelta delta = new EntityDelta(k.window(), k.start(), k.name(), k.type(), e.getValue().articles(),
          e.getValue().mentions(), time);
      context.forward(new Record<>(k.entityKey(), delta, record.timestamp(), record.headers()));
    }
  }
}
