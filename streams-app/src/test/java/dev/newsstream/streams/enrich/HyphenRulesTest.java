package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HyphenRules} on its patterns, with look-alikes it must leave alone. No model is loaded. */
class HyphenRulesTest {
  /** Stand-in for the model's known lower-case words. */
  private static final java.util.Set<String> LOWER = java.util.Set.of("spider", "rolls");

  private static TaggedSpan at(String text, String surface, int from, String type) {
    int start = text.indexOf(surface, from);
    return new TaggedSpan(start, start + surface.length(), type, 0.9);
  }

  @Test
  void aNameAfterAnUntaggedCapitalisedWordAndAHyphenTakesTheWord() {
    String text = "Itar-Tass said the Anglo-Dutch group and Saxony-Anhalt agreed.";
    List<TaggedSpan> spans = List.of(at(text, "Tass", 0, "ORGANIZATION"), at(text, "Dutch", 0, "MISC"),
        at(text, "Anhalt", 0, "LOCATION"));
    assertThat(surfaces(HyphenRules.apply(spans, text, LOWER), text)).containsExactly("Itar-Tass/ORGANIZATION",
        "Anglo-Dutch/MISC", "Saxony-Anhalt/LOCATION");
  }

  @Test
  void englishPrefixesCapitalsKnownWordsAndTaggedWordsStayApart() {
    String text = "Ex-Chelsea and pro-Beijing men, Spider-Man and Rolls-Royce, US-China talks, Merkel-Macron meeting.";
    List<TaggedSpan> spans = List.of(at(text, "Chelsea", 0, "ORGANIZATION"), at(text, "Beijing", 0, "LOCATION"),
        at(text, "Man", 0, "PERSON"), at(text, "Royce", 0, "ORGANIZATION"), at(text, "China", 0, "LOCATION"),
        at(text, "Merkel", 0, "PERSON"), at(text, "Macron", 0, "PERSON"));
    assertThat(HyphenRules.apply(spans, text, LOWER)).isEqualTo(spans);
  }

  @Test
  void aGivenNameSyllableAfterAHyphenIsPartOfTheName() {
    String text = "Moon Jae-in met Wong Pik-wan and Kim Young-sam's aides.";
    List<TaggedSpan> spans = List.of(at(text, "Moon Jae", 0, "PERSON"), at(text, "Wong Pik", 0, "PERSON"),
        at(text, "Kim Young", 0, "PERSON"));
    assertThat(surfaces(HyphenRules.apply(spans, text, LOWER), text)).containsExactly("Moon Jae-in/PERSON",
        "Wong Pik-wan/PERSON", "Kim Young-sam/PERSON");
  }

  @Test
  void englishCompoundsOnANameKeepTheirEnds() {
    // A one-word name, a compounding word, a long word, a further hyphen, and a place: none is extended.
    String text = "Biden-led talks, Joe Biden-style rallies, Boris Johnson-inspired jokes, Kim Jong-un-era rules, "
        + "New York-based firms.";
    List<TaggedSpan> spans = List.of(at(text, "Biden", 0, "PERSON"), at(text, "Joe Biden", 0, "PERSON"),
        at(text, "Boris Johnson", 0, "PERSON"), at(text, "Kim Jong", 0, "PERSON"),
        at(text, "New York", 0, "LOCATION"));
    assertThat(surfaces(HyphenRules.apply(spans, text, LOWER), text)).containsExactly("Biden/PERSON",
        "Joe Biden/PERSON", "Boris Johnson/PERSON", "Kim Jong/PERSON", "New York/LOCATION");
  }

}
