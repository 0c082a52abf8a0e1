package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link SpanRules} on its pattern, with a case it must leave alone. No model is loaded. */
class SpanRulesTest {
  @Test
  void aMentionIsCutAtALineBreak() {
    String text = "Sputnik International\nUS Secretary of State Marco Rubio said.";
    List<TaggedSpan> out = SpanRules.lineBreaks(List.of(span(text, "Sputnik International\nUS", "LOCATION", 0.9),
        span(text, "Marco Rubio", "PERSON", 1.0)), text);
    assertThat(surfaces(out, text)).containsExactly("Sputnik International/LOCATION", "US/LOCATION",
        "Marco Rubio/PERSON");
    assertThat(out.get(1).confidence()).isEqualTo(0.9);
  }

  @Test
  void aMentionWithoutACapitalIsDropped() {
    String text = "keywords: us secretary of state marco rubio, eBay, Kyiv";
    List<TaggedSpan> out = SpanRules.withoutCapitals(List.of(span(text, "state", "ORGANIZATION", 0.67),
        span(text, "eBay", "ORGANIZATION", 0.8), span(text, "Kyiv", "LOCATION", 0.9)), text);
    assertThat(surfaces(out, text)).containsExactly("eBay/ORGANIZATION", "Kyiv/LOCATION");
  }

  @Test
  void aPersonWithAndIsTwoPeopleAndOfEndsTheName() {
    String text = "By Ines Barrow and Tomas Kell, reporters. Nathan Law of Demosisto won; Bank of England said.";
    List<TaggedSpan> out = SpanRules.personConnectors(List.of(
        span(text, "Ines Barrow and Tomas Kell", "PERSON", 0.8), span(text, "Nathan Law of Demosisto", "PERSON", 0.7),
        span(text, "Bank of England", "ORGANIZATION", 0.9)), text);
    assertThat(surfaces(out, text)).containsExactly("Ines Barrow/PERSON", "Tomas Kell/PERSON", "Nathan Law/PERSON",
        "Bank of England/ORGANIZATION");
  }

  @Test
  void aParenthesisedAcronymTakesTheTypeOfTheNameItAbbreviates() {
    String text = "The World Health Organisation (WHO) and the Bank of England (BoE) quoted Korean Central News "
        + "Agency (KCNA) and met Tom Ford (UK) and Acme Corp (XYZ).";
    List<TaggedSpan> out = SpanRules.acronyms(List.of(span(text, "World Health Organisation", "ORGANIZATION", 0.95),
        span(text, "WHO", "PERSON", 0.4), span(text, "Bank of England", "ORGANIZATION", 0.8),
        span(text, "Korean Central News Agency", "ORGANIZATION", 0.9),
        span(text, "Tom Ford", "PERSON", 1.0), span(text, "UK", "LOCATION", 0.9),
        span(text, "Acme Corp", "ORGANIZATION", 0.9)), text);
    // "(UK)" after Tom Ford and "(XYZ)" after Acme Corp abbreviate neither name: left as they were.
    assertThat(surfaces(out, text)).containsExactlyInAnyOrder("World Health Organisation/ORGANIZATION",
        "WHO/ORGANIZATION", "Bank of England/ORGANIZATION", "BoE/ORGANIZATION",
        "Korean Central News Agency/ORGANIZATION", "KCNA/ORGANIZATION",
        "Tom Ford/PERSON", "UK/LOCATION", "Acme Corp/ORGANIZATION");
    assertThat(out.stream().filter(s -> s.surface(text).equals("WHO")).findFirst().orElseThrow().confidence())
        .isEqualTo(0.95);
  }

