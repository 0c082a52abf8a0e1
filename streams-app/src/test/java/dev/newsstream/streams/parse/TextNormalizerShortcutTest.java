package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link TextNormalizer#normalize} and {@link TextNormalizer#wordCount} run on every paragraph of every page and
 * take shortcuts for speed (issue 16 item 5): a char array instead of a StringBuilder, ASCII answered without the
 * Unicode tables. Their results must be those of the plain definitions, kept here as references, on any mix of
 * ASCII, accented and full-width Latin, apostrophes, CJK and surrogate pairs.
 */
class TextNormalizerShortcutTest {
  @Property(tries = 2000)
  void normaliseIsThePlainDefinition(@ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~')
      @Chars({'é', 'Ä', 'ß', '\u0301', 'Ｆ', '１', '’', '\u00a0', '\t', '年', 'İ', 'Σ'}) String text) {
    assertThat(TextNormalizer.normalize(text)).isEqualTo(plainNormalize(text));
  }

  /**
   * The chunked path (NFKC per run of non-ASCII characters with the ASCII character before it) on what may compose
   * with a neighbour or change length: combining marks after ASCII letters, "I" + combining dot (-> İ), compatibility
   * forms that become ASCII, Greek capital sigma (whose lower case depends on its neighbours) and its compatibility
   * forms, ligatures, Hangul jamo, supplementary letters whose lower case is supplementary too.
   */
  @Property(tries = 3000)
  void chunkedNormaliseIsTheWholeTextOne(@ForAll @StringLength(max = 60) @CharRange(from = ' ', to = '~')
      @Chars({'…', '\u0301', '\u0307', '\u0327', '\u0308', 'ﬁ', 'Ｆ', '½', '㍻', 'Ω', 'K', 'ǅ', 'Ϲ', 'ϲ', 'Σ', 'σ',
          'İ', 'ᄀ', 'ᅡ', 'ᆨ', '\ud801', '\udc00', '\ud835', '\udeba', '\u00a0', '’', '—'}) String text) {
    assertThat(TextNormalizer.normalize(text)).isEqualTo(TextNormalizer.normalizeWhole(text))
        .isEqualTo(plainNormalize(text));
  }

  /** Every code point between ASCII letters, after an upper-case and a lower-case one, and as a text of its own. */
  @org.junit.jupiter.api.Test
  void chunkedNormaliseAgreesOnEveryCodePoint() {
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      String c = new String(Character.toChars(cp));
      for (String text : new String[] {c, "Ab" + c + "C" + c + c + ". x", "I" + c + "e" + c}) {
        assertThat(TextNormalizer.normalize(text)).as("U+%04X", cp).isEqualTo(TextNormalizer.normalizeWhole(text));
      }
    }
  }

  @Property(tries = 2000)
  void wordCountIsTheNumberOfWords(@ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~')
      @Chars({'é', 'Ä', '’', '\u00a0', '年', '東', 'の', 'ア', 'ー', '한', '\ud835', '\udc00', '\u0301'}) String text) {
    assertThat(TextNormalizer.wordCount(text)).isEqualTo(TextNormalizer.words(text).size());
  }

  @Property(tries = 1000)
  void cappedWordCountIsTheCountUpToTheCap(@ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~')
      @Chars({'é', '’', '年', 'の', '\ud835', '\udc00'}) String text, @ForAll @IntRange(max = 20) int atMost) {
    assertThat(TextNormalizer.wordCount(text, atMost)).isEqualTo(Math.min(TextNormalizer.words(text).size(), atMost));
  }

  /** Lower case, NFKC, letters and digits only, single spaces: every character through the Unicode tables. */
  private static String plainNormalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }
}
