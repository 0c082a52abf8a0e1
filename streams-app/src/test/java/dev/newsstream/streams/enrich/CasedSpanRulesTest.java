package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CasedSpanRules} on hand-made spans (no model loaded): each review 8 kind and a look-alike that stays. */
class CasedSpanRulesTest {
  @Test
  void aGluedPrepositionIsCutOffAndSplitsTwoFusedNames() {
    String text = "Il succède à Jacques Chirac àJean-Paul Delevoye, puis àMartine Aubry.";
    List<TaggedSpan> out = CasedSpanRules.gluedWords(List.of(
        span(text, "Jacques Chirac àJean-Paul Delevoye", "PERSON", 0.9),
        span(text, "àMartine Aubry", "PERSON", 0.7)), text);
    assertThat(surfacesInTextOrder(out, text))
        .containsExactly("Jacques Chirac/PERSON", "Jean-Paul Delevoye/PERSON", "Martine Aubry/PERSON");
    assertThat(out).allMatch(s -> s.confidence() == 0.9 || s.confidence() == 0.7);
  }

  @Test
  void lowerCaseLetterBrandsAndSpacedParticlesAreNoGluedWords() {
    String text = "Ursula von der Leyen kauft ein iPhone bei eBay und McDonald's; Charles de Gaulle, elDiario.es, "
        + "Neil deGrasse Tyson.";
    List<TaggedSpan> in = List.of(span(text, "Ursula von der Leyen", "PERSON", 0.9),
        span(text, "Neil deGrasse Tyson", "PERSON", 0.9),
        span(text, "elDiario.es", "ORGANIZATION", 0.8),
        span(text, "iPhone", "MISC", 0.8), span(text, "eBay", "ORGANIZATION", 0.8),
        span(text, "McDonald's", "ORGANIZATION", 0.8), span(text, "Charles de Gaulle", "PERSON", 0.8));
    assertThat(CasedSpanRules.gluedWords(in, text)).isEqualTo(in);
  }

  @Test
  void hyphenJoinedPartsOfOneTypeAreOneName() {
    String text = "In Nordrhein-Westfalen und Baden-Württemberg regiert Annegret Kramp-Karrenbauer nicht.";
    List<TaggedSpan> out = CasedSpanRules.hyphenRuns(List.of(
        span(text, "Nordrhein", "LOCATION", 0.9), span(text, "Westfalen", "LOCATION", 0.6),
        span(text, "Baden-", "LOCATION", 0.8), span(text, "Württemberg", "LOCATION", 0.8),
        span(text, "Annegret Kramp", "PERSON", 0.9), span(text, "-Karrenbauer", "PERSON", 0.7)), text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Nordrhein-Westfalen/LOCATION",
        "Baden-Württemberg/LOCATION", "Annegret Kramp-Karrenbauer/PERSON");
    assertThat(out.get(0).confidence()).isEqualTo(0.6);
  }

  @Test
  void spacedDashesOtherTypesLowerCasePartsAndCompoundModifiersStayApart() {
    String text = "Berlin - Paris, Frankreich–Spanien, Siemens-Berlin, Jean-de Luz, das Merkel-Macron-Treffen.";
    List<TaggedSpan> in = List.of(span(text, "Berlin", "LOCATION", 0.9), span(text, "Paris", "LOCATION", 0.9),
        span(text, "Frankreich", "LOCATION", 0.9), span(text, "Spanien", "LOCATION", 0.9),
        span(text, "Siemens", "ORGANIZATION", 0.9), span(text, "-Berlin", "LOCATION", 0.9),
        span(text, "Jean", "PERSON", 0.9), span(text, "de Luz", "PERSON", 0.9),
        span(text, "Merkel", "PERSON", 0.9), span(text, "Macron", "PERSON", 0.9));
    assertThat(CasedSpanRules.hyphenRuns(in, text)).containsExactlyElementsOf(in);
  }

  @Test
  void aCompoundNounsFirstPartIsNoPlaceButAPersonOrPartyStays() {
    String text = "Das Benn-Gesetz der Merkel-Regierung gilt im Berlin-Verkehr, sagen Scholz, Labour-Abgeordnete und "
        + "iPhone-Nutzer.";
    List<TaggedSpan> out = CasedSpanRules.compoundModifiers(List.of(
        span(text, "Benn", "LOCATION", 0.8), span(text, "Merkel", "PERSON", 0.9),
        span(text, "Berlin", "LOCATION", 0.7), span(text, "Scholz", "PERSON", 0.9),
        span(text, "Labour", "ORGANIZATION", 0.9), span(text, "iPhone", "MISC", 0.9)), text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Merkel/PERSON", "Scholz/PERSON",
        "Labour/ORGANIZATION", "iPhone/MISC");
  }

