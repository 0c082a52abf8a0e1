package dev.newsstream.streams.analytics;

import dev.newsstream.schema.StoryEvent;
import dev.newsstream.streams.outcome.PageOutcome;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per article id (no repartition): the id's clean articles and duplicate notices, in the order dedup decided them,
 * become story events keyed by the original's id ({@link StoryRouting}); the store remembers which story the id
 * is a copy of, so that a correction or a clean update takes it out of that story.
 */
final class StoryMembershipProcessor implements Processor<String, PageOutcome, String, StoryEvent> {
  private ProcessorContext<String, StoryEvent> context;
  private KeyValueStore<String, StoryEvent> membership;

  @Override
  public void init(ProcessorContext<String, StoryEvent> context) {
    this.context = context;
    this.membership = context.getStateStore(AnalyticsStores.MEMBERSHIP);
  }

  @Override
  public void process(Record<String, PageOutcome> record) {
    PageOutcome o = record.value();
    if (record.key() == null || o == null || (!o.isArticle() && !o.isDuplicate())) {
      return;
    }
    StoryEvent before = membership.get(record.key());
    StoryRouting.Result r = o.isArticle() ? StoryRouting.original(o.article(), before)
        : StoryRouting.notice(o.duplicate(), before);
    if (r.membership() == null) {
      if (before != null) {
        membership.delete(record.key());
      }
    } else if (!r.membership().equals(before)) {
      membership.put(record.key(), r.membership());
    }
    r.events().forEach(e -> context.forward(new Record<>(e.storyId(), e.event(), record.timestamp(), record.headers())));
  }
}
