package dev.newsstream.streams.dedup;

import static dev.newsstream.streams.dedup.ChineseScriptPages.GUANGZHOU_HANS;
import static dev.newsstream.streams.dedup.ChineseScriptPages.GUANGZHOU_HANT;
import static dev.newsstream.streams.dedup.ChineseScriptPages.SHENZHEN_HANS;
import static dev.newsstream.streams.dedup.ChineseScriptPages.TAIPEI_HANS;
import static dev.newsstream.streams.dedup.ChineseScriptPages.TAIPEI_HANT;
import static dev.newsstream.streams.dedup.ChineseScriptPages.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Traditional and Simplified Chinese copies of a story shingle alike; different stories in either script do not. */
class HanScriptFoldTest {
  private static final MinHasher HASHER = new MinHasher(60, 3);

  @Test
  void traditionalCharactersFoldToSimplifiedAndSimplifiedOnesStay() {
    assertThat(HanScriptFold.fold("臺北捷運後來開門")).isEqualTo("台北捷运后来开门");
    assertThat(HanScriptFold.fold("台北捷运后来开门")).isEqualTo("台北捷运后来开门");
    // Latin and digits around Han characters stay.
    assertThat(HanScriptFold.fold("東京 2025 Tokyo")).isEqualTo("东京 2025 Tokyo");
    // A supplementary character (Extension B, U+20000, no other form) among them: the code-point path.
    assertThat(HanScriptFold.fold("臺\uD840\uDC00後")).isEqualTo("台\uD840\uDC00后");
  }

  @Test
  void japaneseTextKeepsItsKanjiSoItsSignaturesStayAsBeforeTheFold() {
    String japanese = "東京へ行く。選挙で勝利した。";
    assertThat(HanScriptFold.fold(japanese)).isSameAs(japanese);
    // The same kanji without kana around them are taken as Chinese and folded.
    assertThat(HanScriptFold.fold("選舉勝利")).isEqualTo("选举胜利");
  }

  @Test
  void textWithoutHanIsReturnedAsItIs() {
    for (String s : List.of("", "Grüße aus Köln", "ありがとうございます", "서울 지하철", "Москва", "plain ascii")) {
      assertThat(HanScriptFold.fold(s)).isSameAs(s);
    }
    String simplified = body(GUANGZHOU_HANS);
    assertThat(HanScriptFold.fold(simplified)).as("Simplified text folds to itself").isEqualTo(simplified);
  }

  @Test
  void foldingTwiceChangesNothing() {
    // Every Han code point of the BMP and of Extension B: ICU's single-character map has a cycle (苧, 苎) that the
    // fold resolves to one character, and chains that it follows to their end.
    List<int[]> ranges = List.of(new int[] {0x3400, 0x4DBF}, new int[] {0x4E00, 0x9FFF},
        new int[] {0xF900, 0xFAFF}, new int[] {0x20000, 0x2A6DF});
    int folded = 0;
    for (int[] r : ranges) {
      for (int cp = r[0]; cp <= r[1]; cp++) {
        int once = HanScriptFold.fold(cp);
        assertThat(HanScriptFold.fold(once)).as("U+%X", cp).isEqualTo(once);
        folded += once != cp ? 1 : 0;
      }
    }
    assertThat(folded).as("Traditional characters with a Simplified form").isGreaterThan(2_500);
    assertThat(HanScriptFold.fold('苧')).isEqualTo(HanScriptFold.fold('苎'));
  }

  @Test
  void aFoldThatChangesTheTextsLengthKeepsTheTokensAligned() {
    // Some Traditional characters of the BMP have their Simplified form outside it (a surrogate pair).
    int bmpToSupplementary = -1;
    for (int cp = 0x4E00; cp <= 0x9FFF && bmpToSupplementary < 0; cp++) {
      if (HanScriptFold.fold(cp) > 0xFFFF) {
        bmpToSupplementary = cp;
      }
    }
    assertThat(bmpToSupplementary).isPositive();
    String text = "甲" + Character.toString(bmpToSupplementary) + "乙 abc";
    ShingleTokens.Tokens tokens = ShingleTokens.of(text);
    assertThat(tokens.count()).isEqualTo(4);
    assertThat(tokens.token(1)).isEqualTo(Character.toString(HanScriptFold.fold(bmpToSupplementary)));
    assertThat(tokens.token(3)).isEqualTo("abc");
  }

