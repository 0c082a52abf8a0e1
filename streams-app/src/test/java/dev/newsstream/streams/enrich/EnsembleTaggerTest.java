package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleTaggerTest {
  @Test
  void theSecondModelRaisesAgreedNamesKeepsTheMainTypeAndAddsOnlyItsMisc() {
    String text = "the recognition of Crimea and Donbas regions as Russian, Sputnik said.";
    List<TaggedSpan> main = List.of(span(text, "Crimea", "LOCATION", 0.99), span(text, "Donbas", "PERSON", 0.41));
    List<TaggedSpan> second = List.of(span(text, "Crimea", "LOCATION", 0.99), span(text, "Donbas", "LOCATION", 0.43),
        span(text, "Russian", "MISC", 0.98), span(text, "Sputnik", "ORGANIZATION", 0.9));
    List<TaggedSpan> out = EnsembleTagger.combine(main, second, text);
    assertThat(surfaces(out, text)).containsExactly("Crimea/LOCATION", "Donbas/LOCATION", "Russian/MISC");
    // Either model found "Donbas": 1 - 0.59 * 0.57.
    assertThat(out.get(1).confidence()).isCloseTo(1 - 0.59 * 0.57, within(1e-9));
  }

  @Test
  void aOneWordOrganisationTheMiscModelCallsMiscOverTheSameWordIsMisc() {
    String text = "French President Emmanuel Macron and the French Open; Frenchman Reuters said.";
    List<TaggedSpan> main = List.of(span(text, "French", "ORGANIZATION", 0.9), span(text, "French Open", "ORGANIZATION",
        0.9), span(text, "Reuters", "ORGANIZATION", 0.9));
    // The 4-class model: MISC over "French" (same span: an adjective), MISC over only "Open" (another span: the
    // 3-class type stays), ORGANIZATION over "Reuters" (agrees).
    List<TaggedSpan> second = List.of(span(text, "French", "MISC", 0.9), span(text, "Open", "MISC", 0.9),
        span(text, "Reuters", "ORGANIZATION", 0.9));
    assertThat(surfaces(EnsembleTagger.combine(main, second, text), text))
        .containsExactly("French/MISC", "French Open/ORGANIZATION", "Reuters/ORGANIZATION");
  }

  @Test
  void aWordWithoutADemonymEndingOrWrittenAloneStaysAnOrganisation() {
    String text = "Wikinews reporters asked; Wikinews interviewed them.";
    List<TaggedSpan> main = List.of(span(text, "Wikinews", "ORGANIZATION", 0.9));
    List<TaggedSpan> second = List.of(span(text, "Wikinews", "MISC", 0.9));
    assertThat(surfaces(EnsembleTagger.combine(main, second, text), text)).containsExactly("Wikinews/ORGANIZATION");
    // "Wikinews" (always before a word) has no demonym ending; "Korean" has one, but the text also writes it alone.
    String alone = "Korean Air said. He flew Korean.";
    assertThat(surfaces(EnsembleTagger.combine(List.of(span(alone, "Korean", "ORGANIZATION", 0.9)),
        List.of(span(alone, "Korean", "MISC", 0.9)), alone), alone)).containsExactly("Korean/ORGANIZATION");
  }

  @Test
  void aOneWordOrganisationEndingATitleIsDroppedButNotAfterASentenceInitialCapital() {
    String text = "US Secretary of State Marco Rubio met the Minister of Defence on Monday.\n"
        + "Shares of Rheinmetall rose 3 percent.";
    List<TaggedSpan> spans = List.of(span(text, "US", "LOCATION", 0.99), span(text, "State", "ORGANIZATION", 0.94),
        span(text, "Marco Rubio", "PERSON", 1.0), span(text, "Defence", "ORGANIZATION", 0.7),
        span(text, "Rheinmetall", "ORGANIZATION", 0.9));
    assertThat(surfaces(EnsembleTagger.titleFragments(spans, text), text))
        .containsExactly("US/LOCATION", "Marco Rubio/PERSON", "Rheinmetall/ORGANIZATION");
  }

  @Test
  void aDatelinePlaceReplacesWhatTheModelsMadeOfIt() {
    String text = "ABU DHABI (Sputnik) - The talks ended.";
    List<TaggedSpan> spans = List.of(span(text, "ABU DHABI", "PERSON", 0.95), span(text, "Sputnik", "LOCATION", 0.8));
    assertThat(surfaces(EnsembleTagger.datelines(spans, text), text))
        .containsExactlyInAnyOrder("ABU DHABI/LOCATION", "Sputnik/ORGANIZATION");
  }

  @Test
  void theCreditedAgencysNameWithMoreCapitalisedWordsIsTheAgency() {
    // The seed page's header "Sputnik International" was a LOCATION beside "MOSCOW (Sputnik) -".
    String text = "Sputnik International\nMOSCOW (Sputnik) - Sputnik News said. Sputnik launches lifted a Sputnik "
        + "Pravda reader; Sputnik Smith spoke.";
    List<TaggedSpan> spans = List.of(span(text, "Sputnik International", "LOCATION", 0.8),
        span(text, "MOSCOW", "LOCATION", 0.9), span(text, "Sputnik News", "PERSON", 0.6),
        span(text, "Pravda", "ORGANIZATION", 0.9), span(text, "Sputnik Smith", "MISC", 0.5));
    // Not a lower-case word after it ("Sputnik launches"), not another organisation, not a MISC.
    List<TaggedSpan> out = EnsembleTagger.datelines(spans, text);
    assertThat(SpanFixtures.surfacesInTextOrder(out, text)).containsExactly("Sputnik International/ORGANIZATION",
        "MOSCOW/LOCATION", "Sputnik/ORGANIZATION", "Sputnik News/ORGANIZATION", "Pravda/ORGANIZATION",
        "Sputnik Smith/MISC");
  }

  @Test
  void aNameRepeatedBackToBackIsTwoMentions() {
    String text = "Real Madrid Real Madrid won.";
    List<TaggedSpan> out = EnsembleTagger.splitRepeats(List.of(span(text, "Real Madrid Real Madrid",
        "ORGANIZATION", 1)), text);
    assertThat(out).extracting(TaggedSpan::start, TaggedSpan::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 11), org.assertj.core.groups.Tuple.tuple(12, 23));
  }

  @Test
  void aOneWordPersonSaidTwiceIsOneName() {
    // "Duran Duran", "Sirhan Sirhan": a reduplicated name; a one-word team said twice is still two mentions.
    String text = "Nick Rhodes of Duran Duran met Arsenal Arsenal fans.";
    List<TaggedSpan> out = EnsembleTagger.splitRepeats(List.of(span(text, "Duran Duran", "PERSON", 0.9),
        span(text, "Arsenal Arsenal", "ORGANIZATION", 0.9)), text);
    assertThat(surfaces(out, text)).containsExactly("Duran Duran/PERSON", "Arsenal/ORGANIZATION",
        "Arsenal/ORGANIZATION");
  }

  @Test
  void aNameTaggedOnceIsTaggedWhereverItStandsUntaggedWithItsMajorityType() {
    String text = "Sputnik reported it. Later Sputnik said so, and Sputnikovich and the Sputnik-1 did not. Sputnik again.";
    int second = text.indexOf("Sputnik", 1);
    int last = text.lastIndexOf("Sputnik");
    List<TaggedSpan> spans = List.of(new TaggedSpan(0, 7, "ORGANIZATION", 0.9),
        new TaggedSpan(last, last + 7, "LOCATION", 0.6), span(text, "reported", "MISC", 0.9));
    List<TaggedSpan> out = EnsembleTagger.propagate(spans, text);
    // Whole words only: not inside "Sputnikovich"; "Sputnik-1" is a whole-word "Sputnik" before a hyphen.
    assertThat(out).filteredOn(s -> s.start() == second).singleElement()
        .satisfies(s -> assertThat(s.type()).isEqualTo("ORGANIZATION"))
        .satisfies(s -> assertThat(s.confidence()).isEqualTo(0.9));
    assertThat(out).noneMatch(s -> s.start() == text.indexOf("Sputnikovich"));
    // MISC is not spread, and existing spans keep their own type (the resolver unifies types per name).
    assertThat(out).hasSize(spans.size() + 2);
  }

  @Test
  void aSentenceInitialMiscWordIsKeptUnlessTheModelKnowsItInLowerCase() {
    String text = "German Chancellor Helmut Kohl spoke.\nSummit talks ended.";
    java.util.Set<String> lowercase = java.util.Set.of("summit", "talks", "spoke");
    assertThat(EnsembleTagger.capitalisedAnyway(span(text, "German", "MISC", 0.99), text, lowercase)).isTrue();
    assertThat(EnsembleTagger.capitalisedAnyway(span(text, "Summit", "MISC", 0.7), text, lowercase)).isFalse();
    // PER/ORG/LOC keep the caseless model's judgement.
    assertThat(EnsembleTagger.capitalisedAnyway(span(text, "German", "PERSON", 0.6), text, lowercase)).isFalse();
  }

  @Test
  void aSentenceInitialWordIsRecognisedAndDocumentEvidenceKeepsIt() {
    String text = "Donald Tusk spoke. Tusk told reporters.\nHarbour master Olga Brennan said so.\nHarbour fees rise.";
    TaggedSpan tusk = new TaggedSpan(text.indexOf("Tusk told"), text.indexOf("Tusk told") + 4, "PERSON", 0.9);
    TaggedSpan harbour = span(text, "Harbour", "PERSON", 0.68);
    TaggedSpan harbourAgain = new TaggedSpan(text.lastIndexOf("Harbour"), text.lastIndexOf("Harbour") + 7, "PERSON",
        0.5);
    List<TaggedSpan> spans = List.of(span(text, "Donald Tusk", "PERSON", 1), tusk, harbour,
        span(text, "Olga Brennan", "PERSON", 1), harbourAgain);
    assertThat(EnsembleTagger.sentenceInitialWord(tusk, text)).isTrue();
    assertThat(EnsembleTagger.sentenceInitialWord(harbour, text)).isTrue();
    assertThat(EnsembleTagger.sentenceInitialWord(spans.get(3), text)).isFalse();
    assertThat(EnsembleTagger.namedElsewhere(tusk, spans, text)).isTrue();
    assertThat(EnsembleTagger.namedElsewhere(harbour, spans, text)).isFalse();
  }

  @Test
  void onTheRealModelsTheDemoErrorsAreGone() {
    EnsembleTagger ner = NerModel.ensemble(new NerTagger(NerModel.shared(), 0), 0);
    String text = "Rubio Declines Bilateral Talks With EU's Kallas on Ukraine Settlement - Reports\n\n"
        + "US Secretary of State Marco Rubio has declined to hold bilateral meetings on Ukraine with EU foreign "
        + "policy chief Kaja Kallas, the Estonian diplomat. The plan dropped the recognition of Crimea and Donbas "
        + "regions as Russian.\n\nHarbour ferries to run on batteries by 2027\n\n"
        + "Harbour master Olga Brennan said timetables would not change.\n\n"
        + "MOSCOW (Sputnik) - JAPAN BEAT SYRIA 2-1 IN ASIAN CUP";
    List<String> found = surfaces(ner.tag(text).spans().stream().filter(s -> s.confidence() >= 0.5).toList(), text);
    assertThat(found).contains("Marco Rubio/PERSON", "Kaja Kallas/PERSON", "Estonian/MISC", "Russian/MISC",
        "Donbas/LOCATION", "Olga Brennan/PERSON", "MOSCOW/LOCATION", "Sputnik/ORGANIZATION", "JAPAN/LOCATION");
    assertThat(found).noneMatch(s -> s.startsWith("State/") || s.startsWith("Harbour/"));
  }

  @Test
  void onTheRealModelsWireCopyKindsComeOutRight() {
    // Issue 15's kinds as wire copy sets them (own text): topic slug + all-caps headline, byline, dateline line,
    // a sentence-initial nationality, a match between a club and a place-named side, a standings row, a page
    // header glued to the next line.
    EnsembleTagger ner = NerModel.ensemble(new NerTagger(NerModel.shared(), 0), 0);
    String text = "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY\n\n"
        + "By Ines Barrow and Tomas Kell, Sports Reporters\n\n"
        + "AL-AIN, United Arab Emirates 1996-12-06\n\n"
        + "German Chancellor Helmut Kohl watched as Leicestershire beat Somerset by an innings.\n\n"
        + "Arsenal 17 10 5 2 34 16 35\n\n"
        + "Sputnik International\nUS Secretary of State Marco Rubio met Valeska Paris. Paris said little.";
    List<String> found = surfaces(ner.tag(text).spans().stream().filter(s -> s.confidence() >= 0.5).toList(), text);
    assertThat(found).contains("Ines Barrow/PERSON", "Tomas Kell/PERSON", "AL-AIN/LOCATION", "German/MISC",
        "Helmut Kohl/PERSON", "Leicestershire/ORGANIZATION", "Somerset/ORGANIZATION", "Arsenal/ORGANIZATION",
        "Marco Rubio/PERSON", "Valeska Paris/PERSON", "Paris/PERSON");
    assertThat(found).noneMatch(s -> s.startsWith("CRICKET/") || s.contains("\n") || s.startsWith("State/")
        || s.startsWith("Paris/LOCATION"));
  }
}
