package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseSegmentsTest {
  private static List<String> lines(String text) {
    return CaseSegments.uninformativeCaseLines(text).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  @Test
  void allCapsAndTitleCaseHeadlinesAreFoundButNotOrdinarySentences() {
    String text = "JAPAN BEAT SYRIA 2-1 IN ASIAN CUP\n"
        + "Rubio Declines Bilateral Talks With EU's Kallas on Ukraine Settlement - Reports\n"
        + "Harbour master Olga Brennan said timetables would not change.\n"
        + "NATO said on Monday that the talks would go on.\n"
        + "Kaja Kallas Met Marco Rubio In Geneva.";
    assertThat(lines(text)).containsExactly("JAPAN BEAT SYRIA 2-1 IN ASIAN CUP",
        "Rubio Declines Bilateral Talks With EU's Kallas on Ukraine Settlement - Reports");
  }

  @Test
  void aResultsTableRowInCapitalsIsCaseless() {
    assertThat(CaseSegments.caseless("SOCCER - ENGLISH PREMIER LEAGUE RESULTS")).isTrue();
    assertThat(CaseSegments.caseless("LEEDS 2 CHELSEA 1")).isTrue();
    assertThat(CaseSegments.caseless("Leeds beat Chelsea 2-1 at home.")).isFalse();
    // Rows of a results or standings table in mixed case: names before numbers.
    assertThat(CaseSegments.caseless("Leeds 0 Chelsea 2")).isTrue();
    assertThat(CaseSegments.caseless("Arsenal 17 10 5 2 34 16 35")).isTrue();
    assertThat(CaseSegments.caseless("Shares rose 3 percent to 120 euros on Monday.")).isFalse();
  }

  @Test
  void aMixedCaseBylineIsReadWithCaseButAnAllCapsOneIsNot() {
    // The caseless model misses "Ines Barrow" in the byline that the cased one finds (issue 15: bylines).
    assertThat(CaseSegments.caseless("By Ines Barrow and Tomas Kell, Transport Reporters")).isFalse();
    assertThat(CaseSegments.caseless("BY INES BARROW AND TOMAS KELL")).isTrue();
    // Title case that is not a byline stays caseless.
    assertThat(CaseSegments.caseless("Bylines Return To Harbour Ferries Story")).isTrue();
  }

  @Test
  void datelinesGiveTheirPlace() {
    String text = "ABU DHABI (Reuters) - The talks ended.\nPORTHAVEN — The port authority said so.\n"
        + "LONDON, March 3 (AP) -- Shares fell.\nThe plan - in short - failed.";
    assertThat(CaseSegments.datelinePlaces(text)).extracting(r -> text.substring(r[0], r[1]))
        .containsExactly("ABU DHABI", "PORTHAVEN", "LONDON");
    assertThat(CaseSegments.datelineAgencies(text)).extracting(r -> text.substring(r[0], r[1]))
        .containsExactly("Reuters", "AP");
  }

  @Test
  void aDatelineOnItsOwnLineGivesItsPlaceButATopicSlugBeforeAHeadlineDoesNot() {
    // Wire copy: slug and all-caps headline, byline, dateline line with a date, then the story.
    String text = "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\n\nNadim Ladki\n\n"
        + "AL-AIN, United Arab Emirates 1996-12-06\n\nJapan began the defence of their title.\n\n"
        + "LONDON 1996-08-30\n\nWASHINGTON, March 3\n\nShares fell 3 percent on Monday.";
    assertThat(CaseSegments.datelinePlaces(text)).extracting(r -> text.substring(r[0], r[1]))
        .containsExactlyInAnyOrder("AL-AIN", "LONDON", "WASHINGTON");
  }

  @Test
  void aDatelineGluedToTheFirstSentenceIsReadApartFromIt() {
    // The cased model missed "European Commission" after "(Reuters) -"; the dateline goes to the caseless model.
    String text = "BRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Monday.\n"
        + "SOCCER - JAPAN GET LUCKY WIN\nThe plan - in short - failed.";
    assertThat(lines(text)).containsExactly("BRUSSELS (Reuters) - ", "SOCCER - JAPAN GET LUCKY WIN");
  }

  @Test
  void maskingKeepsOffsetsAndLineBreaks() {
    String text = "AB CD\nef gh";
    List<int[]> first = List.of(new int[] {0, 5});
    assertThat(CaseSegments.mask(text, first, true)).isEqualTo("AB CD\n     ");
    assertThat(CaseSegments.mask(text, first, false)).isEqualTo("     \nef gh");
  }
}