  @Test
  void aCopyInTheOtherScriptHasTheSameShinglesAsItsOriginal() {
    // Without the fold: character 3-grams of the published texts, as the shingles were before.
    assertThat(rawCharacterTrigramJaccard(body(TAIPEI_HANT), body(TAIPEI_HANS))).isLessThan(0.3);
    assertThat(rawCharacterTrigramJaccard(body(GUANGZHOU_HANS), body(GUANGZHOU_HANT))).isLessThan(0.3);
    // With it: the copies differ only in the words the copy editor changed (公車 / 公交, 換乘 / 轉乘).
    assertThat(Shingles.jaccard(Shingles.of(body(TAIPEI_HANT), 3), Shingles.of(body(TAIPEI_HANS), 3)))
        .isGreaterThan(0.9);
    assertThat(Shingles.jaccard(Shingles.of(body(GUANGZHOU_HANS), 3), Shingles.of(body(GUANGZHOU_HANT), 3)))
        .isGreaterThan(0.9);
    assertThat(HASHER.sign(body(TAIPEI_HANT)).similarity(HASHER.sign(body(TAIPEI_HANS)))).isGreaterThan(0.8);
  }

  @Test
  void aDifferentStoryInTheOtherScriptStaysApart() {
    assertThat(Shingles.jaccard(Shingles.of(body(TAIPEI_HANT), 3), Shingles.of(body(SHENZHEN_HANS), 3)))
        .isLessThan(0.1);
    assertThat(Shingles.jaccard(Shingles.of(body(GUANGZHOU_HANT), 3), Shingles.of(body(SHENZHEN_HANS), 3)))
        .isLessThan(0.1);
    assertThat(HASHER.sign(body(TAIPEI_HANT)).similarity(HASHER.sign(body(SHENZHEN_HANS)))).isLessThan(0.3);
  }

  @Test
  void inEveryArrivalOrderOnlyTheCopiesInTheOtherScriptMatch() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("taipei-hant", body(TAIPEI_HANT));
    bodies.put("taipei-hans", body(TAIPEI_HANS));
    bodies.put("shenzhen-hans", body(SHENZHEN_HANS));
    bodies.put("guangzhou-hans", body(GUANGZHOU_HANS));
    bodies.put("guangzhou-hant", body(GUANGZHOU_HANT));
    Map<String, Long> time = new HashMap<>();
    long t = 1_000;
    for (String id : bodies.keySet()) {
      time.put(id, t += 60_000);
    }
    Set<String> expected = Set.of("taipei-hant>taipei-hans", "guangzhou-hans>guangzhou-hant");
    List<List<String>> orders = Permutations.of(new ArrayList<>(bodies.keySet()));
    assertThat(orders).hasSize(120);
    for (List<String> order : orders) {
      assertThat(matchedPairs(order, bodies, time)).as("order %s", order).isEqualTo(expected);
    }
  }

  /** Every pair of pages the band index matched (earlier match or correction), in one arrival order. */
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

  /** Jaccard of the distinct 3-character windows of the letters of two texts, nothing folded. */
  private static double rawCharacterTrigramJaccard(String a, String b) {
    Set<String> x = trigrams(a);
    Set<String> y = trigrams(b);
    Set<String> common = new TreeSet<>(x);
    common.retainAll(y);
    return (double) common.size() / (x.size() + y.size() - common.size());
  }

  private static Set<String> trigrams(String s) {
    int[] letters = s.codePoints().filter(Character::isLetterOrDigit).toArray();
    Set<String> out = new TreeSet<>();
    for (int i = 0; i + 3 <= letters.length; i++) {
      out.add(new String(letters, i, 3));
    }
    return out;
  }
}
