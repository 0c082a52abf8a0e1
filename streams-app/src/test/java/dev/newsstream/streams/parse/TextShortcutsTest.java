package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link TextShortcuts} gives what the regular expressions it replaces give, on any mix of spaces, scripts and numbers. */
class TextShortcutsTest {
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  @Property(tries = 1000)
  void lowerLettersAndDigitsIsTheReplacement(@ForAll @StringLength(max = 30) @CharRange(from = ' ', to = '~')
      @Chars({'É', 'İ', 'Σ', 'ß', '²', '½', 'Ⅻ', '٣', '’', '\u00a0', '\u0301', '年', 'ー', '\ud835', '\udc01', '\ud801',
          '\udc00'}) String s) {
    assertThat(TextShortcuts.lowerLettersAndDigits(s))
        .isEqualTo(NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  @Property(tries = 1000)
  void collapseSpacesIsTheReplacement(@ForAll @StringLength(max = 30) @CharRange(from = 'a', to = 'e')
      @Chars({' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u2007', '\u202F', '\u2003', '\u3000', '\u001c',
          '\u0085', 'É'}) String s) {
    assertThat(TextShortcuts.collapseSpaces(s)).isEqualTo(SPACES.matcher(s).replaceAll(" ").strip());
  }

  @Test
  void examples() {
    assertThat(TextShortcuts.lowerLettersAndDigits("Quiet Shelf, №2")).isEqualTo("quietshelf2");
    assertThat(TextShortcuts.collapseSpaces(" A\u00a0 headline\n\tsplit ")).isEqualTo("A headline split");
  }
}
