package dev.newsstream.streams.dedup;

import dev.newsstream.streams.dedup.DedupMessages.Correction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;

/**
 * The near-duplicate index of one band task: band key → the bodies in its bucket ({@link BandMembers}, in memory,
 * holding short references, {@link #shortRef}) and short reference → {@link StoredSignature} (a table: once per
 * body of an article, with the bands it is a member of). The signatures are the durable state; the buckets are
 * derived from them ({@link #restore}) and kept in step with every write. Pure: the Kafka band processor runs it over
 * its signature store and the in-memory {@link NearDuplicateIndex} over a hash map, so the benchmark measures the
 * code of the topology.
 */
public final class BandIndex {
  /** A key-value table: a state store or a map. {@code put(k, null)} deletes. */
  public interface Table<K, V> {
    V get(K key);

    void put(K key, V value);

    /** A table over a plain map: the in-memory index and tests (the topology uses state stores). */
    static <K, V> Table<K, V> of(Map<K, V> map) {
      return new Table<>() {
        @Override
        public V get(K key) {
          return map.get(key);
        }

        @Override
        public void put(K key, V value) {
          if (value == null) {
            map.remove(key);
          } else {
            map.put(key, value);
          }
        }
      };
    }
  }

  /** Verified earlier matches (this article's candidates for its original) and corrections for later articles. */
  public record Result(List<NearMatch> earlier, List<Correction> later) {}

  /** Separates an article id from the tag of one of its other bodies in a reference ({@link #refOf}). */
  public static final char OTHER_BODY = '#';

  private final BandMembers buckets;
  private final Table<String, StoredSignature> signatures;
  private final double threshold;

  public BandIndex(BandMembers buckets, Table<String, StoredSignature> signatures, double threshold) {
    this.buckets = buckets;
    this.signatures = signatures;
    this.threshold = threshold;
  }

  /**
   * Rebuilds the buckets from the stored signatures (every one, e.g. a state store's {@code all()} after its
   * restoration): each body goes back into the buckets of the bands its record lists. The buckets are cleared first,
   * so whatever they held (e.g. writes of an aborted transaction, before the task was revived) is gone.
   */
  public void restore(Iterator<StoredSignature> stored) {
    buckets.clear();
    while (stored.hasNext()) {
      StoredSignature s = stored.next();
      String ref = shortRef(s.ref());
      for (Bytes band : s.bands()) {
        buckets.add(band, ref);
      }
    }
  }

  /** Takes a body out of its buckets: its stored signature is being deleted (the horizon sweep). */
  public void forget(StoredSignature s) {
    String ref = shortRef(s.ref());
    for (Bytes band : s.bands()) {
      buckets.remove(band, ref);
    }
  }

  /**
   * Probes {@code bandKeys} (the article's bands that this index holds) and then adds the article to them.
   * {@code ref} is the article id for its first body, or {@link #refOf} for each other body (an update, or an older
   * version that arrived after a newer one): every body an article had is kept, so each pair of bodies is
   * compared exactly once, by whichever probes second, and the matches do not depend on arrival order.
   * Each other article sharing a band is verified once against its whole stored signature; if at least
   * {@code threshold} similar it is an earlier match, or, when it comes after this one in the global order
   * ({@link OrderTime}: own time, crawl time; then id), it gets a correction: an earlier original exists. Only earlier ones are reported
   * as matches, so two copies can never each be declared the duplicate of the other.
   *
   * <p>Writes: the body's signature, with the bands whose buckets now hold it; and, only when a full bucket drops
   * another body for this one, that body's signature without the band.
   */
  public Result probe(String ref, int version, long orderTime, long seenAt, MinHashSignature signature,
      List<String> bandKeys) {
    return probe(ref, version, orderTime, seenAt, signature, bandKeys, StoredSignature.UNKNOWN_BODY);
  }