  @Test
  void aCompoundPartNamedOnItsOwnElsewhereKeepsThatNamesType() {
    String text = "Gottfried Benn schrieb. Das Benn-Gesetz gilt im Berlin-Verkehr; Berlin plant mehr.";
    int benn = text.indexOf("Benn-");
    List<TaggedSpan> out = CasedSpanRules.compoundModifiers(List.of(span(text, "Gottfried Benn", "PERSON", 0.9),
        new TaggedSpan(benn, benn + 4, "LOCATION", 0.8), span(text, "Berlin", "LOCATION", 0.7),
        new TaggedSpan(text.lastIndexOf("Berlin"), text.lastIndexOf("Berlin") + 6, "LOCATION", 0.9)), text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Gottfried Benn/PERSON", "Benn/PERSON",
        "Berlin/LOCATION", "Berlin/LOCATION");
  }

  @Test
  void aOneWordPersonTheTextWritesAfterAGermanArticleIsACommonNoun() {
    String text = "Daten tauchten auf, nachdem Hacker sie kopiert hatten. Der Hacker floh, die Spur eines Hackers. "
        + "Studie  Meier sagte, der Merkel-Regierung zufolge, die Kanzlerin Angela Merkel und Scholz. Kurier gab sie "
        + "einem ihm bekannten Kurier.";
    int second = text.indexOf("Hacker floh");
    List<TaggedSpan> out = CasedSpanRules.articlePersons(List.of(span(text, "Hacker", "PERSON", 0.8),
        new TaggedSpan(second, second + 6, "PERSON", 0.8), span(text, "Hacker floh", "PERSON", 0.8),
        span(text, "Hackers", "PERSON", 0.8), span(text, "Meier", "PERSON", 0.8), span(text, "Merkel", "PERSON", 0.9),
        span(text, "Angela Merkel", "PERSON", 0.9), span(text, "Scholz", "PERSON", 0.9),
        span(text, "Daten", "ORGANIZATION", 0.5), span(text, "Kurier", "PERSON", 0.6)), text);
    // "Hacker floh" is two words: the rule is for one-word persons. "Studie" ends in "die" but is no article; the
    // article of "der Merkel-Regierung" is the compound's; "Daten" is no PERSON.
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Daten/ORGANIZATION", "Hacker floh/PERSON",
        "Meier/PERSON", "Merkel/PERSON", "Angela Merkel/PERSON", "Scholz/PERSON");
  }

  @Test
  void aRelativePronounBeforeANameIsNoArticle() {
    String text = "Die Reform, die Merkel einführte, und der Plan, den Scholz vorlegte: Merkel und Scholz.";
    List<TaggedSpan> in = List.of(span(text, "Merkel", "PERSON", 0.9), span(text, "Scholz", "PERSON", 0.9),
        new TaggedSpan(text.lastIndexOf("Merkel"), text.lastIndexOf("Merkel") + 6, "PERSON", 0.9));
    assertThat(CasedSpanRules.articlePersons(in, text)).isEqualTo(in);
  }

  @Test
  void namesInAGermanProductListAreMiscButASingleNameOrAPersonListStay() {
    String text = "Fahrzeuge wie die Modelle Fuchs, Boxer, Yak und Scout. Das Modell Deutschland. "
        + "Die Typen Anna Fuchs und Scout Meier. Es sprach Fuchs.";
    List<TaggedSpan> spans = new java.util.ArrayList<>(List.of(span(text, "Fuchs", "PERSON", 0.8),
        span(text, "Yak", "ORGANIZATION", 0.8), span(text, "Scout", "PERSON", 0.8),
        span(text, "Deutschland", "LOCATION", 0.9), span(text, "Anna Fuchs", "PERSON", 0.9),
        span(text, "Scout Meier", "PERSON", 0.9)));
    int last = text.lastIndexOf("Fuchs");
    spans.add(new TaggedSpan(last, last + 5, "PERSON", 0.8));
    assertThat(SpanFixtures.surfacesInTextOrder(CasedSpanRules.productLists(spans, text), text)).containsExactly(
        "Fuchs/MISC", "Yak/MISC", "Scout/MISC", "Deutschland/LOCATION", "Anna Fuchs/PERSON", "Scout Meier/PERSON",
        "Fuchs/PERSON");
  }
}
