package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SurnameTypeRules} on hand-made spans (review 9, #8: one name, two types in one article). No model. */
class SurnameTypeRulesTest {
  /** Spans of every occurrence of each "surface/TYPE", in the given order. */
  private static List<TaggedSpan> spans(String text, String... tagged) {
    List<TaggedSpan> out = new ArrayList<>();
    for (String t : tagged) {
      String surface = t.substring(0, t.lastIndexOf('/'));
      String type = t.substring(t.lastIndexOf('/') + 1);
      int at = text.indexOf(surface);
      out.add(new TaggedSpan(at, at + surface.length(), type, 0.8));
    }
    return out;
  }

  @Test
  void aSurnameTaggedAsAPlaceBesideThePersonsFullNameIsThatPerson() {
    String text = "Saied a gagné. Le président Kais Saied parle. Wissa marque, puis Yoane Wissa sort. Le Fée de Enzo Le Fée.";
    List<TaggedSpan> in = spans(text, "Saied/LOCATION", "Kais Saied/PERSON", "Wissa/LOCATION", "Yoane Wissa/PERSON",
        "Le Fée/MISC", "Enzo Le Fée/PERSON");
    assertThat(surfacesInTextOrder(SurnameTypeRules.apply(in, text), text)).containsExactly("Saied/PERSON",
        "Kais Saied/PERSON", "Wissa/PERSON", "Yoane Wissa/PERSON", "Le Fée/PERSON", "Enzo Le Fée/PERSON");
  }

  @Test
  void aPlaceAfterAPlacePrepositionInCapitalsOrWithoutAFullNameStays() {
    String text = "George Washington est né. Il va à Washington. WASHINGTON (AFP) - Aouar marque. Memphis Depay et Lyon.";
    List<TaggedSpan> in = new ArrayList<>(spans(text, "George Washington/PERSON", "Aouar/LOCATION",
        "Memphis Depay/PERSON", "Lyon/LOCATION"));
    int place = text.indexOf("Washington.");
    in.add(new TaggedSpan(place, place + 10, "LOCATION", 0.8));
    int dateline = text.indexOf("WASHINGTON");
    in.add(new TaggedSpan(dateline, dateline + 10, "LOCATION", 0.8));
    // A PERSON slip ending in a particle and a place does not make the place a surname.
    String slip = "France gagne. Au Stade de France, et de Sarnez. Marielle de Sarnez.";
    List<TaggedSpan> slipSpans = spans(slip, "Stade de France/PERSON", "France/LOCATION", "de Sarnez/LOCATION",
        "Marielle de Sarnez/PERSON");
    assertThat(surfacesInTextOrder(SurnameTypeRules.apply(slipSpans, slip), slip)).containsExactly(
        "France/LOCATION", "Stade de France/PERSON", "de Sarnez/PERSON", "Marielle de Sarnez/PERSON");
    // "Memphis" is a first name, not the last words: not retyped (nor tagged here).
    assertThat(surfacesInTextOrder(SurnameTypeRules.apply(in, text), text)).containsExactly(
        "George Washington/PERSON", "Washington/LOCATION", "WASHINGTON/LOCATION", "Aouar/LOCATION",
        "Memphis Depay/PERSON", "Lyon/LOCATION");
  }
}
