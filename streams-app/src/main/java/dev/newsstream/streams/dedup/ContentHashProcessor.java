package dev.newsstream.streams.dedup;

import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.ContentProbe;
import dev.newsstream.streams.dedup.DedupMessages.ContentStep;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, keyed by content hash: every page with the same normalised body meets in one task. The owner of a
 * body is the earliest article in the global order (order time, then id), not the first processed: a later page
 * under another id is a SAME_CONTENT copy (its deciding task is told so, with every band counted as answered, and
 * it sends no band probe); an earlier one takes the body over, goes on to the near-duplicate stage, and the
 * previous owner gets a {@link Correction} (exact) at its deciding task.
 *
 * <p>Input: the body-less {@link ContentProbe}, keyed by content hash. Output: the probe passed on (same key), or
 * a {@link DecisionInput} keyed by the id it is for.
 */
final class ContentHashProcessor implements Processor<String, ContentProbe, String, ContentStep> {
  static final String STORE = "dedup-content";
  private final Duration horizon;
  private final long allBands;
  private ProcessorContext<String, ContentStep> context;
  private KeyValueStore<Bytes, ContentOwner> store;

  /** @param bands the number of LSH bands (1..64): a SAME_CONTENT reply answers for all of them */
  ContentHashProcessor(Duration horizon, int bands) {
    this.horizon = horizon;
    this.allBands = bands >= 64 ? -1L : (1L << bands) - 1;
  }

  @Override
  public void init(ProcessorContext<String, ContentStep> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    StoreExpiry.schedule(context, store, horizon, (owner, cutoff) -> owner.lastSeen() < cutoff ? null : owner);
  }

  @Override
  public void process(Record<String, ContentProbe> record) {
    ContentProbe probe = record.value();
    String id = probe.id();
    Bytes key = CompactKeys.of(CompactKeys.hashPrefix(record.key()));
    ContentOwner owner = store.get(key);
    long lastSeen = Math.max(record.timestamp(), owner == null ? Long.MIN_VALUE : owner.lastSeen());
    boolean earlierOwner = owner != null && !owner.id().equals(id) && owner.before(id, probe.orderTime());
    if (earlierOwner) {
      store.put(key, new ContentOwner(owner.id(), owner.version(), owner.orderTime(), lastSeen));
      if (probe.registerOnly()) {
        context.forward(record.withValue(new ContentStep(probe, null)));
      } else {
        NearMatch same = new NearMatch(owner.id(), owner.orderTime(), 1.0);
        context.forward(record.withKey(id).withValue(new ContentStep(null,
            DecisionInput.of(new BandReply(probe.decisionKey(), allBands, List.of(), same)))));
      }
      return;
    }
    store.put(key, new ContentOwner(id, probe.version(), probe.orderTime(), lastSeen));
    if (owner != null && !owner.id().equals(id)) {
      // This page is earlier than the body's previous owner, which was already passed on: correct it.
      context.forward(record.withKey(owner.id()).withValue(new ContentStep(null, DecisionInput.of(
          new Correction(owner.id(), owner.version(), new NearMatch(id, probe.orderTime(), 1.0), true)))));
    }
    // A register-only (stale) version goes on too: the near-duplicate stage registers its signature as well.
    context.forward(record.withValue(new ContentStep(probe, null)));
  }
}
