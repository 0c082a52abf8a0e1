package dev.newsstream.streams.dedup;

import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.Step;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, keyed by content hash: every page with the same normalised body meets in one task, so the first
 * one processed owns the body and later ones under other ids are SAME_CONTENT notices. (The owner was already
 * emitted, so processing order, not event time, must decide here.)
 */
final class ContentHashProcessor implements FixedKeyProcessor<String, PendingArticle, Step> {
  static final String STORE = "dedup-content";
  private final Duration horizon;
  private FixedKeyProcessorContext<String, Step> context;
  private KeyValueStore<String, ContentOwner> store;

  ContentHashProcessor(Duration horizon) {
    this.horizon = horizon;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Step> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    StoreExpiry.schedule(context, store, horizon, (owner, cutoff) -> owner.lastSeen() < cutoff ? null : owner);
  }

  @Override
  public void process(FixedKeyRecord<String, PendingArticle> record) {
    PendingArticle pending = record.value();
    String id = pending.article().getId();
    ContentOwner owner = store.get(record.key());
    long lastSeen = Math.max(record.timestamp(), owner == null ? Long.MIN_VALUE : owner.lastSeen());
    store.put(record.key(), new ContentOwner(owner == null ? id : owner.id(), lastSeen));
    if (owner != null && !owner.id().equals(id)) {
      context.forward(record.withValue(Step.decided(PageOutcome.duplicate(DuplicateNotices.of(pending.article(),
          DuplicateKind.SAME_CONTENT, owner.id(), 1.0, context.currentSystemTimeMs())))));
    } else {
      context.forward(record.withValue(Step.pending(pending)));
    }
  }
}