  @Test
  void aPlaceThatIsTheSurnameOfAPersonNamedBeforeIsThatPerson() {
    String text = "Paris is in France. Valeska Paris, a former member, spoke. Paris was born in Switzerland.";
    List<TaggedSpan> spans = List.of(new TaggedSpan(0, 5, "LOCATION", 0.9), span(text, "France", "LOCATION", 0.99),
        span(text, "Valeska Paris", "PERSON", 0.99), new TaggedSpan(text.lastIndexOf("Paris"),
            text.lastIndexOf("Paris") + 5, "LOCATION", 0.8), span(text, "Switzerland", "LOCATION", 0.99));
    List<TaggedSpan> out = SpanRules.surnames(spans, text);
    // Before the full name, "Paris" stays the city; after it, it is the person.
    assertThat(surfaces(out, text)).containsExactly("Paris/LOCATION", "France/LOCATION", "Valeska Paris/PERSON",
        "Paris/PERSON", "Switzerland/LOCATION");
  }

  @Test
  void aHeadlineSurnameBeforeTheFullNameIsThatPersonUnlessThePlaceIsNamedElsewhere() {
    String text = "Washington signs deal with Denver .\nDENVER 1996-12-06\nFree agent Chris Washington signed on "
        + "Friday . Washington , 28 , played for Seattle .";
    List<TaggedSpan> spans = List.of(span(text, "Washington", "LOCATION", 1.0), span(text, "Denver", "LOCATION", 0.96),
        span(text, "DENVER", "LOCATION", 0.9), span(text, "Chris Washington", "PERSON", 1.0),
        new TaggedSpan(text.lastIndexOf("Washington"), text.lastIndexOf("Washington") + 10, "PERSON", 0.9),
        span(text, "Seattle", "LOCATION", 1.0));
    assertThat(surfaces(SpanRules.surnames(spans, text), text)).containsExactly("Washington/PERSON",
        "Denver/LOCATION", "DENVER/LOCATION", "Chris Washington/PERSON", "Washington/PERSON", "Seattle/LOCATION");
    // Look-alike: the story also names the place ("talks in Washington"), so the headline's stays the place.
    String other = "Washington talks end .\nMinister Chris Washington met envoys in Washington on Friday .";
    List<TaggedSpan> spans2 = List.of(span(other, "Washington", "LOCATION", 1.0),
        span(other, "Chris Washington", "PERSON", 1.0),
        new TaggedSpan(other.lastIndexOf("Washington"), other.lastIndexOf("Washington") + 10, "LOCATION", 0.99));
    List<TaggedSpan> out = SpanRules.surnames(spans2, other);
    assertThat(out.get(0).type()).isEqualTo("LOCATION");
  }

  @Test
  void aMiscSurnameOnTheHeadlineOrAfterTheFullNameIsThatPerson() {
    // Session 9: the demo's seed page, headline repeated, gave "Kallas" and "Rubio" MISC beside "Kaja Kallas".
    String text = "Rubio Declines Talks With EU's Kallas\nRubio Declines Talks With EU's Kallas\nMarco Rubio met "
        + "Kaja Kallas. Kallas spoke. Russian officials and the Jordan team came; Michael Jordan left.";
    List<TaggedSpan> spans = new java.util.ArrayList<>();
    for (String w : List.of("Rubio", "Kallas")) {
      for (int at = text.indexOf(w); at >= 0 && at < text.indexOf("Marco"); at = text.indexOf(w, at + 1)) {
        spans.add(new TaggedSpan(at, at + w.length(), "MISC", 0.6));
      }
    }
    spans.add(span(text, "Marco Rubio", "PERSON", 1.0));
    spans.add(span(text, "Kaja Kallas", "PERSON", 1.0));
    int later = text.indexOf("Kallas spoke");
    spans.add(new TaggedSpan(later, later + 6, "MISC", 0.55));
    spans.add(span(text, "Russian", "MISC", 0.99));
    spans.add(span(text, "Jordan", "MISC", 0.7));
    spans.add(span(text, "Michael Jordan", "PERSON", 1.0));
    // Kept: a MISC that is no surname ("Russian"), and one before the full name that is not on a headline line.
    assertThat(surfacesInTextOrder(SpanRules.surnames(spans, text), text)).containsExactly("Rubio/PERSON",
        "Kallas/PERSON", "Rubio/PERSON", "Kallas/PERSON", "Marco Rubio/PERSON", "Kaja Kallas/PERSON",
        "Kallas/PERSON", "Russian/MISC", "Jordan/MISC", "Michael Jordan/PERSON");
  }

