package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CommonWordRules#lowerCasePrograms} on its pattern, with look-alikes. No model is loaded. */
class CommonWordRulesTest {
  private static final Set<String> KNOWN_LOWER = Set.of("cook", "the", "said");

  @Test
  void aOneWordPersonTheDocumentAlsoWritesInLowerCaseIsAProgram() {
    String text = "Nginx serves the site. Restart it with: sudo systemctl restart nginx\n\nGrafana reads "
        + "/etc/grafana/grafana.ini and Cook said the cook left. Merkel met @merkel fans at merkel.de.";
    List<TaggedSpan> spans = List.of(span(text, "Nginx", "PERSON", 0.66), span(text, "Grafana", "PERSON", 0.9),
        span(text, "Cook", "PERSON", 0.9), span(text, "Merkel", "PERSON", 1.0));
    // Grafana is written in lower case only in a path and a file name; "cook" is a known word; "merkel" only in a
    // handle and an address: all three stay people.
    assertThat(surfacesInTextOrder(CommonWordRules.lowerCasePrograms(spans, text, KNOWN_LOWER), text))
        .containsExactly("Nginx/MISC", "Grafana/PERSON", "Cook/PERSON", "Merkel/PERSON");
  }

  /**
   * {@link CommonWordRules#wholeWord} (session 10: indexOf and a look at the characters around) finds what the regex it
   * replaced, {@code (?<![\\p{L}\\p{N}])word(?![\\p{L}\\p{N}])}, finds, match after match: on random text of letters,
   * digits, other numbers ("½", "Ⅻ"), supplementary letters and lone surrogates around the word.
   */
  @Test
  void wholeWordFindsWhatTheLookAroundRegexFinds() {
    String alphabet = "abAB 1½Ⅻ-.:\n\uD835\uDC00\uD800\uDC00é";
    Random random = new Random(15);
    int matches = 0;
    for (int i = 0; i < 20_000; i++) {
      String word = random.nextBoolean() ? "ab" : random.nextBoolean() ? "Ab" : "a";
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        text.append(random.nextInt(4) == 0 ? word : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String t = text.toString();
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(t);
      List<Integer> expected = new java.util.ArrayList<>();
      while (m.find()) {
        expected.add(m.start());
      }
      List<Integer> actual = new java.util.ArrayList<>();
      for (int at = CommonWordRules.wholeWord(t, word, 0); at >= 0; at = CommonWordRules.wholeWord(t, word,
          at + word.length())) {
        actual.add(at);
      }
      assertThat(actual).as("'%s' in [%s]", word, t).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).isGreaterThan(10_000);
  }

  @Test
  void aRecurringFieldLabelIsDroppedAndANameInProseIsKept() {
    String text = "Level: 82\nLevel: 85\nSpeed: 12\nBelle said Level 3 was hard.\nSpeed: 14";
    List<TaggedSpan> spans = List.of(span(text, "Level", "PERSON", 0.9), span(text, "Speed", "PERSON", 0.8),
        span(text, "Belle", "PERSON", 0.9));
    // "Level" also stands in prose: kept; "Speed" only labels rows: dropped.
    assertThat(surfacesInTextOrder(CommonWordRules.fieldLabels(spans, text), text))
        .containsExactly("Level/PERSON", "Belle/PERSON");
  }
}
