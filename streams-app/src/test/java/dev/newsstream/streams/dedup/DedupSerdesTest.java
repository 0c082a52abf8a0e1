package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingDecision;
import dev.newsstream.streams.dedup.DedupMessages.Verdict;
import dev.newsstream.streams.parse.TextNormalizer;
import dev.newsstream.url.CanonicalUrl;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The compact store formats round-trip what the stages read back (last-seen times to the second). */
class DedupSerdesTest {
  private static final String ID = CanonicalUrl.of("https://www.example.com/news/a-story").id();
  private static final String HASH = TextNormalizer.contentHash("some body");
  private static final long T = 1_764_000_000_123L;

  private static <T> T roundTrip(Serde<T> serde, T value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }

  @Test
  void urlStateKeepsHashVersionAndTimesAndLastSeenToTheSecond() {
    UrlState s = new UrlState(HASH, 300, UrlState.NONE, T, T - 5, T + 999);
    assertThat(roundTrip(DedupSerdes.urlState(), s)).isEqualTo(new UrlState(HASH, 300, UrlState.NONE, T, T - 5,
        T + 999 - (T + 999) % 1000));
    assertThat(DedupSerdes.urlState().serializer().serialize("t", s)).as("format + 33 + 2 + 24 + 4").hasSize(64);
    // A hash that is not lower-case hex still round-trips (as text).
    assertThat(roundTrip(DedupSerdes.urlState(), new UrlState("h2", 1, 0, 0, 0, 0)).contentHash()).isEqualTo("h2");
  }

  @Test
  void contentOwnerAndVerdictRoundTrip() {
    assertThat(roundTrip(DedupSerdes.contentOwner(), new ContentOwner(ID, 2, T, 7_000)))
        .isEqualTo(new ContentOwner(ID, 2, T, 7_000));
    Verdict clean = new Verdict(1, "https://www.example.com/news/a-story", null, false, 3_000, null);
    assertThat(DedupSerdes.verdict().serializer().serialize("t", clean).length)
        .as("a page time costs 4 bytes").isEqualTo(DedupSerdes.verdict().serializer()
            .serialize("t", new Verdict(1, clean.canonicalUrl(), null, false, 3_000, 5_000L)).length - 4);
    assertThat(roundTrip(DedupSerdes.verdict(), clean)).isEqualTo(clean);
    Verdict near = new Verdict(4, "https://x.example/é", new NearMatch(ID, T, 0.75), false, 3_000, 1_764_061_200_000L);
    assertThat(roundTrip(DedupSerdes.verdict(), near)).isEqualTo(near);
    Verdict exact = new Verdict(1, "u", new NearMatch("not-hex", -1, 1.0), true, 0, null);
    assertThat(roundTrip(DedupSerdes.verdict(), exact)).isEqualTo(exact);
  }

  @Test
  void aPageTimeOutsideTheSecondsRangeComesBackAsItWas() {
    // Correction notices carry the stored page time: a stated date before 1970 or after 2106 must not wrap or clamp
    // into another (review 10: a sentinel time came back as a wrapped one).
    for (long t : new long[] {-2_208_988_800_000L, -1L, 4_294_967_296_000L, 253_402_300_799_000L}) {
      Verdict v = new Verdict(1, "u", null, false, 3_000, t);
      assertThat(roundTrip(DedupSerdes.verdict(), v).pageTime()).as("page time %d", t).isEqualTo(t);
    }
    assertThat(roundTrip(DedupSerdes.verdict(), new Verdict(1, "u", null, false, 3_000, 4_294_967_295_000L))
        .pageTime()).as("the last second of the 32-bit range still fits").isEqualTo(4_294_967_295_000L);
  }

