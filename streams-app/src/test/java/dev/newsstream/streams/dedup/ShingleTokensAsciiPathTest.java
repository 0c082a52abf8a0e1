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
 * {@link ShingleTokens} takes a shortcut for ASCII characters (issue 16 item 5: tokenising is most of a MinHash
 * signature's cost). The shortcut must give exactly the tokens of the general per-code-point rules, kept here as the
 * reference, on any mix of ASCII, accented Latin, combining marks, CJK, Kana and Thai.
 */
class ShingleTokensAsciiPathTest {
  @Property(tries = 2000)
  void asciiShortcutGivesTheTokensOfTheGeneralRules(
      @ForAll @StringLength(max = 60) @CharRange(from = ' ', to = '~') @Chars({'é', 'Ä', 'ß', '\u0301', '\u0e34',
          'ก', '年', '月', 'の', 'ー', 'カ', '한', 'Ｆ', '１', '’', '\u00a0', '\t', '\n'}) String text) {
    assertThat(tokens(ShingleTokens.of(text))).isEqualTo(reference(text));
  }

  @Test
  void examplesAcrossTheShortcutsEdges() {
    for (String text : List.of("Biden 2025年11月の選挙で Biden", "cafe\u0301 CAFÉ", "ab\u0301c d", "x-ray 9/11", "カー ター",
        "ทดสอบa1", "", "  ...  ")) {
      assertThat(tokens(ShingleTokens.of(text))).as(text).isEqualTo(reference(text));
    }
  }

  private static List<String> tokens(ShingleTokens.Tokens t) {
    return IntStream.range(0, t.count()).mapToObj(t::token).toList();
  }

  /** The rules without the ASCII shortcut: every code point through the Unicode tables (Han folded, as since s11). */
  private static List<String> reference(String text) {
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
        UnicodeScript script = UnicodeScript.of(cp);
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
