package dev.newsstream.streams.dedup;

import static dev.newsstream.streams.dedup.SiteEndingPages.BOATHOUSE;
import static dev.newsstream.streams.dedup.SiteEndingPages.BUSES;
import static dev.newsstream.streams.dedup.SiteEndingPages.BUSES_SYNDICATED;
import static dev.newsstream.streams.dedup.SiteEndingPages.EAGLE;
import static dev.newsstream.streams.dedup.SiteEndingPages.EAGLE_NEW_LEAD;
import static dev.newsstream.streams.dedup.SiteEndingPages.FIRE;
import static dev.newsstream.streams.dedup.SiteEndingPages.withEnding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Review 10, item 1: different stories sharing a site's standard ending are not near-duplicates (pure core). */
class BodyEndingTest {
  private static final MinHasher HASHER = new MinHasher(60, 3);

  @Test
  void theEndingListsTheLastParagraphsWithTheirShingleCounts() {
    BodyEnding e = BodyEnding.of(ShingleTokens.of("One two three four.\n\nFive six seven.\n \nEight nine."), 3);
    assertThat(e.paragraphs()).isEqualTo(3);
    assertThat(e.shingles()).isEqualTo(9 - 2);
    assertThat(e.suffixShingles()).as("shingles wholly inside the last 1, 2, 3 paragraphs").containsExactly(0, 3, 7);
    BodyEnding same = BodyEnding.of(ShingleTokens.of("Other text here, longer.\n\nFIVE six, seven!\n\neight  NINE"), 3);
    assertThat(same.hashes()[0]).as("case and punctuation do not matter").isEqualTo(e.hashes()[0]);
    assertThat(same.hashes()[1]).isEqualTo(e.hashes()[1]);
    assertThat(same.hashes()[2]).isNotEqualTo(e.hashes()[2]);
    assertThat(BodyEnding.of(ShingleTokens.of("Just one paragraph\nwith a line break."), 3).paragraphs()).isEqualTo(1);
  }

  @Test
  void differentStoriesWithTheSameSiteEndingAreNotCopiesWhateverTheWholePageSimilarity() {
    List<List<String>> stories = List.of(FIRE, BOATHOUSE, BUSES, EAGLE);
    double highest = 0;
    for (int i = 0; i < stories.size(); i++) {
      for (int j = i + 1; j < stories.size(); j++) {
        String a = withEnding(stories.get(i));
        String b = withEnding(stories.get(j));
        highest = Math.max(highest, Shingles.jaccard(Shingles.of(a, 3), Shingles.of(b, 3)));
        MinHashSignature sa = HASHER.sign(a);
        MinHashSignature sb = HASHER.sign(b);
        double whole = sa.similarity(sb);
        assertThat(sa.ending().storySimilarity(whole, sb.ending())).as("stories %d and %d, whole page %.2f", i, j,
            whole).isLessThan(0.25);
        assertThat(sa.ending().ownShare(whole, sb.ending())).as("shared text outside the ending").isLessThan(0.15);
        assertThat(sa.ending().restsOnStory(whole, sb.ending(), 0.5)).isFalse();
      }
    }
    assertThat(highest).as("the pattern: whole pages above the 0.5 threshold through the ending alone")
        .isGreaterThan(0.5);
  }

  @Test
  void copiesOfTheStoryWithTheSameEndingStayCopies() {
    for (List<List<String>> pair : List.of(List.of(BUSES, BUSES_SYNDICATED), List.of(EAGLE, EAGLE_NEW_LEAD))) {
      MinHashSignature a = HASHER.sign(withEnding(pair.get(0)));
      MinHashSignature b = HASHER.sign(withEnding(pair.get(1)));
      assertThat(a.ending().storySimilarity(a.similarity(b), b.ending())).as(pair.get(1).get(0)).isGreaterThan(0.5);
    }
    // Two long copies of one story near the threshold that happen to close with the same line: the line is a
    // minor part of what they share, the match stands (bench dedup's "lede replaced" copies).
    DedupStories.Story story = TestPages.story("storm-landfall");
    List<String> newLead = new ArrayList<>(story.paragraphs());
    newLead.set(0, story.headline() + ", the agency reported.");
    newLead.add("Reporting by our correspondents; editing by the news desk.");
    List<String> prefixed = new ArrayList<>(story.paragraphs());
    prefixed.set(0, "(Agency) - " + prefixed.get(0));
    prefixed.add("Reporting by our correspondents; editing by the news desk.");
    MinHashSignature x = HASHER.sign(String.join("\n\n", newLead));
    MinHashSignature y = HASHER.sign(String.join("\n\n", prefixed));
    assertThat(x.ending().storySimilarity(x.similarity(y), y.ending())).as("the last 3 paragraphs discounted")
        .isLessThan(0.5);
    assertThat(x.ending().ownShare(x.similarity(y), y.ending())).isGreaterThan(0.3);
    assertThat(x.ending().restsOnStory(x.similarity(y), y.ending(), 0.5)).isTrue();
    // An excerpt that is nothing but the other's ending paragraphs: the ending is then the story, nothing removed.
    MinHashSignature whole = HASHER.sign(String.join("\n\n", EAGLE));
    MinHashSignature tail = HASHER.sign(String.join("\n\n", EAGLE.subList(1, 3)));
    assertThat(whole.ending().storySimilarity(0.6, tail.ending())).isEqualTo(0.6);
    assertThat(BodyEnding.NONE.storySimilarity(0.6, whole.ending())).as("unknown ending").isEqualTo(0.6);
    assertThat(BodyEnding.NONE.ownShare(0.6, whole.ending())).isEqualTo(1.0);
  }

