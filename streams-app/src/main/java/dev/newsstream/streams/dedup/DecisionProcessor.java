package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.PendingDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 3b, keyed by article id + version: gathers the article and one reply per band (they arrive in any
 * order, from any task), then decides exactly once: the earliest verified match is the original and the page a
 * NEAR_DUPLICATE notice; no match, and it is a clean article (first version or update). Replies are counted by
 * band number, so a redelivered reply cannot be counted twice.
 */
final class DecisionProcessor implements Processor<String, DecisionInput, String, PageOutcome> {
  static final String STORE = "dedup-pending";
  /** Replies travel two repartition hops; if some never come (they should not) decide on what arrived. */
  static final Duration STUCK_AFTER = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(DecisionProcessor.class);
  private final int bands;
  private ProcessorContext<String, PageOutcome> context;
  private KeyValueStore<String, PendingDecision> store;

  DecisionProcessor(int bands) {
    if (bands < 1 || bands > 64) {
      throw new IllegalArgumentException("bands must be in 1..64, got " + bands);
    }
    this.bands = bands;
  }

  @Override
  public void init(ProcessorContext<String, PageOutcome> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, this::decideStuck);
  }

  @Override
  public void process(Record<String, DecisionInput> record) {
    PendingDecision p = store.get(record.key());
    if (p == null) {
      p = PendingDecision.empty(context.currentSystemTimeMs());
    }
    DecisionInput in = record.value();
    if (in.article() != null) {
      p = new PendingDecision(in.article(), p.bandsReplied(), p.matches(), p.createdAt());
    } else {
      BandReply reply = in.reply();
      long bit = 1L << reply.band();
      if ((p.bandsReplied() & bit) == 0) {
        List<NearMatch> matches = new ArrayList<>(p.matches());
        matches.addAll(reply.matches());
        p = new PendingDecision(p.article(), p.bandsReplied() | bit, List.copyOf(matches), p.createdAt());
      }
    }
    if (p.article() != null && Long.bitCount(p.bandsReplied()) >= bands) {
      store.delete(record.key());
      // The triggering record (the article or its last band reply) carries the page's own headers: keep them, so
      // tracing headers set by a producer reach the outputs as they do through every other stage.
      context.forward(new Record<>(p.article().article().getId(), decide(p), record.timestamp(), record.headers()));
    } else {
      store.put(record.key(), p);
    }
  }

  private PageOutcome decide(PendingDecision p) {
    Article article = p.article().article();
    Optional<NearMatch> original = NearMatch.original(p.matches());
    if (original.isPresent()) {
      return PageOutcome.duplicate(DuplicateNotices.of(article, DuplicateKind.NEAR_DUPLICATE, original.get().id(),
          original.get().similarity(), context.currentSystemTimeMs()));
    }
    return PageOutcome.article(article);
  }

  private void decideStuck(long now) {
    List<KeyValue<String, PendingDecision>> stuck = new ArrayList<>();
    try (KeyValueIterator<String, PendingDecision> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, PendingDecision> kv = it.next();
        if (now - kv.value.createdAt() > STUCK_AFTER.toMillis()) {
          stuck.add(kv);
        }
      }
    }
    for (KeyValue<String, PendingDecision> kv : stuck) {
      store.delete(kv.key);
      PendingArticle article = kv.value.article();
      if (article == null) {
        LOG.warn("Dropping band replies for {}: its article never arrived", kv.key);
      } else {
        LOG.warn("Deciding {} with {} of {} band replies after {}", kv.key, Long.bitCount(kv.value.bandsReplied()),
            bands, STUCK_AFTER);
        context.forward(new Record<>(article.article().getId(), decide(kv.value), now));
      }
    }
  }
}