  @Test
  void aPlaceFacingATeamAcrossAMatchIsATeamButTwoPlacesStayPlaces() {
    String text = "Leicestershire beat Somerset by an innings. Japan beat Syria 2-1.\nLeeds 0 Chelsea 2\n"
        + "Rubio met Kallas in Geneva. Hapoel Haifa drew 1-1 with Tel Aviv.";
    List<TaggedSpan> spans = List.of(span(text, "Leicestershire", "ORGANIZATION", 0.96),
        span(text, "Somerset", "LOCATION", 0.99), span(text, "Japan", "LOCATION", 0.99),
        span(text, "Syria", "LOCATION", 1.0), span(text, "Leeds", "LOCATION", 0.7),
        span(text, "Chelsea", "ORGANIZATION", 1.0), span(text, "Kallas", "PERSON", 1.0),
        span(text, "Geneva", "LOCATION", 1.0), span(text, "Hapoel Haifa", "ORGANIZATION", 1.0),
        span(text, "Tel Aviv", "LOCATION", 0.96));
    assertThat(surfaces(SportsRules.matchSides(spans, text), text)).containsExactly("Leicestershire/ORGANIZATION",
        "Somerset/ORGANIZATION", "Japan/LOCATION", "Syria/LOCATION", "Leeds/ORGANIZATION", "Chelsea/ORGANIZATION",
        "Kallas/PERSON", "Geneva/LOCATION", "Hapoel Haifa/ORGANIZATION", "Tel Aviv/ORGANIZATION");
  }

  @Test
  void aGenericHeadOfANameIsOneOrganisation() {
    String text = "The Church of Scientology and the Church of England met Museum of Tom Ford. Acme of Ohio sued.";
    java.util.Set<String> lowercase = java.util.Set.of("church", "museum");
    List<TaggedSpan> spans = List.of(span(text, "Church", "ORGANIZATION", 0.8),
        span(text, "Scientology", "MISC", 0.9), span(text, "Church of England", "ORGANIZATION", 0.99),
        span(text, "Museum", "ORGANIZATION", 0.6), span(text, "Tom Ford", "PERSON", 1.0),
        span(text, "Acme", "ORGANIZATION", 0.9), span(text, "Ohio", "LOCATION", 0.9));
    List<TaggedSpan> out = GenericHeadRules.genericHeads(spans, text, lowercase);
    // Not before a person, and not when the first word is no common noun ("Acme of Ohio": two names).
    assertThat(surfaces(out, text)).containsExactly("Church of Scientology/ORGANIZATION",
        "Church of England/ORGANIZATION", "Museum/ORGANIZATION", "Tom Ford/PERSON", "Acme/ORGANIZATION",
        "Ohio/LOCATION");
    assertThat(out.get(0).confidence()).isEqualTo(0.8);
  }

  @Test
  void aGenericHeadTakesTheUntaggedCapitalisedNameAfterOf() {
    String text = "Hackers attack Church of Scientology Website\n\nShe said the Church of Scientology imprisoned her. "
        + "The Ministry of Defence Secretary spoke. The Church of the Latter-day Saints met.";
    java.util.Set<String> lowercase = java.util.Set.of("church", "ministry", "website", "secretary");
    int second = text.indexOf("Church", 50);
    int third = text.indexOf("Church", second + 1);
    List<TaggedSpan> spans = List.of(span(text, "Church", "ORGANIZATION", 0.9),
        new TaggedSpan(second, second + 6, "ORGANIZATION", 0.8), span(text, "Ministry", "ORGANIZATION", 0.7),
        new TaggedSpan(third, third + 6, "ORGANIZATION", 0.8));
    // The run stops at a word the model knows in lower case after its first ("Website", "Secretary").
    assertThat(surfaces(GenericHeadRules.genericHeads(spans, text, lowercase), text)).containsExactly(
        "Church of Scientology/ORGANIZATION", "Church of Scientology/ORGANIZATION",
        "Ministry of Defence/ORGANIZATION", "Church of the Latter-day Saints/ORGANIZATION");
  }

