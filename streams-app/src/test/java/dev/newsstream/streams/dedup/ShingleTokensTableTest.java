package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Session 10 (issue 16 item 5): {@link ShingleTokens} reads each BMP character's properties from a table built once
 * and skips re-normalising text that is already NFKC. Tokens, and so every MinHash signature and the stored state,
 * must stay exactly those of the tokeniser before (kept here as {@link #before}: NFKC always, then the JDK's tables
 * per character, with every character below U+0370 taken as Latin).
 */
class ShingleTokensTableTest {
  @Test
  void everyCodePointGetsThePropertiesThePerCharacterLookupsGave() {
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      int kind = ShingleTokens.kindOf(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      UnicodeScript script = cp < 0x370 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
      assertThat((kind & ShingleTokens.MARK) != 0).as("mark %x", cp).isEqualTo(mark);
      assertThat((kind & ShingleTokens.LETTER_OR_DIGIT) != 0).as("letter or digit %x", cp)
          .isEqualTo(Character.isLetterOrDigit(cp));
      assertThat((kind & ShingleTokens.UNSPACED_SCRIPT) != 0).as("unspaced %x", cp)
          .isEqualTo(ShingleTokens.UNSPACED.contains(script));
      assertThat((kind & ShingleTokens.LETTER_IN_COMMON_SCRIPT) == ShingleTokens.LETTER_IN_COMMON_SCRIPT)
          .as("common letter %x", cp)
          .isEqualTo(Character.isLetter(cp) && (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED));
    }
  }

  @Property(tries = 3000)
  void tokensAreThoseOfTheTokeniserBefore(
      @ForAll @StringLength(max = 60) @CharRange(from = ' ', to = '~') @Chars({'é', 'Ä', 'ß', 'µ', 'ﬁ', 'ｶ', 'ﾞ',
          '\u0301', '\u02b9', '\u02bc', '\u0e34', 'ก', '年', '月', 'の', 'ー', '々', 'カ', '한', 'Ｆ', '１', '’', '“',
          '\u00a0', '\u2028', '\t', '\n', 'Ω', 'ж'}) String text) {
    assertThat(tokens(ShingleTokens.of(text))).isEqualTo(before(text));
  }

  @Test
  void examples() {
    for (String text : List.of("“Biden” said 2025年11月の選挙で", "ｶﾞｰﾄﾞ ＡＢＣ １２", "ﬁnal café\u0301", "年\u02b9a ok",
        "Москва’s ΑΘΗΝΑ", "")) {
      assertThat(tokens(ShingleTokens.of(text))).as(text).isEqualTo(before(text));
    }
  }

  private static List<String> tokens(ShingleTokens.Tokens t) {
    return IntStream.range(0, t.count()).mapToObj(t::token).toList();
  }

  /**
   * The tokeniser of main 07fbaa2 (its non-ASCII branch, which also gives the ASCII tokens), on text folded to
   * Simplified Han characters as since session 11 ({@link HanScriptFold}: 選 is 选).
   */
  private static List<String> before(String text) {
    String s = HanScriptFold.fold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    List<int[]> spans = new ArrayList<>();
    boolean open = false;
    boolean openIsWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        if (open) {
          spans.get(spans.size() - 1)[1] = next;
        }
      } else if (Character.isLetterOrDigit(cp)) {
        UnicodeScript script = cp < 0x370 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
        boolean unspaced = ShingleTokens.UNSPACED.contains(script) || (open && !openIsWord && Character.isLetter(cp)
            && (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED));
        if (open && openIsWord && !unspaced) {
          spans.get(spans.size() - 1)[1] = next;
        } else {
          spans.add(new int[] {i, next});
          open = true;
          openIsWord = !unspaced;
        }
      } else {
        open = false;
      }
      i = next;
    }
    return spans.stream().map(sp -> s.substring(sp[0], sp[1])).toList();
  }
}
