package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AffiliationRules} on its patterns, with look-alikes it must leave alone. No model is loaded. */
class AffiliationRulesTest {
  @Test
  void anUntaggedAcronymInAPersonsAffiliationSlotIsAnOrganisation() {
    String text = "Elected were Ann Chiang of DAB and FTU's Kwok Wai-keung; Ernie Els of SA and Tom Ford of the "
        + "US spoke. GDP rose, Mary Lee said.";
    List<TaggedSpan> spans = List.of(span(text, "Ann Chiang", "PERSON", 0.98),
        span(text, "Kwok Wai-keung", "PERSON", 0.9), span(text, "Ernie Els", "PERSON", 1.0),
        span(text, "SA", "LOCATION", 0.8), span(text, "Tom Ford", "PERSON", 1.0), span(text, "US", "LOCATION", 0.99),
        span(text, "Mary Lee", "PERSON", 0.97));
    // Places the models tagged in the slot stay places; an acronym outside the slot ("GDP") is left alone.
    List<TaggedSpan> out = AffiliationRules.affiliations(spans, text);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Ann Chiang/PERSON", "DAB/ORGANIZATION", "FTU/ORGANIZATION",
        "Kwok Wai-keung/PERSON", "Ernie Els/PERSON", "SA/LOCATION", "Tom Ford/PERSON", "US/LOCATION",
        "Mary Lee/PERSON");
    assertThat(out.stream().filter(s -> s.surface(text).equals("DAB")).findFirst().orElseThrow().confidence())
        .isEqualTo(0.98);
  }

  @Test
  void aMiscNameInTheSlotIsAnOrganisationThroughoutTheDocument() {
    String text = "Cheng Chung-tai of Civic Passion won. He leads Civic Passion. Gary Fan of the Neo Democrats lost. "
        + "Anna Roy of French descent and the Olympic Games were mentioned.";
    List<TaggedSpan> spans = List.of(span(text, "Cheng Chung-tai", "PERSON", 0.99),
        span(text, "Civic Passion", "MISC", 0.7),
        new TaggedSpan(text.lastIndexOf("Civic Passion"), text.lastIndexOf("Civic Passion") + 13, "MISC", 0.6),
        span(text, "Gary Fan", "PERSON", 1.0), span(text, "Neo Democrats", "MISC", 0.8),
        span(text, "Anna Roy", "PERSON", 1.0), span(text, "French", "MISC", 0.99),
        span(text, "Olympic Games", "MISC", 0.99));
    // "of French descent": a one-word MISC before a lower-case word is an adjective, not a body.
    List<String> out = surfacesInTextOrder(AffiliationRules.affiliations(spans, text), text);
    assertThat(out).containsExactly("Cheng Chung-tai/PERSON", "Civic Passion/ORGANIZATION",
        "Civic Passion/ORGANIZATION", "Gary Fan/PERSON", "Neo Democrats/ORGANIZATION", "Anna Roy/PERSON",
        "French/MISC", "Olympic Games/MISC");
  }

  @Test
  void theNameInANewsAgencysSlotIsAnOrganisation() {
    String text = "Polish news agency PAP said on Monday. Iran's official IRNA news agency and the news agency, "
        + "Tanjug, agreed; Itar-Tass news agency quoted Kuwait news agency. The news agency said so. "
        + "State news agency SANA denied it.";
    java.util.Set<String> lowercase = java.util.Set.of("the", "state", "on");
    List<TaggedSpan> spans = List.of(span(text, "Polish", "MISC", 0.99), span(text, "Iran", "LOCATION", 1.0),
        span(text, "Tanjug", "PERSON", 0.6), span(text, "Kuwait", "LOCATION", 0.99));
    // The nationality (MISC) and the place the models tagged in the slot stay; a capitalised common word
    // ("The", "State") is no agency name.
    assertThat(surfacesInTextOrder(AffiliationRules.agencies(spans, text, lowercase), text)).containsExactly(
        "Polish/MISC", "PAP/ORGANIZATION", "Iran/LOCATION", "IRNA/ORGANIZATION", "Tanjug/ORGANIZATION",
        "Itar-Tass/ORGANIZATION", "Kuwait/LOCATION", "SANA/ORGANIZATION");
  }

  @Test
  void aOneWordPersonBeforeItsMembersFullNameIsTheBody() {
    String text = "Chelsea 's Ruud Gullit praised Ajax's Jari Litmanen.";
    List<TaggedSpan> spans = List.of(span(text, "Chelsea", "PERSON", 0.87), span(text, "Ruud Gullit", "PERSON", 1.0),
        span(text, "Ajax", "PERSON", 0.7), span(text, "Jari Litmanen", "PERSON", 1.0));
    assertThat(surfacesInTextOrder(AffiliationRules.affiliations(spans, text), text)).containsExactly(
        "Chelsea/ORGANIZATION", "Ruud Gullit/PERSON", "Ajax/ORGANIZATION", "Jari Litmanen/PERSON");
  }

  @Test
  void aSurnameOrAPossessiveBeforeASurnameOrAPlaceStays() {
    String text = "Tony Blair met Blair's Gordon Brown; Chelsea's Gullit and Germany 's Boris Becker came.";
    int blair = text.indexOf("Blair's");
    List<TaggedSpan> spans = List.of(span(text, "Tony Blair", "PERSON", 1.0),
        new TaggedSpan(blair, blair + 5, "PERSON", 0.9), span(text, "Gordon Brown", "PERSON", 1.0),
        span(text, "Chelsea", "PERSON", 0.8), span(text, "Gullit", "PERSON", 0.9),
        span(text, "Germany", "LOCATION", 1.0), span(text, "Boris Becker", "PERSON", 1.0));
    // A surname of a full name in the document, a possessive before a surname only, and a place: all unchanged.
    assertThat(AffiliationRules.affiliations(spans, text)).containsExactlyInAnyOrderElementsOf(spans);
  }

  @Test
  void aPersonRightAfterABodysHeadNounIsTheBodyButLongerNamesAndTitlesStay() {
    String text = "the barrier, designed by the engineering firm Arup, will open. The company Tesla said so. "
        + "Said the company CEO Elon Musk. Group Captain Arup Patel flew. Meet Tesla Jones.";
    List<TaggedSpan> spans = List.of(span(text, "Arup", "PERSON", 0.8), span(text, "Tesla", "PERSON", 0.8),
        span(text, "Elon Musk", "PERSON", 0.9), span(text, "Arup Patel", "PERSON", 0.9),
        span(text, "Tesla Jones", "PERSON", 0.9));
    assertThat(surfacesInTextOrder(AffiliationRules.firms(spans, text), text)).containsExactly(
        "Arup/ORGANIZATION", "Tesla/ORGANIZATION", "Elon Musk/PERSON", "Arup Patel/PERSON", "Tesla Jones/PERSON");
  }
}
