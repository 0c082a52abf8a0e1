package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupMessages.Correction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pattern that made the chosen original depend on arrival order (seen in DedupBurstIT, shuffle seed 2): an
 * excerpt resembles only the original's first body, and an exact copy of that body (a later article) also reached
 * the band stage, because it arrived before the original and owned the body for a while. If the original's first
 * body is not stored when the excerpt probes (it came as a stale version after another body and was then
 * overwritten by the update), the excerpt matched only the exact copy. Every body an article had stays stored,
 * so the excerpt names the original in every order. Pure: the band index over maps, signatures built by hand so
 * the similarities are exact.
 */
class OtherBodiesOrderTest {
  private static final int BANDS = 20;
  private static final int ROWS = 3;
  private static final long ORIGINAL_TIME = 1_000;
  private static final long COPY_TIME = 2_000;
  private static final long EXCERPT_TIME = 3_000;

  /** One probe: who, which version of it, when it ranks, its signature (stale: an older version arriving late). */
  private record Probe(String id, int version, long orderTime, MinHashSignature signature, boolean stale) {
    String ref() {
      return new DedupMessages.BandProbe(id, version, 0L, orderTime, signature, stale, null).ref();
    }
  }

  /** 60 values; the positions in {@code changed} get {@code delta} added (distinct low bytes per variant). */
  private static MinHashSignature signature(int changedFrom, int changedTo, int delta) {
    char[] v = new char[BANDS * ROWS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (char) (i * 7 + 1 + (i >= changedFrom && i < changedTo ? delta : 0));
    }
    return new MinHashSignature(v);
  }

  // The first body of the original; the exact copy has the same signature.
  private static final MinHashSignature FIRST = signature(0, 0, 0);
  // The excerpt: 0.6 like the first body, sharing its first 12 bands.
  private static final MinHashSignature EXCERPT = signature(36, 60, 1);
  // Update and stale re-crawl: 0.4 like the first body, and under 0.5 like the excerpt (they differ where it agrees).
  private static final MinHashSignature UPDATE = signature(0, 36, 2);
  private static final MinHashSignature STALE = signature(0, 36, 3);

  /** Runs the probes in this order; the original the excerpt ends with (its earliest match or correction). */
  private static Optional<NearMatch> originalOfExcerpt(List<Probe> order) {
    Map<String, StoredSignature> signatures = new HashMap<>();
    BandIndex index = new BandIndex(new BandMembers(), BandIndex.Table.of(signatures), 0.5);
    List<NearMatch> ofExcerpt = new ArrayList<>();
    long seen = 0;
    for (Probe p : order) {
      BandIndex.Result r = index.probe(p.ref(), p.version(), p.orderTime(), ++seen, p.signature(),
          p.signature().bandKeys(BANDS, ROWS));
      if (p.id().equals("excerpt")) {
        ofExcerpt.addAll(r.earlier());
      }
      r.later().stream().filter(c -> c.id().equals("excerpt")).map(Correction::original).forEach(ofExcerpt::add);
    }
    return NearMatch.original(ofExcerpt);
  }

  @Test
  void theSignaturesAreWhatTheTestNeeds() {
    assertThat(EXCERPT.similarity(FIRST)).isEqualTo(0.6);
    assertThat(UPDATE.similarity(FIRST)).isEqualTo(0.4);
    assertThat(EXCERPT.similarity(UPDATE)).isLessThan(0.5);
    assertThat(EXCERPT.similarity(STALE)).isLessThan(0.5);
  }

  @Test
  void theExcerptNamesTheOriginalInBothArrivalOrders() {
    Probe excerpt = new Probe("excerpt", 1, EXCERPT_TIME, EXCERPT, false);
    // One by one: the original's first body, its update, then the excerpt (the exact copy never reaches bands).
    List<Probe> inOrder = List.of(new Probe("original", 1, ORIGINAL_TIME, FIRST, false),
        new Probe("original", 2, ORIGINAL_TIME, UPDATE, false), excerpt);
    // The burst: a stale re-crawl comes first and is version 1, the exact copy owns the body until the original's
    // first body arrives (as a stale older version), then the update, then the excerpt.
    List<Probe> burst = List.of(new Probe("original", 1, ORIGINAL_TIME, STALE, false),
        new Probe("exact-copy", 1, COPY_TIME, FIRST, false),
        new Probe("original", 1, ORIGINAL_TIME, FIRST, true),
        new Probe("original", 2, ORIGINAL_TIME, UPDATE, false), excerpt);
    // And the excerpt first: it learns of both by corrections.
    List<Probe> excerptFirst = new ArrayList<>(List.of(excerpt));
    excerptFirst.addAll(burst.subList(0, 4));

    for (List<Probe> order : List.of(inOrder, burst, excerptFirst)) {
      assertThat(originalOfExcerpt(order)).as("order %s", order.stream().map(Probe::ref).toList())
          .map(NearMatch::id).contains("original");
    }
  }

  @Test
  void eachBodyOfAnArticleIsStoredOnceUnderItsOwnReference() {
    Map<String, StoredSignature> signatures = new HashMap<>();
    BandIndex index = new BandIndex(new BandMembers(), BandIndex.Table.of(signatures), 0.5);
    for (Probe p : List.of(new Probe("o", 1, 1, STALE, false), new Probe("o", 1, 1, FIRST, true),
        new Probe("o", 2, 1, UPDATE, false), new Probe("o", 1, 1, FIRST, true))) {
      index.probe(p.ref(), p.version(), p.orderTime(), 1, p.signature(), p.signature().bandKeys(BANDS, ROWS));
    }
    assertThat(signatures).containsOnlyKeys("o", BandIndex.refOf("o", FIRST), BandIndex.refOf("o", UPDATE));
    assertThat(BandIndex.idOf(BandIndex.refOf("o", UPDATE))).isEqualTo("o");
  }
}
