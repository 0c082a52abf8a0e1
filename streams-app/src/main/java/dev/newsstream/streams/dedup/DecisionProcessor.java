package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.PendingDecision;
import dev.newsstream.streams.dedup.DedupMessages.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.utils.Bytes;
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
 * Stage 3, keyed by article id: gathers each version's article (forwarded by the URL stage of this same task: the
 * two stages are one sub-topology, see {@link DedupStage}) and one reply per band shard (through
 * {@code dedup-decide-by-id}, from any band task), in any order, then decides exactly once: the earliest verified
 * match is the original and the page a NEAR_DUPLICATE notice; no match, and it is a clean article (first version or
 * update). Replies carry the set of band numbers they answer for, so a redelivered reply cannot be counted twice.
 *
 * <p>A {@link Correction} says an earlier original reached a shared band after this article did. Before the
 * decision it is one more match; after it, if it ranks before the current verdict's original, the deciding task
 * emits a new NEAR_DUPLICATE notice, and when the decided version went out clean the notice carries
 * {@code retractedVersion} (the topology then writes a tombstone for the id to the compacted clean topic).
 */
final class DecisionProcessor implements Processor<String, DecisionInput, String, PageOutcome> {
  static final String STORE = "dedup-pending";
  /** The article of each pending decision, by the same key: written once when it arrives, deleted when decided. */
  static final String ARTICLES = "dedup-pending-articles";
  static final String VERDICTS = "dedup-verdicts";
  /** Probes and replies travel two repartition hops; if some never come (they should not) decide on what arrived. */
  static final Duration STUCK_AFTER = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger(DecisionProcessor.class);
  private final int bands;
  private final Duration horizon;
  private ProcessorContext<String, PageOutcome> context;
  private KeyValueStore<String, PendingDecision> store;
  private KeyValueStore<String, PendingArticle> articles;
  private KeyValueStore<Bytes, Verdict> verdicts;
  /**
   * The articles in {@link #ARTICLES}, as objects, with the time each arrived (wall clock, ms): exactly the store's
   * keys, rebuilt from it at every initialisation (after a restore, and when a task is revived after a dirty close,
   * so it never holds what a rolled-back transaction wrote). The store stays the durable copy; this saves the
   * decode of the ~4 KB article at its decision and tells whether it arrived without a {@link #STORE} record, so
   * an article's arrival writes no pending decision (issue 16 item 5, session 11: 3 -> 2 records per page).
   */
  private final Map<String, Waiting> waiting = new HashMap<>();

  private record Waiting(PendingArticle article, long arrivedAt) {}

  DecisionProcessor(int bands, Duration horizon) {
    if (bands < 1 || bands > 64) {
      throw new IllegalArgumentException("bands must be in 1..64, got " + bands);
    }
    this.bands = bands;
    this.horizon = horizon;
  }

