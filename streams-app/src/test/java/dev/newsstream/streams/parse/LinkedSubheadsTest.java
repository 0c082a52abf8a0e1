package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 10: a sub-heading that is wholly a link, set between two paragraphs of the text, is part of the
 * article; the look-alikes (teaser cards' linked headlines, calls to action set as headings, one-word links) still go.
 */
class LinkedSubheadsTest {
  private static String p(int i) {
    return "<p>" + para(i) + "</p>";
  }

  @Test
  void aLinkedSubheadBetweenParagraphsOfTheTextIsKept() {
    String html = "<article><h1>Dredging</h1>" + p(1) + p(2) + "<h2><a href=\"/topic/ferry\">21) The ferry service "
        + "resumes</a></h2>" + p(3) + p(4) + "</article>";
    assertThat(extract(html)).containsSubsequence(para(2), "21) The ferry service resumes", para(3));
  }

  @Test
  void teaserCardsWithLinkedHeadlinesStillGo() {
    String card = "<div class=\"card\"><h3><a href=\"/other\">Another story about the harbour</a></h3><p>A teaser for "
        + "another story, which is long enough to read as a sentence of prose.</p></div>";
    String html = "<article><h1>Dredging</h1>" + p(1) + p(2) + p(3) + card + card.replace("Another", "A third")
        + "</article>";
    assertThat(extract(html)).doesNotContain("Another story about the harbour", "A third story about the harbour");
  }

  @Test
  void aCallToActionOrAOneWordLinkSetAsAHeadingStillGoes() {
    String html = "<article><h1>Dredging</h1>" + p(1) + "<h3><a href=\"/recipe\">Get the recipe for the mash "
        + "here.</a></h3>" + p(2) + "<h3><a href=\"/edit\">[edit]</a></h3>" + p(3) + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  /** Session 11: a docs renderer's section heading links only into the page (back to the contents, a ¶ permalink). */
  @Test
  void aHeadingLinkedOnlyIntoThePageIsASectionTitle() {
    String html = "<article>" + p(1) + "<div class=\"section\"><h2><a href=\"#id5\">Sharing with a single "
        + "developer</a><a class=\"headerlink\" href=\"#sharing\">¶</a></h2>" + p(2) + "</div></article>";
    assertThat(extract(html)).containsExactly(para(1), "Sharing with a single developer¶", para(2));
  }

  @Test
  void aHeadingInsideALinkCardStillGoes() {
    String html = "<article>" + p(1) + "<a href=\"https://news.example/follow\"><div><h4>Follow us on the news "
        + "app</h4></div></a>" + p(2) + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2));
  }
}
