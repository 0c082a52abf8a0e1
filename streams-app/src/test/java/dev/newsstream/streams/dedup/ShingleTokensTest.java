package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Script-aware shingle tokens: words where words are spaced, single characters where they are not. */
class ShingleTokensTest {
  private static List<String> tokens(String text) {
    ShingleTokens.Tokens t = ShingleTokens.of(text);
    return IntStream.range(0, t.count()).mapToObj(t::token).toList();
  }

  @Test
  void spacedScriptsGiveTheNormalisedWords() {
    for (String text : List.of("The cat sat. THE CAT SAT!", "Ça coûte 12,5 € — n'est-ce pas?",
        "Президент заявил в понедельник", "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３", "")) {
      String normalized = TextNormalizer.normalize(text);
      assertThat(tokens(text)).isEqualTo(normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" ")));
    }
  }

  @Test
  void unspacedScriptsGiveOneTokenPerCharacter() {
    assertThat(tokens("本市供暖，提前启动。")).containsExactly("本", "市", "供", "暖", "提", "前", "启", "动");
    assertThat(tokens("日銀は金利を据え置いた")).containsExactly("日", "銀", "は", "金", "利", "を", "据", "え", "置", "い", "た");
    assertThat(tokens("서울 시장이")).containsExactly("서", "울", "시", "장", "이");
    // Thai: a consonant keeps its combining vowel and tone marks (here ไ-ม่ and ท-ี่).
    assertThat(tokens("ไม่มีที่")).containsExactly("ไ", "ม่", "มี", "ที่");
  }

  @Test
  void mixedTextSplitsPerRunOfScript() {
    assertThat(tokens("2025年11月の選挙でBiden氏が勝利")).containsExactly("2025", "年", "11", "月", "の", "選", "挙",
        "で", "biden", "氏", "が", "勝", "利");
    // Half-width Katakana and full-width digits are folded by NFKC; the long-vowel mark (script Common) stands alone.
    assertThat(tokens("ｺｰﾋｰ２杯")).containsExactly("コ", "ー", "ヒ", "ー", "2", "杯");
  }

  @Test
  void combiningMarksStayInTheirWord() {
    assertThat(tokens("हिन्दी समाचार")).containsExactly("हिन्दी", "समाचार");
  }

  @Test
  void englishShinglesAreUnchangedByScriptAwareTokens() {
    String text = "US and Ukrainian delegations meeting in Geneva on Sunday agreed to cut Washington's draft.";
    String[] words = TextNormalizer.normalize(text).split(" ");
    List<String> threeWord = new ArrayList<>();
    for (int i = 0; i + 3 <= words.length; i++) {
      threeWord.add(String.join(" ", Arrays.copyOfRange(words, i, i + 3)));
    }
    // The same set as hashing each space-joined 3-word window: one shingle per distinct window.
    assertThat(Shingles.of(text, 3)).hasSize((int) threeWord.stream().distinct().count());
    assertThat(Shingles.of(text, 3)).isEqualTo(Shingles.of(String.join(" ", words), 3));
  }

  @Test
  void oneEditedCharacterPerClauseKeepsChineseTextsClose() {
    String original = "本市今年冬季供暖工作将于十一月十五日正式启动，比往年提前五天，市住建局星期一在新闻发布会上宣布了这一消息。"
        + "今年全市集中供暖面积达到一亿二千万平方米，新增供暖用户约三万户，主要分布在城市东部和南部的新建小区。";
    String edited = "本市今年冬季供暖工作将于十一月十五日正式开始，比往年提早五天，市住建局周一在新闻发布会上宣布了这一消息。"
        + "今年全市集中供暖面积达到一亿二千万平方米，新增供暖用户大约三万户，主要分布在城市东部及南部的新建小区。";
    String unrelated = "市图书馆新馆将于下月初对外开放，新馆位于滨江公园北侧，建筑面积约四万平方米，可容纳读者三千人同时阅读。"
        + "新馆设有少儿阅览区和数字阅读体验区，藏书总量预计将超过二百万册，其中外文图书约占一成。";
    double copy = Shingles.jaccard(Shingles.of(original, 3), Shingles.of(edited, 3));
    double other = Shingles.jaccard(Shingles.of(original, 3), Shingles.of(unrelated, 3));
    assertThat(copy).isGreaterThan(0.6);
    assertThat(other).isLessThan(0.1);
    // Before: each clause was one "word", so 3-word shingles were whole clauses and one edit hid three of them.
    assertThat(TextNormalizer.normalize(original).split(" ")).hasSize(6);
  }

  /**
   * Tokenising while lower-casing one code point at a time gives exactly the tokens of lower-casing the whole text
   * first (String.toLowerCase(Locale.ROOT), the straightforward way, written out below): random texts drawn from
   * ASCII, Latin-1, Greek (with capital sigma), Turkish dotted I, combining marks, CJK, Kana, Hangul, Thai, digits,
   * punctuation and a supplementary Han character.
   */
  @Test
  void oneCodePointAtATimeGivesTheTokensOfLowerCasingTheWholeText() {
    String[] pieces = {"The", "CAT", "sat", " ", ", ", "-", "12", "Ça", "coûte", "ÉTÉ", "\u00a0", "Σ", "ΣΟΦΙΑ", "σοφός",
        "İstanbul", "ı", "e\u0301", "\u0301", "北京", "时间", "カタカナ", "ー", "ひらがな", "한국어", "ภาษาไทย", "\uD840\uDC00",
        "\uFF21\uFF22", "ﬁ", "…", "“", "”", "\n"};
    java.util.Random random = new java.util.Random(16);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      ShingleTokens.Tokens fast = ShingleTokens.of(t);
      String lowered = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
      assertThat(fast.text()).as(t).isEqualTo(lowered);
      assertThat(tokens(t)).as(t).isEqualTo(reference(lowered));
    }
  }

  /** The tokens of an already lower-cased text, by the definition in the class comment, code point by code point. */
  private static List<String> reference(String s) {
    List<String> out = new java.util.ArrayList<>();
    boolean open = false;
    boolean openIsWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      if (mark) {
        if (open) {
          out.set(out.size() - 1, out.get(out.size() - 1) + s.substring(i, next));
        }
      } else if (Character.isLetterOrDigit(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean unspaced = ShingleTokens.UNSPACED.contains(script) || (open && !openIsWord && Character.isLetter(cp)
            && (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED));
        if (open && openIsWord && !unspaced) {
          out.set(out.size() - 1, out.get(out.size() - 1) + s.substring(i, next));
        } else {
          out.add(s.substring(i, next));
          open = true;
          openIsWord = !unspaced;
        }
      } else {
        open = false;
      }
      i = next;
    }
    return out;
  }
}
