package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EventRules} on its pattern, with look-alikes it must leave alone. No model is loaded. */
class EventRulesTest {
  @Test
  void aNameEndingInAnEventNounIsAnEventWhateverTheModelTypedItsFirstWords() {
    String text = "GOLF - SUN CITY CHALLENGE SCORES\n\nEls led the Sun City Challenge; Rafter won the Hopman Cup, "
        + "Victoria the Sheffield Shield, and Nadal the Paris Open.";
    List<TaggedSpan> spans = List.of(span(text, "SUN CITY CHALLENGE", "LOCATION", 0.9),
        span(text, "Sun City Challenge", "LOCATION", 0.9), span(text, "Hopman Cup", "PERSON", 0.8),
        span(text, "Sheffield Shield", "LOCATION", 0.7), span(text, "Paris Open", "ORGANIZATION", 0.8));
    List<TaggedSpan> out = EventRules.events(spans, text);
    assertThat(surfaces(out, text)).containsExactly("SUN CITY CHALLENGE/MISC", "Sun City Challenge/MISC",
        "Hopman Cup/MISC", "Sheffield Shield/MISC", "Paris Open/MISC");
    assertThat(out.get(2).confidence()).isEqualTo(0.8);
  }

  @Test
  void oneWordNamesAndBodiesNamedWithEventLikeNounsStay() {
    String text = "Runners reached Marathon. Epic Games, Blue Shield and Vanity Fair sued; Brian Masters and the "
        + "National Rally spoke at the Hollywood Bowl in Paris.";
    List<TaggedSpan> spans = List.of(span(text, "Marathon", "LOCATION", 0.9),
        span(text, "Epic Games", "ORGANIZATION", 0.9), span(text, "Blue Shield", "ORGANIZATION", 0.9),
        span(text, "Vanity Fair", "ORGANIZATION", 0.9), span(text, "Brian Masters", "PERSON", 1.0),
        span(text, "National Rally", "ORGANIZATION", 0.9), span(text, "Hollywood Bowl", "LOCATION", 0.9),
        span(text, "Paris", "LOCATION", 1.0));
    assertThat(EventRules.events(spans, text)).isEqualTo(spans);
  }
}
