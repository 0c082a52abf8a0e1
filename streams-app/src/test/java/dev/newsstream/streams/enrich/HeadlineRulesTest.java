package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each {@link HeadlineRules} step on its pattern, with look-alikes it must leave alone. No model is loaded. */
class HeadlineRulesTest {
  /** Stand-in for the model's known lower-case words. */
  private static final Set<String> LOWER = Set.of("rugby", "union", "press", "digest", "united", "nations", "may",
      "golf", "leads", "in", "sun", "city");

  @Test
  void aTopicSlugOfCommonWordsBeforeAHeadlineIsNoName() {
    String text = "RUGBY UNION - WALES FACE AUSTRALIA .\nPRESS DIGEST - Bosnia - Dec 6 .\n"
        + "NFL - COWBOYS BEAT GIANTS .\nFRANCE - BANK OF FRANCE KEEPS RATES .\n"
        + "UNITED NATIONS - The Security Council met on Monday .";
    List<TaggedSpan> spans = List.of(span(text, "RUGBY UNION", "ORGANIZATION", 0.89),
        span(text, "WALES", "LOCATION", 0.94), span(text, "PRESS DIGEST", "LOCATION", 0.9),
        span(text, "Bosnia", "LOCATION", 1.0), span(text, "NFL", "ORGANIZATION", 0.9),
        span(text, "FRANCE", "LOCATION", 0.98), span(text, "UNITED NATIONS", "LOCATION", 0.9),
        span(text, "Security Council", "ORGANIZATION", 1.0));
    // A slug that is a name (a word never seen in lower case) and a dateline before running text stay.
    assertThat(surfaces(HeadlineRules.topicSlugs(spans, text, LOWER), text)).containsExactly("WALES/LOCATION",
        "Bosnia/LOCATION", "NFL/ORGANIZATION", "FRANCE/LOCATION", "UNITED NATIONS/LOCATION",
        "Security Council/ORGANIZATION");
  }

  @Test
  void aNameTaggedWithCaseIsTheSameNameInAnAllCapsHeadline() {
    String text = "GOLF - LEHMAN LEADS IN SUN CITY .\nTheresa May met Tom Lehman. Lehman shot a 67 .\n"
        + "SHARES FALL IN MAY .\nLEHMAN said Lehman Brothers was fine .";
    List<TaggedSpan> spans = List.of(span(text, "LEHMAN", "PERSON", 0.46), span(text, "SUN CITY", "LOCATION", 0.99),
        span(text, "Theresa May", "PERSON", 1.0), span(text, "Tom Lehman", "PERSON", 1.0),
        new TaggedSpan(text.indexOf("Lehman shot"), text.indexOf("Lehman shot") + 6, "PERSON", 0.98));
    List<TaggedSpan> out = HeadlineRules.capsRepeats(spans, text, LOWER);
    // The unsure caseless guess becomes the name at its confidence; "MAY" (a common word) and a capitals word on
    // a line with lower case are not touched.
    assertThat(surfaces(out, text)).containsExactlyInAnyOrder("LEHMAN/PERSON", "SUN CITY/LOCATION",
        "Theresa May/PERSON", "Tom Lehman/PERSON", "Lehman/PERSON");
    assertThat(out.stream().filter(s -> s.start() == 7).findFirst().orElseThrow().confidence()).isEqualTo(1.0);
  }

  @Test
  void aNationalityOrEventTaggedWithCaseIsTheSameMiscInCapitalsButNotBelowTheFloorOrACommonWord() {
    String text = "RUGBY LEAGUE - SAINTS SIGN AUSTRALIAN FORWARD FOR WORLD CUP\n\nST HELENS 1997-03-14\n\n"
        + "St Helens signed Australian forward Brett Goldspink before the World Cup. Mayan ruins and the "
        + "Internet were shown.\n\nMAYAN RUINS ON THE INTERNET";
    List<TaggedSpan> spans = List.of(span(text, "Australian", "MISC", 1.0), span(text, "World Cup", "MISC", 0.9),
        span(text, "Mayan", "MISC", 0.4), span(text, "Internet", "MISC", 0.8));
    List<TaggedSpan> out = HeadlineRules.capsRepeats(spans, text, Set.of("internet"));
    // "Mayan" was tagged below the confidence floor; "internet" is a word the model knows in lower case.
    assertThat(surfaces(out, text)).containsExactlyInAnyOrder("Australian/MISC", "World Cup/MISC", "Mayan/MISC",
        "Internet/MISC", "AUSTRALIAN/MISC", "WORLD CUP/MISC");
  }

  @Test
  void aCaselessFragmentInsideARepeatedNameGivesWayButOneAcrossItsEdgeStays() {
    String text = "TENNIS - BECKER OUT OF QATAR OPEN , NEW YORK YANKEES WIN\n\nBecker lost in the Qatar Open. "
        + "The New York Yankees won.\n\nQATAR OPEN CROWDS";
    int crowds = text.lastIndexOf("QATAR OPEN CROWDS");
    List<TaggedSpan> spans = List.of(span(text, "QATAR", "LOCATION", 0.91), span(text, "NEW YORK", "LOCATION", 0.9),
        span(text, "Qatar Open", "MISC", 0.79), span(text, "New York Yankees", "ORGANIZATION", 1.0),
        new TaggedSpan(crowds + 6, crowds + 17, "ORGANIZATION", 0.7));
    // The last line's "OPEN CROWDS" mention crosses the name's edge: it stays, and "QATAR OPEN" is not added there.
    assertThat(surfaces(HeadlineRules.capsRepeats(spans, text, LOWER), text)).containsExactlyInAnyOrder(
        "Qatar Open/MISC", "New York Yankees/ORGANIZATION", "OPEN CROWDS/ORGANIZATION", "QATAR OPEN/MISC",
        "NEW YORK YANKEES/ORGANIZATION");
  }

  @Test
  void theAgencysSignOffOnTheLastLineIsAnOrganisation() {
    String text = "LONDON 1997-03-14\n\nShares rose , dealers said .\n\nREUTER\n\n";
    List<TaggedSpan> spans = List.of(span(text, "LONDON", "LOCATION", 0.9), span(text, "REUTER", "PERSON", 1.0));
    assertThat(surfaces(HeadlineRules.signOff(spans, text), text)).containsExactly("LONDON/LOCATION",
        "REUTER/ORGANIZATION");
  }

  @Test
  void aPersonOnTheLastLineInMixedCaseOrOfTwoWordsOrInTheTextStaysAPerson() {
    for (String last : new String[] {"Belle", "JOHN SMITH", "Said BLAIR"}) {
      String text = "REUTER said BLAIR would speak .\n\n" + last + "\n";
      List<TaggedSpan> spans = List.of(span(text, "REUTER", "PERSON", 1.0),
          new TaggedSpan(text.lastIndexOf(last.contains("BLAIR") ? "BLAIR" : last), text.length() - 1, "PERSON", 0.9));
      assertThat(HeadlineRules.signOff(spans, text)).isEqualTo(spans);
    }
  }

  @Test
  void headlinesHaveNoLowerCaseWords() {
    assertThat(HeadlineRules.headline("WALES FACE AUSTRALIA .")).isTrue();
    assertThat(HeadlineRules.headline("Bosnia - Dec 6 .")).isTrue();
    assertThat(HeadlineRules.headline("The Security Council met on Monday .")).isFalse();
  }
}
