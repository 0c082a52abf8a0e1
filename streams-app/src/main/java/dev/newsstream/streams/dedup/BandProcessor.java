package dev.newsstream.streams.dedup;

import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 3a, keyed by LSH band key: every article sharing a band meets here, whatever partition it came from.
 * Answers each probe with the verified earlier matches in this band (always answers, possibly with none, so the
 * deciding task can count replies), tells every verified <em>later</em> article in the band that an earlier
 * original exists (a {@link DedupMessages.Correction}), then remembers the probe's article. The band task sees
 * both articles of a pair serially, so one of the two messages always reaches the later one, whatever the
 * arrival order.
 */
final class BandProcessor implements Processor<String, BandProbe, String, DecisionInput> {
  static final String STORE = "dedup-bands";
  private final Duration horizon;
  private final double threshold;
  private ProcessorContext<String, DecisionInput> context;
  private KeyValueStore<String, BandBucket> store;

  BandProcessor(Duration horizon, double threshold) {
    this.horizon = horizon;
    this.threshold = threshold;
  }

  @Override
  public void init(ProcessorContext<String, DecisionInput> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    StoreExpiry.schedule(context, store, horizon, (bucket, cutoff) -> {
      BandBucket kept = bucket.retainFrom(cutoff);
      return kept.isEmpty() ? null : kept.entries().size() == bucket.entries().size() ? bucket : kept;
    });
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    BandBucket bucket = store.get(record.key());
    if (bucket == null) {
      bucket = BandBucket.empty();
    }
    BandReply reply = new BandReply(probe.decisionKey(), probe.band(),
        bucket.matches(probe.id(), probe.orderTime(), probe.signature(), threshold));
    List<Correction> later = bucket.later(probe.id(), probe.orderTime(), probe.signature(), threshold);
    store.put(record.key(), bucket.with(new BandEntry(probe.id(), probe.version(), probe.orderTime(),
        record.timestamp(), probe.signature())));
    context.forward(record.withKey(probe.id()).withValue(DecisionInput.of(reply)));
    for (Correction c : later) {
      context.forward(record.withKey(c.id()).withValue(DecisionInput.of(c)));
    }
  }
}
