package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupStories.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandIndexTest {
  private final BandMembers buckets = new BandMembers();
  private final Map<String, StoredSignature> signatures = new HashMap<>();
  private final BandIndex index = new BandIndex(buckets, BandIndex.Table.of(signatures), 0.5);
  private final MinHasher hasher = new MinHasher(60, 3);

  private static String body(Story s) {
    return String.join("\n\n", s.paragraphs());
  }

  @Test
  void aSharedBandIsVerifiedAgainstTheWholeSignatureAndOnlyEarlierArticlesMatch() {
    MinHashSignature a = hasher.sign(body(TestPages.story("louvre-heist")));
    MinHashSignature b = hasher.sign(body(TestPages.story("louvre-arrests")));
    List<String> oneBand = List.of("00:aaaa");
    assertThat(index.probe("a", 1, 100, 100, a, oneBand).earlier()).isEmpty();
    assertThat(index.probe("b", 1, 200, 200, b, oneBand).earlier()).as("sharing a band is not enough").isEmpty();
    assertThat(index.probe("a-copy", 1, 300, 300, a, oneBand).earlier()).extracting(NearMatch::id).containsExactly("a");
    // An earlier copy arriving last: no match for it, a correction for each later similar article instead.
    BandIndex.Result early = index.probe("a-first", 1, 50, 400, a, oneBand);
    assertThat(early.earlier()).isEmpty();
    assertThat(early.later()).extracting(DedupMessages.Correction::id).containsExactlyInAnyOrder("a", "a-copy");
    assertThat(early.later()).allSatisfy(c -> {
      assertThat(c.original().id()).isEqualTo("a-first");
      assertThat(c.exact()).isFalse();
    });
  }

  @Test
  void theSignatureIsStoredOncePerArticleAndBucketsHoldIdsWithinTheCap() {
    MinHashSignature a = hasher.sign(body(TestPages.story("louvre-heist")));
    List<String> keys = a.bandKeys(20, 3);
    index.probe("a", 1, 1, 1, a, keys);
    assertThat(signatures).containsOnlyKeys("a");
    assertThat(buckets.size()).isEqualTo(20);
    assertThat(keys).allSatisfy(k -> assertThat(buckets.get(CompactKeys.of(k))).containsExactly("a"));
    assertThat(signatures.get("a").bands()).as("the record lists its bands").hasSize(20);
    MinHashSignature other = hasher.sign(body(TestPages.story("tennis-final")));
    for (int i = 0; i < BandBucket.MAX_ENTRIES + 10; i++) {
      index.probe("x" + i, 1, 100 + i, 100 + i, other, List.of(keys.get(0)));
    }
    assertThat(buckets.get(CompactKeys.of(keys.get(0)))).as("the earliest are kept").hasSize(BandBucket.MAX_ENTRIES)
        .contains("a", "x0").doesNotContain("x" + (BandBucket.MAX_ENTRIES + 9));
    String last = "x" + (BandBucket.MAX_ENTRIES + 9);
    assertThat(signatures.get(last).bands()).as("a body the full bucket refused is a member of no band").isEmpty();
    assertThat(signatures.get("x0").bands()).containsExactly(CompactKeys.of(keys.get(0)));
  }

  @Test
  void eightStoredBitsEstimateTheSimilarityOfTheFullSignature() {
    for (String[] pair : new String[][] {{"louvre-heist", "louvre-arrests"}, {"ecb-holds-rates", "ecb-minutes-split"}}) {
      MinHashSignature x = hasher.sign(body(TestPages.story(pair[0])));
      MinHashSignature y = hasher.sign(body(TestPages.story(pair[1])));
      assertThat(StoredSignature.of("x", 1, 0, 0, x).similarity(y)).isCloseTo(x.similarity(y),
          org.assertj.core.data.Offset.offset(0.05));
    }
    MinHashSignature s = hasher.sign(body(TestPages.story("storm-landfall")));
    assertThat(StoredSignature.of("s", 1, 0, 0, s).similarity(s)).isEqualTo(1.0);
  }

  @Test
  void compactKeysHalveHexAndKeepOtherText() throws java.io.IOException {
    String id = "1cc3a6d95a87b30d753f1f216f2b5fa6";
    assertThat(CompactKeys.of(id).get()).hasSize(16);
    assertThat(CompactKeys.of("07:9f3a0001beef").get()).hasSize(7);
    assertThat(CompactKeys.of("07:9f3a0001beef")).isNotEqualTo(CompactKeys.of("08:9f3a0001beef"));
    // Ids in bucket values round-trip, also one whose first byte is 0xff and one that is not hex at all.
    String otherBody = id + "#0badf00d";
    List<String> ids = List.of(id, "ff" + id.substring(2), "not-hex", "a", otherBody, "x#0badf00d");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      for (String i : ids) {
        CompactKeys.writeId(out, i);
      }
    }
    try (java.io.DataInputStream in = new java.io.DataInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      for (String i : ids) {
        assertThat(CompactKeys.readId(in)).isEqualTo(i);
      }
    }
    assertThat(bytes.size())
        .as("2 x (1 + 16) + (1 + 2 + 7) + (1 + 2 + 1) + (1 + 16 + 4) + (1 + 2 + 10)")
        .isEqualTo(34 + 10 + 4 + 21 + 13);
    assertThat(CompactKeys.of(otherBody).get()).hasSize(20);
    assertThat(CompactKeys.of(otherBody)).isNotEqualTo(CompactKeys.of(id))
        .isNotEqualTo(CompactKeys.of(id + "#0badf00e"));
  }

  @Test
  void aLaterArticleWithTheVerySameBodyGetsAnExactCorrectionAndOneWithAnotherBodyANearOneEvenAtSimilarityOne() {
    MinHashSignature a = hasher.sign(body(TestPages.story("louvre-heist")));
    List<String> keys = a.bandKeys(20, 3);
    long body = StoredSignature.bodyPrint("ab12cd34ef56ab78" + "00".repeat(24));
    long other = StoredSignature.bodyPrint("ab12cd34ef56ab79" + "00".repeat(24));
    index.probe("copy", 1, 300, 300, a, keys, body);
    index.probe("edited", 1, 310, 310, a, keys, other); // same signature, one word apart, say
    index.probe("unknown", 1, 320, 320, a, keys); // no print: never taken for the same body
    BandIndex.Result r = index.probe("first", 1, 100, 400, a, keys, body);
    assertThat(r.later()).hasSize(3).allSatisfy(c -> assertThat(c.original().id()).isEqualTo("first"));
    assertThat(r.later()).filteredOn(DedupMessages.Correction::exact).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("copy");
      assertThat(c.original().similarity()).isEqualTo(1.0);
    });
    assertThat(signatures.get("first").body()).isEqualTo(body);
    assertThat(StoredSignature.bodyPrint("not-hex")).isNotEqualTo(StoredSignature.UNKNOWN_BODY)
        .isEqualTo(StoredSignature.bodyPrint("not-hex")).isNotEqualTo(StoredSignature.bodyPrint("not-hez"));
  }

  @Test
  void aStaleOlderBodyIsNeverCorrectedAndARecurringBodyKeepsItsPublishedVersion() {
    MinHashSignature a = hasher.sign(body(TestPages.story("louvre-heist")));
    List<String> keys = a.bandKeys(20, 3);
    index.probe("p#00000001", DedupMessages.PendingArticle.STALE_VERSION, 300, 300, a, keys);
    assertThat(index.probe("x", 1, 100, 400, a, keys).later()).as("no published version has that body").isEmpty();
    index.probe("q#00000001", 3, 300, 500, a, keys);
    index.probe("q#00000001", DedupMessages.PendingArticle.STALE_VERSION, 300, 600, a, keys);
    assertThat(signatures.get("q#00000001").version()).as("the stale re-probe keeps version 3").isEqualTo(3);
    assertThat(index.probe("y", 1, 50, 700, a, keys).later()).extracting(DedupMessages.Correction::id)
        .containsExactlyInAnyOrder("x", "q");
  }
}
