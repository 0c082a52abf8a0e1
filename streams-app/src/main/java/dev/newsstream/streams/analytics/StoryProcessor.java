package dev.newsstream.streams.analytics;

import dev.newsstream.schema.StoryEvent;
import dev.newsstream.schema.StoryReach;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per original id (after the repartition): applies story events to the stories store (every known original, with
 * or without copies, for the queries) and sends stories that have copies to the story-reach topic; a tombstone
 * when a story loses its last copy.
 */
final class StoryProcessor implements Processor<String, StoryEvent, String, StoryReach> {
  private ProcessorContext<String, StoryReach> context;
  private KeyValueStore<String, StoryReach> stories;

  @Override
  public void init(ProcessorContext<String, StoryReach> context) {
    this.context = context;
    this.stories = context.getStateStore(AnalyticsStores.STORIES);
  }

  @Override
  public void process(Record<String, StoryEvent> record) {
    if (record.key() == null || record.value() == null) {
      return;
    }
    StoryReach before = stories.get(record.key());
    StoryReach after = Stories.apply(before, record.key(), record.value());
    if (after == null) {
      stories.delete(record.key());
    } else {
      stories.put(record.key(), after);
    }
    boolean hadCopies = before != null && !before.getCopies().isEmpty();
    boolean hasCopies = after != null && !after.getCopies().isEmpty();
    if (hasCopies || hadCopies) {
      context.forward(new Record<>(record.key(), hasCopies ? after : null, record.timestamp(), record.headers()));
    }
  }
}
