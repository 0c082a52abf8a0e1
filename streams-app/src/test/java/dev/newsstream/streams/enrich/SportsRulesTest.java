package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SportsRules} on their patterns (own wire-style text), with look-alikes that must survive. No model. */
class SportsRulesTest {
  @Test
  void aPersonFacingATeamAcrossAMatchOrAFixtureIsATeam() {
    String text = "Bolton 3 Port Vale 1\n\nGroningen play at home to Ajax next week. Sampras beat Becker 6-4. "
        + "Deputies of Movimento 5 Stelle spoke.";
    List<TaggedSpan> spans = List.of(span(text, "Bolton", "PERSON", 0.7), span(text, "Port Vale", "ORGANIZATION", 0.9),
        span(text, "Groningen", "LOCATION", 0.8), span(text, "Ajax", "ORGANIZATION", 0.95),
        span(text, "Sampras", "PERSON", 1.0), span(text, "Becker", "PERSON", 1.0),
        span(text, "Movimento", "ORGANIZATION", 0.6), span(text, "Stelle", "PERSON", 0.6));
    // Two people (a tennis result) stay people; a number inside a name in prose is no score.
    assertThat(surfacesInTextOrder(SportsRules.matchSides(spans, text), text)).containsExactly(
        "Bolton/ORGANIZATION", "Port Vale/ORGANIZATION", "Groningen/ORGANIZATION", "Ajax/ORGANIZATION",
        "Sampras/PERSON", "Becker/PERSON", "Movimento/ORGANIZATION", "Stelle/PERSON");
  }

