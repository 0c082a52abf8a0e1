package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NameFragmentRules} on hand-made spans (review 9, #8 kinds, each with look-alikes that stay). No model. */
class NameFragmentRulesTest {
  private static List<String> apply(String text, TaggedSpan... spans) {
    return surfacesInTextOrder(NameFragmentRules.apply(List.of(spans), text), text);
  }

  @Test
  void danglingDashesAndCommasAreCutAndInnerHyphensStay() {
    String text = "avec Michèle Alliot-Marie − puis Jean-Paul Delevoye, enfin";
    assertThat(apply(text, span(text, "Michèle Alliot-Marie −", "PERSON", 0.9),
        span(text, "Jean-Paul Delevoye,", "PERSON", 0.9)))
        .containsExactly("Michèle Alliot-Marie/PERSON", "Jean-Paul Delevoye/PERSON");
  }

  @Test
  void onlyPersonsLoseASentenceOpeningWordAndParticle() {
    String text = "Banque de France Paris a dit.";
    assertThat(apply(text, span(text, "Banque de France Paris", "ORGANIZATION", 0.9)))
        .containsExactly("Banque de France Paris/ORGANIZATION");
  }

  @Test
  void aPersonOpeningWithTheElidedArticleIsDroppedButDApostropheSurnamesStay() {
    String text = "L’Elysée dément. Valéry Giscard d’Estaing et Massimo D'Alema, l'Hôtel Matignon.";
    assertThat(apply(text, span(text, "L’Elysée", "PERSON", 0.9), span(text, "Valéry Giscard d’Estaing", "PERSON", 0.9),
        span(text, "D'Alema", "PERSON", 0.9), span(text, "l'Hôtel Matignon", "PERSON", 0.9),
        span(text, "l'Hôtel Matignon", "LOCATION", 0.9)))
        .containsExactly("Valéry Giscard d’Estaing/PERSON", "D'Alema/PERSON", "l'Hôtel Matignon/LOCATION");
  }

  @Test
  void aSentenceOpeningWordAndParticleBeforeAFullNameAreCutOff() {
    String text = "Entree de Thomas Monconduit\nJean de La Fontaine. José de San Martín. Le but de Thomas Monconduit";
    assertThat(apply(text, span(text, "Entree de Thomas Monconduit", "PERSON", 0.9),
        span(text, "Jean de La Fontaine", "PERSON", 0.9), span(text, "José de San Martín", "PERSON", 0.9)))
        .containsExactly("Thomas Monconduit/PERSON", "Jean de La Fontaine/PERSON", "José de San Martín/PERSON");
    // Not at a sentence start: left as tagged.
    String mid = "et Charles de Gaulle Junior parla";
    assertThat(apply(mid, span(mid, "Charles de Gaulle Junior", "PERSON", 0.9)))
        .containsExactly("Charles de Gaulle Junior/PERSON");
  }

  @Test
  void guillemetsAndATrailingQuestionMarkAreCutButANamesOwnMarksStay() {
    String text = "« Premier ministre » et Le débat permanent ? puis Yahoo! et « Le Monde » ici";
    assertThat(apply(text, span(text, "Premier ministre »", "MISC", 0.9),
        span(text, "Le débat permanent ?", "MISC", 0.9),
        span(text, "Yahoo!", "ORGANIZATION", 0.9), span(text, "« Le Monde »", "ORGANIZATION", 0.9)))
        .containsExactly("Premier ministre/MISC", "Le débat permanent/MISC", "Yahoo!/ORGANIZATION",
            "Le Monde/ORGANIZATION");
  }

  @Test
  void anElidedDeOpeningABodyOrPlaceIsCutButPersonsAndInnerOnesStay() {
    String text = "la revue d’Esprit, d'Ukraine, la Côte d'Ivoire et Valéry d’Estaing; Esprit";
    assertThat(apply(text, span(text, "d’Esprit", "ORGANIZATION", 0.9), span(text, "d'Ukraine", "LOCATION", 0.9),
        span(text, "Côte d'Ivoire", "LOCATION", 0.9), span(text, "d’Estaing", "PERSON", 0.9)))
        .containsExactly("Esprit/ORGANIZATION", "Ukraine/LOCATION", "Côte d'Ivoire/LOCATION", "d’Estaing/PERSON");
  }
}