  @Override
  public void init(ProcessorContext<String, PageOutcome> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    this.articles = context.getStateStore(ARTICLES);
    this.verdicts = context.getStateStore(VERDICTS);
    waiting.clear();
    long now = context.currentSystemTimeMs();
    try (KeyValueIterator<String, PendingArticle> it = articles.all()) {
      // A restored article without a pending decision gets the stuck timeout anew: its arrival time is not stored.
      it.forEachRemaining(kv -> waiting.put(kv.key, new Waiting(kv.value, now)));
    }
    context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, this::decideStuck);
    StoreExpiry.schedule(context, verdicts, horizon, (v, cutoff) -> v.seenAt() < cutoff ? null : v);
  }

  @Override
  public void process(Record<String, DecisionInput> record) {
    DecisionInput in = record.value();
    if (in.correction() != null && correctDecided(in.correction(), record)) {
      return;
    }
    String key = in.article() != null ? in.article().decisionKey()
        : in.reply() != null ? in.reply().decisionKey() : in.correction().id() + "#" + in.correction().version();
    PendingDecision p = store.get(key);
    boolean known = p != null;
    PendingArticle article = in.article();
    Waiting arrived = article != null ? null : waiting.get(key);
    if (p == null) {
      // Timed from the article's arrival when it came first, as when its arrival wrote the pending decision.
      p = PendingDecision.empty(arrived != null ? arrived.arrivedAt() : context.currentSystemTimeMs());
    }
    if (in.reply() != null) {
      BandReply reply = in.reply();
      boolean news = (p.bandsReplied() & reply.bands()) != reply.bands()
          || (reply.contentChecked() && !p.contentChecked());
      if (news) {
        p = new PendingDecision(false, p.bandsReplied() | reply.bands(),
            p.contentChecked() || reply.contentChecked(), plus(p.matches(), reply.matches()),
            earliest(p.sameContent(), reply.sameContent()), p.createdAt());
      }
    } else if (in.correction() != null && in.correction().exact()) {
      p = new PendingDecision(false, p.bandsReplied(), p.contentChecked(), p.matches(),
          earliest(p.sameContent(), in.correction().original()), p.createdAt());
    } else if (in.correction() != null) {
      p = new PendingDecision(false, p.bandsReplied(), p.contentChecked(),
          plus(p.matches(), List.of(in.correction().original())), p.sameContent(), p.createdAt());
    }
    boolean hasArticle = article != null || arrived != null;
    if (hasArticle && p.contentChecked() && Long.bitCount(p.bandsReplied()) >= bands) {
      // put(key, null) deletes without reading the old value back: delete() would fetch and decode it (for the
      // article, a whole Avro article per page) only to return it.
      if (article == null) {
        article = arrived.article();
        waiting.remove(key);
        articles.put(key, null);
      }
      if (known) {
        store.put(key, null);
      }
      // The triggering record (the article or its last band reply) carries the page's own headers: keep them, so
      // tracing headers set by a producer reach the outputs as they do through every other stage.
      context.forward(new Record<>(article.article().getId(), decide(article, p, record.timestamp()),
          record.timestamp(), record.headers()));
    } else if (article != null) {
      // The article is written once; a pending decision only if replies came first (it is unchanged by this).
      articles.put(key, article);
      waiting.put(key, new Waiting(article, context.currentSystemTimeMs()));
    } else {
      // hasArticle is no longer read (the article store says it); written for the record format's sake.
      store.put(key, new PendingDecision(hasArticle, p.bandsReplied(), p.contentChecked(), p.matches(),
          p.sameContent(), p.createdAt()));
    }
  }

  /** The earlier of two exact originals (either may be null). */
  private static NearMatch earliest(NearMatch a, NearMatch b) {
    return a == null ? b : b == null || NearMatch.ORIGINAL_FIRST.compare(a, b) <= 0 ? a : b;
  }

  /**
   * Applies a correction to an already decided version; false when that version is still pending. A correction of
   * an older version's body than the last decided one, or of a body only ever seen as a stale older version, is
   * dropped: the current version has its own body, which its own probes and corrections judge (a copy of the old
   * body is a copy of this article, not a reason to withdraw a newer text; session 9 review: a v1 copy withdrew v2).
   */
  private boolean correctDecided(Correction c, Record<String, DecisionInput> record) {
    if (c.version() == PendingArticle.STALE_VERSION) {
      return true;
    }
    Verdict v = verdicts.get(CompactKeys.of(c.id()));
    if (v == null || v.version() < c.version()) {
      return false;
    }
    if (v.version() == c.version() && outranks(c, v)) {
      verdicts.put(CompactKeys.of(c.id()), new Verdict(v.version(), v.canonicalUrl(), c.original(), c.exact(),
          Math.max(v.seenAt(), record.timestamp()), v.pageTime()));
      DuplicateNotice notice = DuplicateNotice.newBuilder()
          .setId(c.id())
          .setUrl(v.canonicalUrl())
          .setCanonicalUrl(v.canonicalUrl())
          .setKind(c.exact() ? DuplicateKind.SAME_CONTENT : DuplicateKind.NEAR_DUPLICATE)
          .setDuplicateOf(c.original().id())
          .setSimilarity(c.original().similarity())
          .setDetectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
          .setPageTime(v.pageTime() == null ? null : Instant.ofEpochMilli(v.pageTime()))
          .setRetractedVersion(v.original() == null ? v.version() : null)
          .build();
      context.forward(new Record<>(c.id(), PageOutcome.duplicate(notice), record.timestamp()));
    }
    return true;
  }

  /**
   * Whether a correction changes a decided verdict: anything beats clean; the same body (exact) beats a near
   * match; within a kind only an earlier original counts (the same original again changes nothing).
   */
  static boolean outranks(Correction c, Verdict v) {
    if (v.original() == null) {
      return true;
    }
    if (c.exact() != v.exact()) {
      return c.exact();
    }
    return !c.original().id().equals(v.original().id())
        && NearMatch.ORIGINAL_FIRST.compare(c.original(), v.original()) < 0;
  }

  private static List<NearMatch> plus(List<NearMatch> a, List<NearMatch> b) {
    List<NearMatch> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private PageOutcome decide(PendingArticle pending, PendingDecision p, long timestamp) {
    Article article = pending.article();
    boolean exact = p.sameContent() != null;
    Optional<NearMatch> original = exact ? Optional.of(p.sameContent()) : NearMatch.original(p.matches());
    verdicts.put(CompactKeys.of(article.getId()), new Verdict(article.getVersion(), article.getCanonicalUrl(),
        original.orElse(null), exact, timestamp, pageMillis(article)));
    if (exact) {
      return PageOutcome.duplicate(DuplicateNotices.of(article, DuplicateKind.SAME_CONTENT, original.get().id(), 1.0,
          context.currentSystemTimeMs()));
    }
    if (original.isPresent()) {
      return PageOutcome.duplicate(DuplicateNotices.of(article, DuplicateKind.NEAR_DUPLICATE, original.get().id(),
          original.get().similarity(), context.currentSystemTimeMs()));
    }
    return PageOutcome.article(article);
  }

  private static Long pageMillis(Article article) {
    Instant t = DuplicateNotices.pageTime(article);
    return t == null ? null : t.toEpochMilli();
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
    // Articles no reply has reached (they have no pending decision record): as stuck, with nothing replied.
    for (Map.Entry<String, Waiting> w : waiting.entrySet()) {
      if (now - w.getValue().arrivedAt() > STUCK_AFTER.toMillis() && store.get(w.getKey()) == null) {
        stuck.add(KeyValue.pair(w.getKey(), PendingDecision.empty(w.getValue().arrivedAt())));
      }
    }
    for (KeyValue<String, PendingDecision> kv : stuck) {
      if (store.get(kv.key) != null) {
        store.put(kv.key, null);
      }
      Waiting w = waiting.remove(kv.key);
      if (w != null) {
        articles.put(kv.key, null);
      }
      if (w == null) {
        LOG.warn("Dropping band replies for {}: its article never arrived", kv.key);
      } else {
        LOG.warn("Deciding {} with {} of {} band replies after {}", kv.key, Long.bitCount(kv.value.bandsReplied()),
            bands, STUCK_AFTER);
        context.forward(new Record<>(w.article().article().getId(), decide(w.article(), kv.value, now), now));
      }
    }
  }
}
