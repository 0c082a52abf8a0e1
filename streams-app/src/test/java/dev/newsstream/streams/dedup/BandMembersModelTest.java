package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupMessages.Correction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 5, session 7: the band buckets moved from a logged store into memory ({@link BandMembers}), derived
 * from the stored signatures. Against the index as it was before (buckets as a table of their own, kept below as the
 * reference), on random probe sequences that overflow hot buckets ({@link BandBucket#MAX_ENTRIES}), repeat bodies,
 * re-probe and expire: after every probe each band holds the same bodies, and every probe gets the same matches and
 * corrections; an index rebuilt from the stored signatures alone at any point holds the same buckets too.
 */
class BandMembersModelTest {
  private static final double THRESHOLD = 0.5;
  private static final int VALUES = 12;

  /** The band index as it was until session 7, word for word except for the types: the reference. */
  private static final class Before {
    final Map<String, BandBucket> buckets = new HashMap<>();
    final Map<String, StoredSignature> signatures = new HashMap<>();

    BandIndex.Result probe(String ref, int version, long orderTime, long seenAt, MinHashSignature signature,
        List<String> bandKeys) {
      String id = BandIndex.idOf(ref);
      List<NearMatch> earlier = new ArrayList<>();
      List<Correction> later = new ArrayList<>();
      Set<String> checked = new HashSet<>();
      List<BandBucket> current = new ArrayList<>();
      for (String key : bandKeys) {
        BandBucket bucket = buckets.get(key);
        current.add(bucket == null ? BandBucket.empty() : bucket);
        for (String otherShort : current.get(current.size() - 1).ids()) {
          StoredSignature s = signatures.get(otherShort);
          if (s == null) {
            continue;
          }
          String other = BandIndex.idOf(s.ref());
          if (other.equals(id) || !checked.add(s.ref())) {
            continue;
          }
          double similarity = s.similarity(signature);
          if (similarity < THRESHOLD) {
            continue;
          }
          if (s.before(other, id, orderTime)) {
            earlier.add(new NearMatch(other, s.orderTime(), similarity));
          } else {
            later.add(new Correction(other, s.version(), new NearMatch(id, orderTime, similarity), false));
          }
        }
      }
      String mine = BandIndex.shortRef(ref);
      StoredSignature previous = signatures.get(mine);
      signatures.put(mine, StoredSignature.of(ref, version, orderTime, previous == null ? seenAt
          : Math.max(seenAt, previous.seenAt()), signature));
      for (int i = 0; i < bandKeys.size(); i++) {
        BandBucket next = current.get(i).with(mine, signatures::get);
        if (next != current.get(i)) {
          buckets.put(bandKeys.get(i), next);
        }
      }
      return new BandIndex.Result(earlier, later);
    }

    /** The horizon sweep as it was: signatures not seen since the cutoff go, then the bucket entries without one. */
    void expire(long cutoff) {
      signatures.values().removeIf(s -> s.seenAt() < cutoff);
      buckets.replaceAll((k, b) -> b.retain(id -> signatures.containsKey(id)));
      buckets.values().removeIf(BandBucket::isEmpty);
    }
  }

  /** The index as it is, with its signatures in a map standing for the store. */
  private static final class Now {
    final Map<String, StoredSignature> signatures = new HashMap<>();
    final BandMembers buckets = new BandMembers();
    final BandIndex index = new BandIndex(buckets, BandIndex.Table.of(signatures), THRESHOLD);

    void expire(long cutoff) {
      for (StoredSignature s : List.copyOf(signatures.values())) {
        if (s.seenAt() < cutoff) {
          index.forget(s);
          signatures.remove(BandIndex.shortRef(s.ref()));
        }
      }
    }

    /** A task restored from the signatures alone (a copy of the store). */
    Now restored() {
      Now r = new Now();
      r.signatures.putAll(signatures);
      r.index.restore(r.signatures.values().iterator());
      return r;
    }
  }

  @Property(tries = 200)
  void bucketsAndAnswersAreThoseOfTheStoredBuckets(@ForAll long seed) {
    Random random = new Random(seed);
    // Few band keys and many articles: hot buckets overflow their cap. Signatures from a few families (similar within).
    List<String> pool = List.of("00:aaaa", "01:bbbb", "02:cccc", "03:dddd", "04:eeee", "05:ffff");
    int articles = 60 + random.nextInt(120);
    Before before = new Before();
    Now now = new Now();
    for (int step = 0; step < articles; step++) {
      // Some articles come back (re-probes of the same body, other bodies under id#tag, a stale version).
      String id = "a" + random.nextInt(articles);
      MinHashSignature signature = signature(random);
      boolean otherBody = random.nextInt(4) == 0;
      String ref = otherBody ? BandIndex.refOf(id, signature) : id;
      long orderTime = random.nextInt(50);
      long seenAt = step;
      List<String> keys = new ArrayList<>(pool);
      java.util.Collections.shuffle(keys, random);
      keys = keys.subList(0, 1 + random.nextInt(3));
      BandIndex.Result was = before.probe(ref, 1, orderTime, seenAt, signature, keys);
      BandIndex.Result is = now.index.probe(ref, 1, orderTime, seenAt, signature, keys);
      assertThat(canonical(is)).as("step %d", step).isEqualTo(canonical(was));
      if (random.nextInt(40) == 0) {
        long cutoff = step - random.nextInt(30);
        before.expire(cutoff);
        now.expire(cutoff);
      }
      assertSameBuckets(pool, before, now, "step " + step);
      if (random.nextInt(10) == 0) {
        assertSameBuckets(pool, before, now.restored(), "restored at step " + step);
      }
    }
    assertSameBuckets(pool, before, now.restored(), "restored at the end");
  }

  @Test
  void aBodyDroppedByAFullBucketComesBackWhenItIsProbedAgainAsBefore() {
    Before before = new Before();
    Now now = new Now();
    List<String> band = List.of("00:aaaa");
    MinHashSignature s = signature(new Random(1));
    // The cap's worth of early articles, then a late one (dropped), then it again with an earlier order time.
    for (int i = 0; i < BandBucket.MAX_ENTRIES; i++) {
      before.probe("e" + i, 1, 10 + i, i, s, band);
      now.index.probe("e" + i, 1, 10 + i, i, s, band);
    }
    before.probe("late", 1, 1_000, 100, s, band);
    now.index.probe("late", 1, 1_000, 100, s, band);
    assertThat(now.buckets.get(CompactKeys.of("00:aaaa"))).doesNotContain("late");
    before.probe("late", 1, 1, 101, s, band);
    now.index.probe("late", 1, 1, 101, s, band);
    assertThat(now.buckets.get(CompactKeys.of("00:aaaa"))).contains("late").doesNotContain("e63");
    assertThat(now.signatures.get("e63").bands()).isEmpty();
    assertSameBuckets(List.of("00:aaaa"), before, now, "re-probed");
    assertSameBuckets(List.of("00:aaaa"), before, now.restored(), "restored");
  }

  private static void assertSameBuckets(List<String> pool, Before before, Now now, String when) {
    for (String key : pool) {
      BandBucket b = before.buckets.get(key);
      assertThat(new HashSet<>(now.buckets.get(CompactKeys.of(key)))).as("%s, band %s", when, key)
          .isEqualTo(b == null ? Set.of() : new HashSet<>(b.ids()));
    }
  }

  /** Matches and corrections as sets: their order follows the buckets' order, which a restore does not keep. */
  private static Set<String> canonical(BandIndex.Result r) {
    Set<String> out = new HashSet<>();
    r.earlier().forEach(m -> out.add("match " + m));
    r.later().forEach(c -> out.add("correction " + c));
    return out;
  }

  /** One of 3 families of 12 values (similar within a family: a few positions changed). */
  private static MinHashSignature signature(Random random) {
    int family = random.nextInt(3);
    char[] v = new char[VALUES];
    for (int i = 0; i < VALUES; i++) {
      v[i] = (char) (family * 1000 + i);
    }
    for (int changes = random.nextInt(8); changes > 0; changes--) {
      v[random.nextInt(VALUES)] = (char) random.nextInt(65536);
    }
    return new MinHashSignature(v);
  }
}