  /**
   * As above, for a body with print {@code body} ({@link StoredSignature#bodyPrint}): a later article holding the
   * very same body gets an exact correction (SAME_CONTENT), not a near one. The content task corrects only the body's
   * previous owner; here every later copy of the body in a shared band learns of the earlier one, so a copy decided
   * before it is re-pointed as it would have been had it arrived after, and no copy gets a NEAR_DUPLICATE
   * correction from one shard and a SAME_CONTENT one from another (session 9 review, defect 2).
   */
  public Result probe(String ref, int version, long orderTime, long seenAt, MinHashSignature signature,
      List<String> bandKeys, long body) {
    String id = idOf(ref);
    List<NearMatch> earlier = new ArrayList<>();
    List<Correction> later = new ArrayList<>();
    Set<String> checked = new HashSet<>();
    List<Bytes> keys = new ArrayList<>(bandKeys.size());
    List<List<String>> current = new ArrayList<>(bandKeys.size());
    for (String bandKey : bandKeys) {
      Bytes key = CompactKeys.of(bandKey);
      keys.add(key);
      List<String> bucket = buckets.get(key);
      current.add(bucket);
      for (String otherShort : bucket) {
        StoredSignature s = signatures.get(otherShort);
        if (s == null) {
          continue; // not expected: an expired body leaves its buckets with its signature
        }
        String other = idOf(s.ref());
        if (other.equals(id) || !checked.add(s.ref())) {
          continue;
        }
        double similarity = s.similarity(signature);
        // The match must rest on the story's own text: paragraphs both pages end with verbatim (a site's standard
        // ending) do not make two stories copies (BodyEnding; review 10). The notice reports the whole-page figure.
        if (similarity < threshold || !s.ending().restsOnStory(similarity, signature.ending(), threshold)) {
          continue;
        }
        if (s.before(other, id, orderTime)) {
          earlier.add(new NearMatch(other, s.orderTime(), similarity));
        } else if (s.version() != DedupMessages.PendingArticle.STALE_VERSION) {
          // A body only ever stored as a stale older version is no published version's: nothing to correct.
          boolean exact = s.sameBody(body);
          later.add(new Correction(other, s.version(), new NearMatch(id, orderTime, exact ? 1.0 : similarity), exact));
        }
      }
    }
    String mine = shortRef(ref);
    StoredSignature previous = signatures.get(mine);
    // The latest version with this body (a stale re-probe, version 0, keeps a published version's number).
    StoredSignature self = StoredSignature.of(ref, previous == null ? version : Math.max(previous.version(), version),
        orderTime,
        previous == null ? seenAt : Math.max(seenAt, previous.seenAt()), signature);
    // Bands this body was in and is not probing now stay (as its bucket entries did when buckets were a store).
    Set<Bytes> memberOf = new LinkedHashSet<>(previous == null ? List.of() : previous.bands());
    memberOf.removeAll(keys);
    for (int i = 0; i < keys.size(); i++) {
      Bytes key = keys.get(i);
      BandBucket before = new BandBucket(current.get(i));
      BandBucket after = before.with(mine, x -> x.equals(mine) ? self : signatures.get(x));
      if (after.ids().contains(mine)) {
        memberOf.add(key);
      }
      if (after != before) {
        buckets.set(key, after.ids());
        for (String dropped : before.ids()) {
          if (!after.ids().contains(dropped)) {
            // A full bucket keeps the earliest bodies: the dropped one's record must no longer list the band.
            StoredSignature s = signatures.get(dropped);
            if (s != null) {
              signatures.put(dropped, s.withoutBand(key));
            }
          }
        }
      }
    }
    signatures.put(mine, new StoredSignature(self.ref(), self.version(), self.orderTime(), self.seenAt(),
        self.lowBits(), List.copyOf(memberOf), body, self.ending()));
    return new Result(earlier, later);
  }

  /**
   * The reference to one of an article's other bodies: id + '#' + 8 hex digits that identify the body's signature.
   * A fixed name per body (not per version number, which depends on arrival order) so the same body is stored once.
   */
  public static String refOf(String id, MinHashSignature signature) {
    return id + OTHER_BODY + String.format("%08x", signature.hashCode());
  }

  /** Hex digits of an id kept in buckets and signature keys: 64 bits. */
  public static final int SHORT_ID_DIGITS = 16;

  /**
   * What buckets hold and signatures are keyed by: a reference with its id cut to its first 64 bits (ids are
   * SHA-256 prefixes in hex; shorter or non-hex ids stay whole). It saves 8 bytes in each of the 20 band entries;
   * the stored signature keeps the full reference, so matches name the full id. Two articles sharing 64 id bits
   * (about n²/2⁶⁵: 3·10⁻⁶ for 10 million articles within the horizon) would share one signature slot.
   */
  public static String shortRef(String ref) {
    String id = idOf(ref);
    if (id.length() <= SHORT_ID_DIGITS) {
      return ref;
    }
    return id.substring(0, SHORT_ID_DIGITS) + ref.substring(id.length());
  }

  /** The article id of a reference (an id, or {@link #refOf}). */
  static String idOf(String ref) {
    int at = ref.indexOf(OTHER_BODY);
    return at < 0 ? ref : ref.substring(0, at);
  }
}