  @Test
  void aGenericHeadBeforeLowerCaseWordsOrAnotherTypesNameStays() {
    String text = "The Church of my youth closed. Bank of the river. The Museum of Tom Ford opened. "
        + "Acme of Toledo sued. The University of Texas at Arlington.";
    java.util.Set<String> lowercase = java.util.Set.of("church", "bank", "museum", "university");
    List<TaggedSpan> spans = List.of(span(text, "Church", "ORGANIZATION", 0.9), span(text, "Bank", "ORGANIZATION", 0.9),
        span(text, "Museum", "ORGANIZATION", 0.9), span(text, "Tom Ford", "PERSON", 1.0),
        span(text, "Acme", "ORGANIZATION", 0.9), span(text, "University", "ORGANIZATION", 0.9),
        span(text, "Texas", "PERSON", 0.6));
    // Lower case after "of"; a person's name (tagged); no generic head ("Acme"); a mention inside the run ("Texas").
    assertThat(surfaces(GenericHeadRules.genericHeads(spans, text, lowercase), text)).containsExactly(
        "Church/ORGANIZATION", "Bank/ORGANIZATION", "Museum/ORGANIZATION", "Tom Ford/PERSON", "Acme/ORGANIZATION",
        "University/ORGANIZATION", "Texas/PERSON");
  }

  @Test
  void aLongerNameEndingInAGenericNounTakesOfAndAName() {
    String text = "Published in the Medical Journal of Australia, by Colorado State University of the US and "
        + "Acme Works of Ohio.";
    java.util.Set<String> lowercase = java.util.Set.of("journal", "university", "works");
    List<TaggedSpan> spans = List.of(span(text, "Medical Journal", "ORGANIZATION", 0.56),
        span(text, "Australia", "LOCATION", 0.95), span(text, "Colorado State University", "ORGANIZATION", 0.9),
        span(text, "US", "LOCATION", 0.99), span(text, "Acme Works", "ORGANIZATION", 0.9),
        span(text, "Ohio", "LOCATION", 0.9));
    // "of the" after a longer name says where the body is from: two names. "Acme Works of Ohio" is one name by
    // the same convention as "Medical Journal of Australia": the rule cannot tell a branch from a name.
    assertThat(surfaces(GenericHeadRules.genericHeads(spans, text, lowercase), text)).containsExactly(
        "Medical Journal of Australia/ORGANIZATION", "Colorado State University/ORGANIZATION", "US/LOCATION",
        "Acme Works of Ohio/ORGANIZATION");
  }

  @Test
  void aSurnameStandingAloneAfterTheFullNameIsThatPerson() {
    String text = "Cruise ships left. Tom Cruise arrived. Fans cheered Cruise, and Cruise Line staff waved.\n"
        + "Cruise said so. Bush met Tom Cruise.";
    java.util.Set<String> lowercase = java.util.Set.of("cruise", "bush");
    List<TaggedSpan> spans = List.of(span(text, "Tom Cruise", "PERSON", 0.97));
    List<TaggedSpan> out = SpanRules.surnameMentions(spans, text, lowercase);
    // Before the full name: no; beside "Line": no; at a sentence start a word known in lower case: no.
    List<Integer> starts = out.stream().filter(s -> s.surface(text).equals("Cruise")).map(TaggedSpan::start).toList();
    assertThat(starts).containsExactly(text.indexOf("Cruise, and"));
    assertThat(out.get(1).type()).isEqualTo("PERSON");
    assertThat(out.get(1).confidence()).isEqualTo(0.97);
  }

