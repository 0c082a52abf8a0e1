package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The text dump's hand-written line split and one-pass repeat/concatenation filter give what the plain forms give. */
class TextDumpShortcutsTest {
  @Property(tries = 1000)
  void linesAreTheRegexSplitLines(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'c')
      @Chars({' ', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\t', '\u00a0', '\uFEFF'}) String text) {
    assertThat(nonBlank(TextDumpParser.lines(text))).isEqualTo(nonBlank(Arrays.asList(text.split("\\R"))));
  }

  private static List<String> nonBlank(List<String> lines) {
    return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Property(tries = 1000)
  void oneFilterPassIsTheTwoFilters(@ForAll("paragraphs") List<String> paragraphs) {
    assertThat(Paragraphs.dropRepeatsAndConcatenations(paragraphs))
        .isEqualTo(Paragraphs.dropConcatenations(Paragraphs.dropRepeats(paragraphs)));
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> sentence = Arbitraries.of("The council met on Monday to vote.", "the COUNCIL met on monday, to vote",
        "Rain is expected across the north by evening.", "Shares fell 3% in early trading today.", "Short.",
        "Ministers said the plan would be published next week.");
    Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
    return paragraph.list().ofMaxSize(8);
  }
}
