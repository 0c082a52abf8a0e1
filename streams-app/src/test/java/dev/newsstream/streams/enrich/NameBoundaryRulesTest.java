package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NameBoundaryRules} on each pattern, with look-alikes it must leave alone. No model is loaded. */
class NameBoundaryRulesTest {
  /** A stand-in for the model's lower-case words: generic nouns, and a surname seen in lower case ("chan"). */
  private static final Set<String> LOWERCASE = Set.of("bank", "university", "church", "people", "women", "east",
      "environment", "statistics", "visit", "the", "chan", "expo", "fan", "in", "report");

  @Test
  void lowerCaseWordsAtTheEndOfANameAreCutOff() {
    String text = "Aid reached Sindh province and the Bank of England. Hamas militants and Osama bin Laden and "
        + "an iPhone user. the state";
    List<TaggedSpan> spans = List.of(span(text, "Sindh province", "LOCATION", 0.8),
        span(text, "Bank of England", "ORGANIZATION", 0.9), span(text, "Hamas militants", "ORGANIZATION", 0.7),
        span(text, "Osama bin Laden", "PERSON", 1.0), span(text, "iPhone user", "MISC", 0.6),
        span(text, "the state", "ORGANIZATION", 0.6));
    // Lower-case words inside a name stay; a span with no capital is left to the no-capital rule.
    List<TaggedSpan> out = NameBoundaryRules.trailingLowerCase(spans, text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Sindh/LOCATION", "Bank of England/ORGANIZATION",
        "Hamas/ORGANIZATION", "Osama bin Laden/PERSON", "iPhone/MISC", "the state/ORGANIZATION");
    assertThat(out.get(0).confidence()).isEqualTo(0.8);
  }

  @Test
  void aLowerCaseWordThatIsNoNameParticleEndsAPerson() {
    String text = "Chirac le surnommaitle Grand Con. Charles de Gaulle, Ursula von der Leyen, Piero della Francesca "
        + "and Osama bin Laden; Smith told Jones.";
    List<TaggedSpan> spans = List.of(span(text, "Chirac le surnommaitle Grand Con", "PERSON", 0.7),
        span(text, "Charles de Gaulle", "PERSON", 1.0), span(text, "Ursula von der Leyen", "PERSON", 1.0),
        span(text, "Piero della Francesca", "PERSON", 0.9), span(text, "Osama bin Laden", "PERSON", 1.0),
        span(text, "Smith told Jones", "PERSON", 0.6));
    List<TaggedSpan> out = NameBoundaryRules.personWords(spans, text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Chirac/PERSON", "Grand Con/PERSON",
        "Charles de Gaulle/PERSON", "Ursula von der Leyen/PERSON", "Piero della Francesca/PERSON",
        "Osama bin Laden/PERSON", "Smith/PERSON", "Jones/PERSON");
    assertThat(out.get(0).confidence()).isEqualTo(0.7);
  }