  /** Every pair of pages the index matched (earlier match or correction), in one arrival order. */
  private static Set<String> matchedPairs(List<String> order, Map<String, String> bodies, Map<String, Long> time) {
    BandIndex index = new BandIndex(new BandMembers(), BandIndex.Table.of(new HashMap<>()), 0.5);
    Set<String> pairs = new TreeSet<>();
    for (String id : order) {
      MinHashSignature s = HASHER.sign(bodies.get(id));
      BandIndex.Result r = index.probe(id, 1, time.get(id), time.get(id), s, s.bandKeys(20, 3));
      r.earlier().forEach(m -> pairs.add(m.id() + ">" + id));
      r.later().forEach(c -> pairs.add(id + ">" + c.id()));
    }
    return pairs;
  }

  @Test
  void inEveryArrivalOrderOnlyTheRealCopiesMatch() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("fire", withEnding(FIRE));
    bodies.put("boathouse", withEnding(BOATHOUSE));
    bodies.put("buses", withEnding(BUSES));
    bodies.put("eagle", withEnding(EAGLE));
    bodies.put("buses-syndicated", withEnding(BUSES_SYNDICATED));
    bodies.put("eagle-new-lead", withEnding(EAGLE_NEW_LEAD));
    Map<String, Long> time = new HashMap<>();
    long t = 1_000;
    for (String id : bodies.keySet()) {
      time.put(id, t += 60_000);
    }
    Set<String> expected = Set.of("buses>buses-syndicated", "eagle>eagle-new-lead");
    List<List<String>> orders = Permutations.of(new ArrayList<>(bodies.keySet()));
    assertThat(orders).hasSize(720);
    for (List<String> order : orders) {
      assertThat(matchedPairs(order, bodies, time)).as("order %s", order).isEqualTo(expected);
    }
  }

  @Test
  void theVerdictIsTheTwoClausesOfItsDefinition() {
    // restsOnStory works out the common ending and the intersection once; its verdict must stay exactly that of its
    // two public clauses, on endings that share 0-3 paragraphs, hit the "nothing but the ending" case, and on
    // similarities from 0 to 1 (random, fixed seed).
    java.util.Random random = new java.util.Random(11);
    int[] hashes = {7, 8, 9};
    for (int i = 0; i < 200_000; i++) {
      int shared = random.nextInt(4);
      BodyEnding a = randomEnding(random, hashes, shared);
      BodyEnding b = randomEnding(random, hashes, shared);
      double similarity = random.nextInt(61) / 60.0;
      double threshold = 0.3 + random.nextInt(5) * 0.1;
      boolean clauses = a.storySimilarity(similarity, b) >= threshold
          || a.ownShare(similarity, b) >= BodyEnding.OWN_SHARE;
      assertThat(a.restsOnStory(similarity, b, threshold)).as("%s %s %s %s", a, b, similarity, threshold)
          .isEqualTo(clauses);
    }
  }

  /** An ending whose last {@code shared} paragraphs hash as {@code hashes} (same counts), the others at random. */
  private static BodyEnding randomEnding(java.util.Random random, int[] hashes, int shared) {
    int kept = 1 + random.nextInt(BodyEnding.KEPT);
    int paragraphs = kept + random.nextInt(3);
    int[] h = new int[kept];
    int[] suffix = new int[kept];
    int total = 0;
    for (int j = 0; j < kept; j++) {
      h[j] = j < shared ? hashes[j] : random.nextInt();
      total += j < shared ? 5 + 7 * j : 1 + random.nextInt(40);
      suffix[j] = total;
    }
    return new BodyEnding(total + random.nextInt(200) + 1, paragraphs, h, suffix);
  }
}
