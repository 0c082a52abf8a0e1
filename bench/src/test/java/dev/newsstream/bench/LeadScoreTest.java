package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadScoreTest {
  @Test
  void separatesBodiesThatStartWithTheLeadFromThoseThatOnlyContainItOrMissIt() {
    LeadScore s = new LeadScore();
    s.addBody("a", "Emergency services were called\nto the restaurant.", "Emergency services  were called to the "
        + "restaurant. More text.");
    s.addBody("b", "Emergency services were called", "Photo: Getty. Emergency services were called to it.");
    s.addBody("c", "Emergency services were called", "Something else entirely.");
    s.addBody("d", "Emergency services were called", null);
    assertThat(s.pages()).isEqualTo(4);
    assertThat(s.startsWith()).isEqualTo(1);
    assertThat(s.contains()).isEqualTo(2);
    assertThat(s.misses()).extracting(LeadScore.Page::id, LeadScore.Page::at)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 14), org.assertj.core.groups.Tuple.tuple("c", -1),
            org.assertj.core.groups.Tuple.tuple("d", -1));
  }

  @Test
  void longExpectedTextsAreCutToTheLeadAndTitlesCompareWithCollapsedSpaces() {
    LeadScore s = new LeadScore();
    String full = "word ".repeat(100).strip();
    s.addBody("long", full, full.substring(0, 200) + " but then our body differs");
    assertThat(s.startsWith()).isEqualTo(1);
    s.addTitle("Bridge  closes\u00A0to lorries", "Bridge closes to lorries");
    s.addTitle("Bridge closes", "Bridge closes | Post");
    s.addTitle("Bridge closes", null);
    assertThat(s.titles()).isEqualTo(3);
    assertThat(s.titlesRight()).isEqualTo(1);
  }
}
