package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, precision: another story embedded in the article (a floated box between its paragraphs with a headline,
 * a byline of its own and its paragraphs) is not the article's text; a subhead of the text followed by a sentence
 * that opens with "By …" is.
 */
class EmbeddedStoryTest {
  private static String article(String middle) {
    return "<div class='article-text'><p>" + para(1) + "</p><p>" + para(2) + "</p>" + middle + "<p>" + para(3)
        + "</p><p>" + para(4) + "</p><p>" + para(5) + "</p><p>" + para(6) + "</p></div>";
  }

  private static final String OTHER = "The prince said the young people who lived through the hardest times have the "
      + "most to give back, and that the task ahead is vast but not insurmountable.";

  @Test
  void anEmbeddedStoryWithItsOwnBylineIsDropped() {
    String story = "<div class='art-ins factbox floatRHS'><h3>Prince Charles: One million young people need help</h3>"
        + "<div class='factbox-body'><p>By Tom Pyman for MailOnline</p><p>" + OTHER + "</p><p>'The task ahead is "
        + "unquestionably vast, but it is not insurmountable,' he wrote in a letter to the trust.</p></div></div>";
    assertThat(extract(article(story))).containsExactly(para(1), para(2), para(3), para(4), para(5), para(6));
  }

  @Test
  void aSubheadFollowedByASentenceOpeningWithByStays() {
    for (String opening : List.of(
        "By Tuesday the council had voted to dredge the harbour mouth again, at twice the cost.",
        "By the end of the year, the council had spent twice its budget on dredging the harbour mouth.")) {
      String section = "<div class='section'><h3>What happened next</h3><p>" + opening + "</p><p>" + OTHER
          + "</p></div>";
      assertThat(extract(article(section))).as(opening).contains("What happened next", opening, OTHER);
    }
  }

  @Test
  void bylineLinesAreNamesNotSentences() {
    assertThat(EmbeddedStories.isOwnByline("By Tom Pyman for MailOnline")).isTrue();
    assertThat(EmbeddedStories.isOwnByline("Von Anna Maria Schmidt, dpa")).isTrue();
    assertThat(EmbeddedStories.isOwnByline("By Monday, the ferry was gone")).isFalse();
    assertThat(EmbeddedStories.isOwnByline("By Christmas Eve, the ferry had stopped.")).isFalse();
    assertThat(EmbeddedStories.isOwnByline("By the end of the year, the council had spent it")).isFalse();
  }

  /** The Daily Mail page whose embedded story was kept, read from the shared dev set when present. */
  @Test
  void devPageLosesItsEmbeddedStory() {
    SharedEvalCases.Case c = SharedEvalCases.get("dailymail.co.uk.food.html");
    String text = SharedEvalCases.normalize(SharedEvalCases.body(c));
    assertThat(text).doesNotContain("As many as a million young people need")
        .contains("A powerful alliance of chefs, celebrities and charities")
        .contains("The letter – an edited version of which is reproduced above");
  }
}
