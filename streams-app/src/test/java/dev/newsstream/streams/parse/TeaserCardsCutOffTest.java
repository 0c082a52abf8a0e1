package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link TeaserCards#isCutOff} reads an excerpt's end backwards instead of searching it with
 * {@link TeaserCards#CUT_OFF}: the answers must be the pattern's on any text (all of {@code \s}, the brackets, both
 * ellipses, and the line terminators {@code $} may stand before).
 */
class TeaserCardsCutOffTest {
  @Property(tries = 5000)
  void sameAnswerAsThePattern(@ForAll @StringLength(max = 12) @Chars({'.', '…', ']', ')', '[', '(', ' ', '\t', '\n',
      '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\u00a0', 'a'}) String text) {
    assertThat(TeaserCards.isCutOff(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(TeaserCards.CUT_OFF.matcher(text).find());
  }

  @Test
  void cutOffExcerptsAndLookAlikes() {
    assertThat(TeaserCards.isCutOff("co-presented by The Public Theatre and Onassis […]")).isTrue();
    assertThat(TeaserCards.isCutOff("the rest of the story...")).isTrue();
    assertThat(TeaserCards.isCutOff("the rest of the story… )\u2029")).isTrue();
    assertThat(TeaserCards.isCutOff("Ends as a sentence.")).isFalse();
    assertThat(TeaserCards.isCutOff("Wait... then it went on")).isFalse();
    assertThat(TeaserCards.isCutOff("two dots..")).isFalse();
    assertThat(TeaserCards.isCutOff("two brackets …])")).isFalse();
  }
}