  @Test
  void everySideOfAClubTableIsATeamTaggedOrNot() {
    String text = "Standings after Sunday's matches:\n\nBarcelona 15 11 3 1 43 17 36\n\nReal Madrid 15 10 5 0 29 10 35"
        + "\n\nDeportivo Coruna 15 9 5 1 22 8 32\n\nSevilla 15 6 4 5 18 17 22\n\nOldham 1 Reading 2\n\nNext week:";
    List<TaggedSpan> spans = List.of(span(text, "Barcelona", "LOCATION", 0.9),
        span(text, "Real Madrid", "ORGANIZATION", 0.99), span(text, "Deportivo", "ORGANIZATION", 0.8),
        span(text, "Coruna", "LOCATION", 0.6), span(text, "Oldham", "ORGANIZATION", 0.7));
    List<TaggedSpan> out = SportsRules.tables(spans, text);
    // Untagged "Sevilla" and "Reading" join at the mean confidence of the table's organisations.
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Barcelona/ORGANIZATION", "Real Madrid/ORGANIZATION",
        "Deportivo Coruna/ORGANIZATION", "Sevilla/ORGANIZATION", "Oldham/ORGANIZATION", "Reading/ORGANIZATION");
    assertThat(out.stream().filter(s -> s.surface(text).equals("Sevilla")).findFirst().orElseThrow().confidence())
        .isEqualTo((0.99 + 0.8 + 0.7) / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aTableOfNationalSidesOrAthletesIsLeftAlone() {
    String text = "Group C standings:\n\nJapan 2 2 0 0 5 2 6\n\nSyria 2 1 0 1 3 3 3\n\nUzbekistan 2 0 1 1 2 3 1\n\n"
        + "UAE 2 0 1 1 1 3 1\n\nResults:\n\nMichael Johnson 19.32 Frankie Fredericks 19.68\n\nFerrari 2 Hill 1";
    List<TaggedSpan> spans = List.of(span(text, "Japan", "LOCATION", 1.0), span(text, "Syria", "LOCATION", 1.0),
        span(text, "UAE", "ORGANIZATION", 0.6), span(text, "Michael Johnson", "PERSON", 1.0),
        span(text, "Frankie Fredericks", "PERSON", 1.0), span(text, "Ferrari", "ORGANIZATION", 0.9),
        span(text, "Hill", "PERSON", 0.9));
    // National sides: places outnumber the one organisation; "Uzbekistan" is not added. Two athletes and a table
    // whose people outnumber its organisations stay too; a single row one against one follows the match sides.
    List<String> out = surfacesInTextOrder(SportsRules.tables(spans, text), text);
    assertThat(out).contains("Japan/LOCATION", "Syria/LOCATION", "UAE/ORGANIZATION", "Michael Johnson/PERSON",
        "Frankie Fredericks/PERSON").doesNotContain("Uzbekistan/ORGANIZATION", "Uzbekistan/LOCATION");
  }

  @Test
  void theSidesOfARowAreItsCapitalisedNameRunsOnly() {
    String text = "Real Sociedad de Futbol 2 Brighton and Hove Albion 1 Tasmania 352 for three";
    List<String> sides = SportsRules.sides(text, 0, text.length()).stream()
        .map(r -> text.substring(r[0], r[1])).toList();
    assertThat(sides).containsExactly("Real Sociedad de Futbol", "Brighton and Hove Albion", "Tasmania");
  }

  @Test
  void aTeamIsThatTeamThroughoutTheDocumentButTheDatelinePlaceStaysAPlace() {
    String text = "BARNSLEY 1996-12-07\n\nBarnsley 2 Wolverhampton 1\n\nBarnsley moved up to second. "
        + "NORWICH HELD. Norwich were held at home. Gold prices rose in London.";
    int row = text.indexOf("Barnsley 2");
    int prose = text.indexOf("Barnsley moved");
    List<TaggedSpan> spans = List.of(span(text, "BARNSLEY", "LOCATION", 0.99),
        new TaggedSpan(row, row + 8, "LOCATION", 0.8), span(text, "Wolverhampton", "ORGANIZATION", 0.9),
        new TaggedSpan(prose, prose + 8, "LOCATION", 0.9),
        span(text, "London", "LOCATION", 1.0), span(text, "Norwich", "LOCATION", 0.9));
    List<String> out = surfacesInTextOrder(SportsRules.apply(spans, text), text);
    // Norwich is in no score line or table here: it stays what the models said.
    assertThat(out).containsExactly("BARNSLEY/LOCATION", "Barnsley/ORGANIZATION", "Wolverhampton/ORGANIZATION",
        "Barnsley/ORGANIZATION", "Norwich/LOCATION", "London/LOCATION");
    assertThat(SportsRules.teams(spans, text, Set.of())).isSameAs(spans);
  }

  @Test
  void aScoreTableOfTownsIsClubsButNationalSidesAndWeatherTablesStayPlaces() {
    String text = "Results:\n\nChicago 6 Boston 4\n\nSeattle 3 Cleveland 2\n\nStandings:\n\n"
        + "Japan 2 2 0 0 5 2 6\n\nSyria 2 1 0 1 3 3 3\n\nWeather:\n\nAthens 17 10 sunny\n\nMadrid 12 4 cloudy\n\n"
        + "England 2 Scotland 1";
    List<TaggedSpan> spans = List.of(span(text, "Chicago", "LOCATION", 0.9), span(text, "Boston", "LOCATION", 0.8),
        span(text, "Seattle", "LOCATION", 0.9), span(text, "Cleveland", "LOCATION", 0.7),
        span(text, "Japan", "LOCATION", 1.0), span(text, "Syria", "LOCATION", 1.0),
        span(text, "Athens", "LOCATION", 1.0), span(text, "Madrid", "LOCATION", 1.0),
        span(text, "England", "LOCATION", 1.0), span(text, "Scotland", "LOCATION", 1.0));
    assertThat(surfacesInTextOrder(SportsRules.tables(spans, text), text)).containsExactly(
        "Chicago/ORGANIZATION", "Boston/ORGANIZATION", "Seattle/ORGANIZATION", "Cleveland/ORGANIZATION",
        "Japan/LOCATION", "Syria/LOCATION", "Athens/LOCATION", "Madrid/LOCATION", "England/LOCATION",
        "Scotland/LOCATION");
    assertThat(SportsRules.NATIONS).contains("japan", "united states", "england", "yugoslavia")
        .doesNotContain("chicago", "barnsley");
  }

  @Test
  void aTableSideNamedAsTheDatelinesPlaceIsLeftAsTagged() {
    String text = "NEW YORK 1996-08-30\n\nResults:\n\nNew York 5 Detroit 1\n\nSeattle 3 Cleveland 2";
    int row = text.indexOf("New York 5");
    List<TaggedSpan> spans = List.of(span(text, "NEW YORK", "LOCATION", 0.99),
        new TaggedSpan(row, row + 8, "LOCATION", 0.8), span(text, "Detroit", "ORGANIZATION", 0.9),
        span(text, "Seattle", "ORGANIZATION", 0.9), span(text, "Cleveland", "LOCATION", 0.7));
    // The resolver gives one type to "NEW YORK" and "New York": the row's side stays a place so the dateline does.
    assertThat(surfacesInTextOrder(SportsRules.tables(spans, text), text)).containsExactly("NEW YORK/LOCATION",
        "New York/LOCATION", "Detroit/ORGANIZATION", "Seattle/ORGANIZATION", "Cleveland/ORGANIZATION");
  }

  @Test
  void aStateSideBeforeAnInningsScoreIsATeamThroughoutAndAcrossMatchBetween() {
    String text = "HOBART, Australia 1996-12-06\n\nClose of play in the Sheffield Shield match between Tasmania and "
        + "Victoria at Bellerive Oval:\n\nTasmania 352 for three (David Boon 106 not out)\n\nKent 212 all out. "
        + "Somerset 83 and 174.";
    int row = text.indexOf("Tasmania 352");
    List<TaggedSpan> spans = List.of(span(text, "HOBART", "LOCATION", 0.9), span(text, "Australia", "LOCATION", 1.0),
        span(text, "Tasmania", "LOCATION", 1.0), span(text, "Victoria", "LOCATION", 1.0),
        span(text, "Bellerive Oval", "LOCATION", 1.0), new TaggedSpan(row, row + 8, "LOCATION", 1.0),
        span(text, "David Boon", "PERSON", 0.98), span(text, "Kent", "LOCATION", 0.9),
        span(text, "Somerset", "LOCATION", 0.9));
    assertThat(surfacesInTextOrder(SportsRules.apply(spans, text), text)).containsExactly("HOBART/LOCATION",
        "Australia/LOCATION", "Tasmania/ORGANIZATION", "Victoria/ORGANIZATION", "Bellerive Oval/LOCATION",
        "Tasmania/ORGANIZATION", "David Boon/PERSON", "Kent/ORGANIZATION", "Somerset/ORGANIZATION");
  }

  @Test
  void nationalSidesBowlersAndPlacesNotFollowedByAnInningsStay() {
    String text = "Pakistan 283 for five v New Zealand.\n\nWarne 4 for 50. Talks between Hamas and Israel. "
        + "Paris 2024 will open, and Leeds 3-1 up. Flights between Tasmania and Victoria resumed.";
    List<TaggedSpan> spans = List.of(span(text, "Pakistan", "LOCATION", 1.0), span(text, "New Zealand", "LOCATION", 1.0),
        span(text, "Warne", "PERSON", 1.0), span(text, "Hamas", "ORGANIZATION", 1.0),
        span(text, "Israel", "LOCATION", 1.0), span(text, "Paris", "LOCATION", 1.0),
        span(text, "Leeds", "LOCATION", 1.0), span(text, "Tasmania", "LOCATION", 1.0),
        span(text, "Victoria", "LOCATION", 1.0));
    assertThat(surfacesInTextOrder(SportsRules.apply(spans, text), text)).containsExactly("Pakistan/LOCATION",
        "New Zealand/LOCATION", "Warne/PERSON", "Hamas/ORGANIZATION", "Israel/LOCATION", "Paris/LOCATION",
        "Leeds/LOCATION", "Tasmania/LOCATION", "Victoria/LOCATION");
  }
}