  @Test
  void namesJoinedByAnAmpersandAreOneFirmButPlacesAndPeopleJoinedByAndAreNot() {
    String text = "Larsen & Toubro won; Procter&Gamble and Smith & Wesson too. Bosnia & Herzegovina. Ann and Bob met.";
    List<TaggedSpan> out = SpanRules.ampersandFirms(List.of(span(text, "Larsen", "PERSON", 0.9),
        span(text, "Toubro", "PERSON", 0.7), span(text, "Procter&Gamble", "PERSON", 0.8),
        span(text, "Smith", "PERSON", 0.9), span(text, "Wesson", "ORGANIZATION", 0.95),
        span(text, "Bosnia", "LOCATION", 0.9), span(text, "Herzegovina", "LOCATION", 0.9),
        span(text, "Ann", "PERSON", 0.9), span(text, "Bob", "PERSON", 0.9)), text);
    assertThat(surfaces(out, text)).containsExactly("Larsen & Toubro/ORGANIZATION", "Procter&Gamble/ORGANIZATION",
        "Smith & Wesson/ORGANIZATION", "Bosnia/LOCATION", "Herzegovina/LOCATION", "Ann/PERSON", "Bob/PERSON");
    assertThat(out.get(0).confidence()).isEqualTo(0.7);
  }

  @Test
  void aCommonWordPersonOnlyAtLineStartsOrInHeadingsIsDroppedAndANameUsedInProseKept() {
    String text = "Highest Level In History Of The Game\nLevel: 82\nLevel: 85\nRose met Tom Cruise.\n"
        + "Later Cruise spoke, Bush said, and Bill left.\nBill: 3\nBelle\n";
    java.util.Set<String> known = java.util.Set.of("level", "rose", "cruise", "bush", "bill", "the", "belle");
    List<TaggedSpan> spans = new java.util.ArrayList<>();
    for (String w : new String[] {"Level", "Level: 82", "Rose", "Bush", "Bill"}) {
      spans.add(span(text, w.split(":")[0], "PERSON", 0.8));
    }
    spans.set(1, new TaggedSpan(text.indexOf("Level: 85"), text.indexOf("Level: 85") + 5, "PERSON", 0.8));
    spans.add(span(text, "Tom Cruise", "PERSON", 0.99));
    int later = text.indexOf("Cruise spoke");
    spans.add(new TaggedSpan(later, later + 6, "PERSON", 0.9));
    spans.add(span(text, "Game", "ORGANIZATION", 0.6));
    spans.add(span(text, "Belle", "PERSON", 0.7));
    List<TaggedSpan> out = CommonWordRules.commonWordPersons(spans, text, known);
    assertThat(surfaces(out, text)).containsExactly("Bush/PERSON", "Bill/PERSON", "Tom Cruise/PERSON",
        "Cruise/PERSON", "Game/ORGANIZATION", "Belle/PERSON");
    assertThat(CommonWordRules.commonWordPersons(spans, text, java.util.Set.of())).hasSize(spans.size());
  }

  @Test
  void aPersonOnlyLabellingRecurringNumberRowsIsAFieldLabelAndANameElsewhereIsKept() {
    String text = "Werte\nLevel: 82\nLevel:  85 Punkte\nBiden: 48%\nBiden: 47%\nJoe Biden sprach.\nRang: 3\nMerkel: Wir schaffen das"
        + "\nMerkel: Nein\n";
    List<TaggedSpan> spans = new java.util.ArrayList<>();
    for (String w : new String[] {"Level", "Biden", "Rang", "Merkel"}) {
      spans.add(span(text, w, "PERSON", 0.8));
    }
    spans.add(span(text, "Joe Biden", "PERSON", 0.99));
    int second = text.indexOf("Level", text.indexOf("Level") + 1);
    spans.add(new TaggedSpan(second, second + 5, "PERSON", 0.8));
    assertThat(surfaces(CommonWordRules.fieldLabels(spans, text), text))
        .as("two label rows: dropped; a name in prose, one row, or a quote headline: kept")
        .containsExactly("Biden/PERSON", "Rang/PERSON", "Merkel/PERSON", "Joe Biden/PERSON");
  }
}
