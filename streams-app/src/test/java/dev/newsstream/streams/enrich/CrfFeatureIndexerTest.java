package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CrfFeatureIndexerTest {
  private final Random random = new Random(15);

  /** Feature names like the templates make, some repeated, some unknown to the (pretend) feature index. */
  private List<String> names(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!out.isEmpty() && random.nextInt(8) == 0) {
        out.add(out.get(random.nextInt(out.size())));
      } else {
        out.add("w" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + (random.nextBoolean() ? "DISJN" : "PW") + "|C");
      }
    }
    return out;
  }

  @RepeatedTest(200)
  void theIndicesComeInTheIterationOrderOfTheHashSetCoreNlpCollectsTheNamesIn() {
    List<String> names = names(1 + random.nextInt(96));
    Map<String, Integer> index = new HashMap<>();
    for (String name : names) {
      index.computeIfAbsent(name, n -> random.nextInt(4) == 0 ? -1 : index.size() + 1000);
    }
    long[] packed = new long[names.size()];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = HashSetOrder.pack(names.get(i).hashCode(), index.get(names.get(i)));
    }
    // What NERFeatureFactory and documentToDataAndLabels do: a HashSet of 100, then the known names' indices.
    Set<String> set = new HashSet<>(100);
    set.addAll(names);
    List<Integer> expected = new ArrayList<>();
    for (String name : set) {
      if (index.get(name) >= 0) {
        expected.add(index.get(name));
      }
    }
    int[] actual = HashSetOrder.order(packed, packed.length);
    if (actual != null) { // null only for a bucket of 9, which the HashSet would turn into a tree
      assertThat(actual).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Three buckets of 12 feature names each (the same String-hash bucket of a 128-bucket HashSet). */
  private static final List<List<String>> CROWDED = crowdedBuckets();

  private static List<List<String>> crowdedBuckets() {
    Random r = new Random(8);
    Map<Integer, List<String>> byBucket = new HashMap<>();
    List<List<String>> out = new ArrayList<>();
    while (out.size() < 3) {
      String name = "w" + Integer.toString(r.nextInt(1 << 24), 36) + "-PSEQW|CpC";
      int h = name.hashCode();
      List<String> bucket = byBucket.computeIfAbsent((h ^ (h >>> 16)) & 127, b -> new ArrayList<>());
      bucket.add(name);
      if (bucket.size() == 12) {
        out.add(bucket);
      }
    }
    return out;
  }

  @Test
  void fewNamesCrowdedIntoAFewBucketsComeInTheHashSetsOrderToo() {
    // Up to HashSetOrder.SMALL names (the insertion-sort path, e.g. the edge clique's ~12) drawn from 1-3 buckets:
    // long runs in one bucket, repeats, unknown names, and buckets of 9 (null: left to CoreNLP). 300 random sets.
    int compared = 0;
    for (int set = 0; set < 300; set++) {
      compared += fewCrowdedNames() ? 1 : 0;
    }
    assertThat(compared).isGreaterThan(100); // most sets have no bucket of 9 and are compared with the HashSet
  }

  /** One random crowded set checked; whether it was compared with the HashSet (false: a bucket of 9, null). */
  private boolean fewCrowdedNames() {
    List<List<String>> crowded = CROWDED;
    int buckets = 1 + random.nextInt(3);
    List<String> names = new ArrayList<>();
    int m = 1 + random.nextInt(HashSetOrder.SMALL);
    for (int i = 0; i < m; i++) {
      List<String> pool = crowded.get(random.nextInt(buckets));
      names.add(!names.isEmpty() && random.nextInt(6) == 0 ? names.get(random.nextInt(names.size()))
          : pool.get(random.nextInt(12)));
    }
    Map<String, Integer> index = new HashMap<>();
    for (String name : names) {
      index.computeIfAbsent(name, n -> random.nextInt(4) == 0 ? -1 : index.size() + 1000);
    }
    long[] packed = new long[m];
    Map<Integer, Integer> perBucket = new HashMap<>();
    for (int i = 0; i < m; i++) {
      int h = names.get(i).hashCode();
      packed[i] = HashSetOrder.pack(h, index.get(names.get(i)));
      perBucket.merge((h ^ (h >>> 16)) & 127, 1, Integer::sum);
    }
    int[] actual = HashSetOrder.order(packed, m);
    if (perBucket.values().stream().anyMatch(c -> c >= 9)) {
      assertThat(actual).isNull();
      return false;
    }
    Set<String> set = new HashSet<>(100);
    set.addAll(names);
    assertThat(actual).containsExactly(set.stream().mapToInt(index::get).filter(i -> i >= 0).toArray());
    return true;
  }

  @RepeatedTest(50)
  void aPairFeaturesHashIsComputedWithoutBuildingItsName() {
    String a = names(1).get(0);
    String b = "Xx" + random.nextInt(1000);
    String c = random.nextBoolean() ? "" : "d-" + a;
    for (int template = 0; template < 10; template++) {
      assertThat(CrfPairNames.pairHash(template, a, b, c))
          .isEqualTo(CrfPairNames.pairName(template, a, b, c).hashCode());
    }
  }

  @Test
  void aPairHashOfPartsLongerThanThePowerTableIsStillTheNamesHash() {
    // 31^length comes from a 64-entry table; a URL-long word or shape goes past it.
    String longWord = "https://example.org/" + "x".repeat(70) + "/page";
    for (String b : List.of("", "x", "X".repeat(63), "X".repeat(64), "X".repeat(65), longWord)) {
      for (int template = 0; template < 10; template++) {
        assertThat(CrfPairNames.pairHash(template, longWord, b, b))
            .isEqualTo(CrfPairNames.pairName(template, longWord, b, b).hashCode());
      }
    }
  }

  @Test
  void namesCollidingInOneBucketKeepTheirInsertionOrderAndABucketOfNineIsLeftToCoreNlp() {
    // "Aa" and "BB" have the same String hash: same bucket, so the set keeps them in insertion order.
    long[] packed = {HashSetOrder.pack("BB".hashCode(), 7), HashSetOrder.pack("Aa".hashCode(), 3)};
    assertThat(HashSetOrder.order(packed, 2)).containsExactly(7, 3);
    long[] nine = new long[9];
    for (int i = 0; i < nine.length; i++) {
      nine[i] = HashSetOrder.pack(5 + 128 * i, i); // 9 hashes in bucket 5 of 128
    }
    assertThat(HashSetOrder.order(nine, 8)).hasSize(8);
    assertThat(HashSetOrder.order(nine, 9)).isNull();
  }
}