  @Test
  void aPersonOfABodyTaggedAsOneBodyIsTwoNames() {
    String text = "Claudia Mo of the Civic Party won, and Tanya Chan of the Civic Party. The Bank of England "
        + "and University of Texas spoke; Hewlett Packard of Canada, which Hewlett Packard owns; Mark Lee of "
        + "Acme Works lost.";
    int second = text.indexOf("Civic Party", text.indexOf("Tanya"));
    List<TaggedSpan> spans = List.of(span(text, "Claudia Mo", "PERSON", 1.0), span(text, "Civic Party",
        "ORGANIZATION", 0.9), span(text, "Tanya Chan of the Civic Party", "ORGANIZATION", 0.58),
        span(text, "Bank of England", "ORGANIZATION", 0.9), span(text, "University of Texas", "ORGANIZATION", 0.9),
        span(text, "Hewlett Packard of Canada", "ORGANIZATION", 0.8),
        new TaggedSpan(text.lastIndexOf("Hewlett Packard"), text.lastIndexOf("Hewlett Packard") + 15,
            "ORGANIZATION", 0.9), span(text, "Mark Lee of Acme Works", "ORGANIZATION", 0.7));
    // Generic heads ("Bank", "University"), a body the document names alone ("Hewlett Packard"), and a body the
    // document gives no evidence for ("Acme Works" never named alone) stay whole.
    List<TaggedSpan> out = NameBoundaryRules.personOfBody(spans, text, LOWERCASE);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Claudia Mo/PERSON", "Civic Party/ORGANIZATION",
        "Tanya Chan/PERSON", "Civic Party/ORGANIZATION", "Bank of England/ORGANIZATION",
        "University of Texas/ORGANIZATION", "Hewlett Packard of Canada/ORGANIZATION", "Hewlett Packard/ORGANIZATION",
        "Mark Lee of Acme Works/ORGANIZATION");
    assertThat(out).anyMatch(s -> s.start() == second && s.confidence() == 0.58);
  }

  @Test
  void aPersonsRoleAfterABodysNameIsCutOff() {
    String text = "A Foreign Ministry Spokesman said; Kremlin Spokesman Dmitry Peskov; the Office of the President; "
        + "Prime Minister Boris Johnson; Human Rights Watch; the Council of Chief Justices.";
    java.util.Set<String> lowercase = Set.of("foreign", "ministry", "prime", "office", "human", "rights", "watch",
        "council", "justices");
    List<TaggedSpan> spans = List.of(span(text, "Foreign Ministry Spokesman", "ORGANIZATION", 0.87),
        span(text, "Kremlin Spokesman", "ORGANIZATION", 0.8), span(text, "Office of the President", "ORGANIZATION",
        0.9), span(text, "Prime Minister", "ORGANIZATION", 0.6), span(text, "Human Rights Watch", "ORGANIZATION",
        1.0), span(text, "Council of Chief Justices", "ORGANIZATION", 0.9));
    // Kept: a role after "the" (part of the body's name), a role left with only a common word ("Prime"), names
    // ending in other words.
    assertThat(surfacesInTextOrder(NameBoundaryRules.roleWords(spans, text, lowercase), text)).containsExactly(
        "Foreign Ministry/ORGANIZATION", "Kremlin/ORGANIZATION", "Office of the President/ORGANIZATION",
        "Prime Minister/ORGANIZATION", "Human Rights Watch/ORGANIZATION", "Council of Chief Justices/ORGANIZATION");
  }

  @Test
  void aMiscNameBasedInAPlaceIsAFirm() {
    String text = "Rival Airbus, based in Toulouse, struggled. Siemens, headquartered in Munich, too. The Russian "
        + "delegation, based on reports, left. Olympic Games based in Paris.";
    List<TaggedSpan> spans = List.of(span(text, "Airbus", "MISC", 0.97), span(text, "Siemens", "MISC", 0.6),
        span(text, "Russian", "MISC", 0.99), span(text, "Olympic Games", "MISC", 0.9));
    // "based on" is no place; "Olympic Games based in" has no comma: an attributive phrase, not an apposition.
    assertThat(surfacesInTextOrder(NameBoundaryRules.basedIn(spans, text), text)).containsExactly(
        "Airbus/ORGANIZATION", "Siemens/ORGANIZATION", "Russian/MISC", "Olympic Games/MISC");
  }

  @Test
  void aMiscMentionWithACurrencySignIsNoName() {
    String text = "It cost US$ 5 million, HK$ 3 and €4; Ke$ha sang at the Euro 2024 final.";
    List<TaggedSpan> spans = List.of(span(text, "US$", "MISC", 0.8), span(text, "HK$", "MISC", 0.7),
        span(text, "€", "MISC", 0.6), span(text, "Ke$ha", "PERSON", 0.9), span(text, "Euro 2024", "MISC", 0.9));
    // A person's stage name with a "$" and an event named after the currency stay.
    assertThat(surfacesInTextOrder(NameBoundaryRules.currencies(spans, text), text)).containsExactly(
        "Ke$ha/PERSON", "Euro 2024/MISC");
  }

  @Test
  void aProperNamePossessiveInsideANameIsTwoNames() {
    String text = "A crane fell into Mecca's Grand Mosque. Pilgrims in Mecca prayed. The Korean People's Army and "
        + "McDonald's Corporation and Lloyd's Register spoke.";
    List<TaggedSpan> spans = List.of(span(text, "Mecca's Grand Mosque", "LOCATION", 0.94),
        new TaggedSpan(text.lastIndexOf("Mecca"), text.lastIndexOf("Mecca") + 5, "LOCATION", 0.9),
        span(text, "Korean People's Army", "ORGANIZATION", 0.9),
        span(text, "McDonald's Corporation", "ORGANIZATION", 0.9), span(text, "Lloyd's Register", "ORGANIZATION",
        0.9));
    // A common-noun possessor ("People's") and possessors never written without the 's stay whole.
    assertThat(surfacesInTextOrder(NameBoundaryRules.possessives(spans, text, LOWERCASE), text)).containsExactly(
        "Mecca/LOCATION", "Grand Mosque/LOCATION", "Mecca/LOCATION", "Korean People's Army/ORGANIZATION",
        "McDonald's Corporation/ORGANIZATION", "Lloyd's Register/ORGANIZATION");
  }

  @Test
  void thePossessorTakesTheTypeTheDocumentGivesIt() {
    String text = "Texas A&M's Aerospace Engineering Department got one. Texas A&M said so.";
    List<TaggedSpan> spans = List.of(span(text, "Texas A&M's Aerospace Engineering Department", "ORGANIZATION",
        0.8), new TaggedSpan(text.lastIndexOf("Texas A&M"), text.lastIndexOf("Texas A&M") + 9, "ORGANIZATION", 0.9));
    assertThat(surfacesInTextOrder(NameBoundaryRules.possessives(spans, text, LOWERCASE), text)).containsExactly(
        "Texas A&M/ORGANIZATION", "Aerospace Engineering Department/ORGANIZATION", "Texas A&M/ORGANIZATION");
  }

  @Test
  void aCommonNounBeforeACountryInsideASentenceNamesABody() {
    String text = "A sensitive Environment Canada document was found.\nEnvironment Canada said so. Visit Canada now. "
        + "He left East Germany for Canada. The Environment Canada report came.\nEnvironment Canada Rules Change\n"
        + "In Canada it rained.";
    List<TaggedSpan> spans = new java.util.ArrayList<>();
    for (int at = text.indexOf("Canada"); at >= 0; at = text.indexOf("Canada", at + 1)) {
      spans.add(new TaggedSpan(at, at + 6, "LOCATION", 0.9));
    }
    spans.add(span(text, "Germany", "LOCATION", 0.9));
    // Kept: a positional word ("East Germany"), sentence-initial words the document never uses inside a sentence
    // before the country ("Visit", "In"), and a title-case headline line.
    List<String> out = surfacesInTextOrder(NameBoundaryRules.bodyBeforeCountry(spans, text, LOWERCASE), text);
    assertThat(out).containsExactly("Environment Canada/ORGANIZATION", "Environment Canada/ORGANIZATION",
        "Canada/LOCATION", "Germany/LOCATION", "Canada/LOCATION", "Environment Canada/ORGANIZATION",
        "Canada/LOCATION", "Canada/LOCATION");
  }

  @Test
  void withoutTheModelsLowerCaseWordsOnlyTheTrailingWordRuleRuns() {
    String text = "The Bank of England in Sindh province.";
    List<TaggedSpan> spans = List.of(span(text, "Bank of England", "ORGANIZATION", 0.9),
        span(text, "Sindh province", "LOCATION", 0.9));
    assertThat(surfacesInTextOrder(NameBoundaryRules.apply(spans, text, Set.of()), text)).containsExactly(
        "Bank of England/ORGANIZATION", "Sindh/LOCATION");
  }

  @Test
  void anOrganisationCutToANationalityAdjectiveIsMiscButPlacesAndBodiesStay() {
    String text = "the French interior ministry and the Sudan government, Hamas militants, the Munich city council, "
        + "Chinese officials and the British embassy";
    List<TaggedSpan> spans = List.of(span(text, "French interior ministry", "ORGANIZATION", 0.7),
        span(text, "Sudan government", "ORGANIZATION", 0.7), span(text, "Hamas militants", "ORGANIZATION", 0.7),
        span(text, "Munich city council", "ORGANIZATION", 0.7), span(text, "Chinese officials", "LOCATION", 0.7),
        span(text, "British embassy", "ORGANIZATION", 0.7));
    assertThat(surfacesInTextOrder(NameBoundaryRules.trailingLowerCase(spans, text), text)).containsExactly(
        "French/MISC", "Sudan/ORGANIZATION", "Hamas/ORGANIZATION", "Munich/ORGANIZATION", "Chinese/LOCATION",
        "British/MISC");
  }
}
