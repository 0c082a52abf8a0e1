package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FullNameRules} on its patterns, with look-alikes it must leave alone. No model is loaded. */
class FullNameRulesTest {
  /** Stand-in for the model's known lower-case words: "dries" (a verb) and "pope". */
  private static final java.util.Set<String> LOWER = java.util.Set.of("dries", "pope");

  private static TaggedSpan at(String text, String surface, int from, String type) {
    int start = text.indexOf(surface, from);
    return new TaggedSpan(start, start + surface.length(), type, 0.9);
  }

  @Test
  void aFullNameAndItsSurnameAreOnePersonWithOneSpan() {
    String text = "Lukaku and Dries Mertens attacked. Dries Mertens's shot failed. Then Dries Mertens scored.";
    List<TaggedSpan> spans = List.of(at(text, "Lukaku", 0, "PERSON"), at(text, "Mertens", 0, "PERSON"),
        at(text, "Mertens", 40, "PERSON"), at(text, "Dries Mertens", 60, "ORGANIZATION"));
    assertThat(surfaces(FullNameRules.apply(spans, text, LOWER), text)).containsExactly("Lukaku/PERSON",
        "Dries Mertens/PERSON", "Dries Mertens/PERSON", "Dries Mertens/PERSON");
  }

  @Test
  void aTitleTheModelPutInOneMentionIsNotSpreadToTheOthers() {
    String text = "Mrs Thatcher spoke. Then Mrs Thatcher left. Pope Francis came; the pope met Pope Francis there.";
    List<TaggedSpan> spans = List.of(at(text, "Mrs Thatcher", 0, "PERSON"), at(text, "Thatcher", 25, "PERSON"),
        at(text, "Pope Francis", 0, "PERSON"), at(text, "Francis", 70, "PERSON"));
    // "Mrs" is an honorific; "pope" is a known lower-case word the text also writes in lower case.
    List<TaggedSpan> out = FullNameRules.apply(spans, text, LOWER);
    assertThat(surfaces(out, text)).containsExactly("Mrs Thatcher/PERSON", "Thatcher/PERSON", "Pope Francis/PERSON",
        "Francis/PERSON");
  }

  @Test
  void aTeamNamedAfterAPlaceAndAPlaceBesideACostumeNameStay() {
    String text = "Hapoel Haifa won in Haifa. Captain America posed; fans from North America came. Royal Navy "
        + "ships met Navy, a sailor. They sailed to Navy.";
    List<TaggedSpan> spans = List.of(at(text, "Hapoel Haifa", 0, "ORGANIZATION"), at(text, "Haifa", 20, "LOCATION"),
        at(text, "America", 0, "PERSON"), at(text, "North America", 0, "LOCATION"),
        at(text, "Royal Navy", 0, "ORGANIZATION"), at(text, "Navy", text.indexOf("Navy,"), "PERSON"),
        at(text, "Navy", text.indexOf("Navy."), "LOCATION"));
    // "Navy" is a PERSON on its own once but a place once too: no single sense, so "Royal Navy" stays.
    assertThat(surfaces(FullNameRules.apply(spans, text, LOWER), text)).containsExactly("Hapoel Haifa/ORGANIZATION",
        "Haifa/LOCATION", "America/PERSON", "North America/LOCATION", "Royal Navy/ORGANIZATION", "Navy/PERSON",
        "Navy/LOCATION");
  }

  /** Stand-in for the model's lower-case words for rule 3: the common nouns of bodies' names and "of". */
  private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("university", "of", "county", "district",
      "attorney", "said");

  @Test
  void aBodyGluedToAPersonNamedElsewhereIsCutInTwo() {
    String text = "A major at University of Texas Arlington Amneh Jafari heard of it. Jafari said so. "
        + "Alameda County District Attorney Pamela Price spoke; Price said no.";
    List<TaggedSpan> spans = List.of(span(text, "University of Texas Arlington Amneh Jafari", "ORGANIZATION", 0.7),
        span(text, "Jafari", "PERSON", 0.9),
        span(text, "Alameda County District Attorney Pamela Price", "ORGANIZATION", 0.6),
        at(text, "Price", text.indexOf("Price said"), "PERSON"));
    List<TaggedSpan> out = FullNameRules.personAfterBody(spans, text, BODY_WORDS);
    assertThat(surfaces(out, text)).containsExactly("University of Texas Arlington/ORGANIZATION",
        "Amneh Jafari/PERSON", "Jafari/PERSON", "Alameda County District Attorney/ORGANIZATION",
        "Pamela Price/PERSON", "Price/PERSON");
    assertThat(out.get(1).confidence()).isEqualTo(0.7);
  }

  @Test
  void aPersonsFullNameOrABodyWithoutAPersonElsewhereStaysWhole() {
    // A person's full name tagged as a body (no common noun before the last two words); a body whose last words are
    // no person's the document names; a body whose last word is a word the model knows in lower case.
    String text = "Fransiskus Bambang Soelistyo said; Soelistyo agreed. University of Texas Arlington Campus Police "
        + "came; Police said. Ohio County District Attorney Said spoke; Said left.";
    List<TaggedSpan> spans = List.of(span(text, "Fransiskus Bambang Soelistyo", "ORGANIZATION", 0.6),
        at(text, "Soelistyo", text.indexOf("Soelistyo agreed"), "PERSON"),
        span(text, "University of Texas Arlington Campus Police", "ORGANIZATION", 0.8),
        span(text, "Ohio County District Attorney Said", "ORGANIZATION", 0.5),
        at(text, "Said", text.indexOf("Said left"), "PERSON"));
    assertThat(FullNameRules.personAfterBody(spans, text, BODY_WORDS)).isSameAs(spans);
  }
}
