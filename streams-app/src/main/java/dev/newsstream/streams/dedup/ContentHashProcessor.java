package dev.newsstream.streams.dedup;

import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.Step;
import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, keyed by content hash: every page with the same normalised body meets in one task. The owner of a
 * body is the earliest article in the global order (order time, then id), not the first processed: a later page
 * under another id is a SAME_CONTENT notice; an earlier one takes the body over, goes on to the near-duplicate
 * stage, and the previous owner gets a {@link Correction} (exact) at its deciding task.
 */
final class ContentHashProcessor implements FixedKeyProcessor<String, PendingArticle, Step> {
  static final String STORE = "dedup-content";
  private final Duration horizon;
  private FixedKeyProcessorContext<String, Step> context;
  private KeyValueStore<Bytes, ContentOwner> store;

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
    int version = pending.article().getVersion();
    Bytes key = CompactKeys.of(CompactKeys.hashPrefix(record.key()));
    ContentOwner owner = store.get(key);
    long lastSeen = Math.max(record.timestamp(), owner == null ? Long.MIN_VALUE : owner.lastSeen());
    boolean earlierOwner = owner != null && !owner.id().equals(id) && owner.before(id, pending.orderTime());
    if (earlierOwner) {
      store.put(key, new ContentOwner(owner.id(), owner.version(), owner.orderTime(), lastSeen));
      if (pending.registerOnly()) {
        context.forward(record.withValue(Step.pending(pending)));
      } else {
        context.forward(record.withValue(Step.decided(PageOutcome.duplicate(DuplicateNotices.of(pending.article(),
            DuplicateKind.SAME_CONTENT, owner.id(), 1.0, context.currentSystemTimeMs())))));
      }
      return;
    }
    store.put(key, new ContentOwner(id, version, pending.orderTime(), lastSeen));
    if (owner != null && !owner.id().equals(id)) {
      // This page is earlier than the body's previous owner, which was already passed on: correct it.
      context.forward(record.withValue(Step.correction(new Correction(owner.id(), owner.version(),
          new NearMatch(id, pending.orderTime(), 1.0), true))));
    }
    // A register-only (stale) version goes on too: the near-duplicate stage registers its signature as well.
    context.forward(record.withValue(Step.pending(pending)));
  }
}