  @Test
  void storedSignatureKeepsTheFullReference() {
    MinHashSignature sig = new MinHasher(60, 3).sign("a few words of some body text");
    for (String ref : new String[] {ID, BandIndex.refOf(ID, sig), "o#0badf00d"}) {
      StoredSignature back = roundTrip(DedupSerdes.storedSignature(), StoredSignature.of(ref, 3, T, 9_000, sig));
      assertThat(back.ref()).isEqualTo(ref);
      assertThat(back.version()).isEqualTo(3);
      assertThat(back.orderTime()).isEqualTo(T);
      assertThat(back.seenAt()).isEqualTo(9_000);
      assertThat(back.similarity(sig)).isEqualTo(1.0);
    }
    // The bands whose buckets hold the body round-trip as they were written (the buckets are rebuilt from them).
    List<org.apache.kafka.common.utils.Bytes> bands = sig.bandKeys(20, 3).stream().limit(10).map(CompactKeys::of)
        .toList();
    StoredSignature member = StoredSignature.of(ID, 1, T, 9_000, sig, bands);
    byte[] bytes = DedupSerdes.storedSignature().serializer().serialize("t", member);
    assertThat(roundTrip(DedupSerdes.storedSignature(), member).bands()).isEqualTo(bands);
    assertThat(bytes.length).as("10 bands cost a count byte and 10 x (1 + 7) bytes").isEqualTo(
        DedupSerdes.storedSignature().serializer().serialize("t", StoredSignature.of(ID, 1, T, 9_000, sig)).length
            + 80);
    assertThat(bytes[0]).as("format byte").isEqualTo((byte) 6);
    assertThat(roundTrip(DedupSerdes.storedSignature(), StoredSignature.of(ID, 1, T, 9_000, sig, bands,
        StoredSignature.bodyPrint(HASH))).body()).as("the body print").isEqualTo(StoredSignature.bodyPrint(HASH));
    MinHashSignature paragraphs = new MinHasher(60, 3).sign("First paragraph of words.\n\nA second one.\n\n"
        + "About us: a site ending.\n\nSend us tips.");
    StoredSignature ended = roundTrip(DedupSerdes.storedSignature(), StoredSignature.of(ID, 1, T, 9_000, paragraphs));
    assertThat(ended.ending()).as("how the body ends (BodyEnding)").isEqualTo(paragraphs.ending());
    assertThat(ended.ending().hashes()).hasSize(BodyEnding.KEPT);
    StoredSignature old = StoredSignature.of(ID, 1, T, 9_000, sig.withEnding(BodyEnding.NONE));
    assertThat(roundTrip(DedupSerdes.storedSignature(), old).ending()).as("a record of before session 10")
        .isEqualTo(BodyEnding.NONE);
    assertThat(BandIndex.shortRef(ID)).hasSize(16).isEqualTo(ID.substring(0, 16));
    assertThat(BandIndex.shortRef(ID + "#0badf00d")).isEqualTo(ID.substring(0, 16) + "#0badf00d");
    assertThat(BandIndex.shortRef("o#0badf00d")).isEqualTo("o#0badf00d");
  }

  @Test
  void inFlightMessagesRoundTripWithoutTheBody() {
    MinHashSignature sig = new MinHasher(60, 3).sign("a few words of some body text");
    BandProbe probe = new BandProbe(ID, 2, 5L, T, sig, true, null);
    assertThat(roundTrip(DedupSerdes.bandProbe(), probe)).isEqualTo(probe);
    BandProbe checking = new BandProbe(ID, 2, 0L, T, sig, false, HASH);
    assertThat(roundTrip(DedupSerdes.bandProbe(), checking)).isEqualTo(checking);
    assertThat(DedupSerdes.bandProbe().serializer().serialize("t", probe))
        .as("format 1 + id 2 + 32 + version 4 + bands 8 + order time 8 + signature 2 + 120 + flag 1 + no hash 2"
            + " + body print 8 + ending 8 (1 paragraph: counts 1 + 1, 1 kept, hash 4 + count 1)")
        .hasSize(196);
    assertThat(roundTrip(DedupSerdes.bandProbe(), probe).signature().ending()).isEqualTo(sig.ending())
        .isNotEqualTo(BodyEnding.NONE);
    byte[] withoutEnding = DedupSerdes.bandProbe().serializer().serialize("t",
        new BandProbe(ID, 2, 5L, T, sig.withEnding(BodyEnding.NONE), true, null));
    assertThat(withoutEnding).as("an unknown ending costs nothing (and reads back as unknown)").hasSize(188);
    assertThat(DedupSerdes.bandProbe().deserializer().deserialize("t", withoutEnding).signature().ending())
        .isEqualTo(BodyEnding.NONE);
    assertThat(checking.body()).as("every probe of a page carries its body print")
        .isEqualTo(StoredSignature.bodyPrint(HASH)).isNotEqualTo(StoredSignature.UNKNOWN_BODY);
    PendingDecision pending = new PendingDecision(true, 5L, true, List.of(new NearMatch(ID, T, 0.5)),
        new NearMatch("owner", 1, 1.0), T);
    assertThat(roundTrip(DedupSerdes.pendingDecision(), pending)).isEqualTo(pending);
    DedupSerdes serdes = new DedupSerdes(new AvroSerde<>(Article.class));
    BandReply same = new BandReply(ID + "#1", -1L, List.of(), new NearMatch("owner", 1, 1.0), true);
    assertThat(roundTrip(serdes.decisionInput(), DecisionInput.of(same)).reply()).isEqualTo(same);
    BandReply plain = new BandReply(ID + "#1", 3L, List.of(new NearMatch(ID, T, 0.75)));
    assertThat(roundTrip(serdes.decisionInput(), DecisionInput.of(plain)).reply()).isEqualTo(plain);
  }
}
