package dev.newsstream.streams.dedup;

import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, one task per band shard ({@link BandShards}): every article sharing a band key meets here, whatever
 * partition it came from, because a band key always maps to the same shard. One probe brings all of an article's
 * bands that live in this shard; the task answers it with one reply (possibly with no match, so the deciding task
 * can count bands), tells every verified <em>later</em> article in those bands that an earlier original exists
 * (a {@link Correction}), then adds the article ({@link BandIndex}). The task sees both articles of a pair
 * serially, so one of the two messages always reaches the later one, whatever the arrival order.
 *
 * <p>The exact-content check runs here too, in the task of the shard of the content hash: every page with the same normalised
 * body meets there. The owner of a body is the earliest article in the global order ({@link OrderTime}, then id), not
 * the first processed: a later page under another id is a SAME_CONTENT copy (its reply names the owner); an
 * earlier one takes the body over and the previous owner gets an exact {@link Correction} at its deciding task.
 * Until issue 16 item 5 this was a task of its own, one more repartition hop per page.
 */
final class BandProcessor implements Processor<String, BandProbe, String, DecisionInput> {
  static final String SIGNATURES = "dedup-signatures";
  /** Content hash (its first 128 bits) → the owner of that body ({@link ContentOwner}). */
  static final String CONTENT = "dedup-content";
  private final Duration horizon;
  private final double threshold;
  private final int bands;
  private final int rows;
  private ProcessorContext<String, DecisionInput> context;
  /** Derived from the signature store: rebuilt in {@link #init}, never logged. */
  private final BandMembers buckets = new BandMembers();
  private BandIndex index;
  private KeyValueStore<Bytes, ContentOwner> owners;
  /** The article version (id#version) {@link #checkContent} just sent an exact correction to, during one probe. */
  private String exactlyCorrected;

  BandProcessor(Duration horizon, double threshold, int bands, int rows) {
    this.horizon = horizon;
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
  }

  /**
   * Kafka Streams calls this once the task's stores are restored, and again whenever the task is revived (a dirty
   * close under exactly-once wipes and restores its stores): the buckets are rebuilt from the signature store as it
   * now is, never carried over from before, so they cannot hold writes of an aborted transaction.
   */
  @Override
  public void init(ProcessorContext<String, DecisionInput> context) {
    this.context = context;
    KeyValueStore<Bytes, StoredSignature> signatures = context.getStateStore(SIGNATURES);
    this.index = new BandIndex(buckets, table(signatures), threshold);
    try (KeyValueIterator<Bytes, StoredSignature> all = signatures.all()) {
      index.restore(new Iterator<>() {
        @Override
        public boolean hasNext() {
          return all.hasNext();
        }

        @Override
        public StoredSignature next() {
          return all.next().value;
        }
      });
    }
    this.owners = context.getStateStore(CONTENT);
    StoreExpiry.schedule(context, owners, horizon, (owner, cutoff) -> owner.lastSeen() < cutoff ? null : owner);
    // A body leaves its buckets with its signature (the same sweep, no processing in between).
    StoreExpiry.schedule(context, signatures, horizon, (s, cutoff) -> {
      if (s.seenAt() >= cutoff) {
        return s;
      }
      index.forget(s);
      return null;
    });
  }

  /** The band buckets in memory (tests). */
  BandMembers buckets() {
    return buckets;
  }

  private static <V> BandIndex.Table<String, V> table(KeyValueStore<Bytes, V> store) {
    return new BandIndex.Table<>() {
      @Override
      public V get(String key) {
        return store.get(CompactKeys.of(key));
      }

      @Override
      public void put(String key, V value) {
        store.put(CompactKeys.of(key), value);
      }
    };
  }

  @Override
  public void process(Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    NearMatch sameContent = probe.contentHash() == null ? null : checkContent(probe, record);
    List<String> all = probe.signature().bandKeys(bands, rows);
    List<String> mine = new ArrayList<>();
    for (int b = 0; b < all.size(); b++) {
      if ((probe.bands() & (1L << b)) != 0) {
        mine.add(all.get(b));
      }
    }
    BandIndex.Result result = index.probe(probe.ref(), probe.version(), probe.orderTime(), record.timestamp(),
        probe.signature(), mine, probe.body());
    // Nobody waits for a stale version's reply, and its matches are not news for its article: the article's
    // current version has another body, judged by its own probes (until session 9 an earlier original of the stale
    // body was sent as a correction and could withdraw a current version that resembles nothing).
    if (!probe.stale()) {
      context.forward(record.withKey(probe.id()).withValue(DecisionInput.of(new BandReply(probe.decisionKey(),
          probe.bands(), result.earlier(), sameContent, probe.contentHash() != null))));
    }
    for (Correction c : result.later()) {
      // The exact correction just sent to the body's previous owner says more than a near one (the same body):
      // one notice for that article, not a NEAR_DUPLICATE corrected to SAME_CONTENT at the same moment.
      if (!(c.id() + "#" + c.version()).equals(exactlyCorrected)) {
        context.forward(record.withKey(c.id()).withValue(DecisionInput.of(c)));
      }
    }
    exactlyCorrected = null;
  }

  /**
   * Exact content: registers the body's owner and returns the earlier owner when the page is a copy of its body (null
   * otherwise). A stale older version (register-only) registers its body as its article's, as it would have had the
   * versions arrived in order; it is never itself a copy (its id was already answered: SAME_URL).
   */
  private NearMatch checkContent(BandProbe probe, Record<String, BandProbe> record) {
    String id = probe.id();
    Bytes key = CompactKeys.of(CompactKeys.hashPrefix(probe.contentHash()));
    ContentOwner owner = owners.get(key);
    long lastSeen = Math.max(record.timestamp(), owner == null ? Long.MIN_VALUE : owner.lastSeen());
    if (owner != null && !owner.id().equals(id) && owner.before(id, probe.orderTime())) {
      owners.put(key, new ContentOwner(owner.id(), owner.version(), owner.orderTime(), lastSeen));
      return probe.stale() ? null : new NearMatch(owner.id(), owner.orderTime(), 1.0);
    }
    boolean own = owner != null && owner.id().equals(id);
    // The latest version with this body: a stale body (version 0) coming back does not hide a current one.
    owners.put(key, new ContentOwner(id, own ? Math.max(owner.version(), probe.version()) : probe.version(),
        probe.orderTime(), lastSeen));
    if (owner != null && !own && owner.version() != DedupMessages.PendingArticle.STALE_VERSION) {
      // This page is earlier than the body's previous owner, which was already answered: correct it.
      context.forward(record.withKey(owner.id()).withValue(DecisionInput.of(new Correction(owner.id(),
          owner.version(), new NearMatch(id, probe.orderTime(), 1.0), true))));
      exactlyCorrected = owner.id() + "#" + owner.version();
    }
    return null;
  }
}
