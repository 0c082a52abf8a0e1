package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 6: kinds of article text lost inside the body (each with the look-alike boilerplate that must
 * still go).
 */
class BodyTextKindsTest {

  @Test
  void subheadingWhoseAnchorIdHoldsABoilerplateWordStays() {
    // a table of contents names its anchors "nav_…"/"h-related-…": the id says where the heading is, not what it is
    // six paragraphs: enough text that the extractor does not retry with names off (its ladder starts under 500)
    List<String> out = extract("<article>" + "<p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(5) + "</p><p>"
        + para(6) + "</p>"
        + "<h3 class=\"subheading\" id=\"nav_only_the_foil__1\">Only the foil is left</h3>"
        + "<p>" + para(3) + "</p>" + "<h2 id=\"h-related-work\">Work done on other harbours</h2><p>" + para(4) + "</p>"
        + "</article>");
    assertThat(out).contains("Only the foil is left", "Work done on other harbours", para(3), para(4));
  }

  @Test
  void headingNamedAsBoilerplateByItsClassStillGoes() {
    List<String> out = extract("<article><p>" + para(1) + "</p><p>" + para(2) + "</p>"
        + "<h3 class=\"related-title\">More from the harbour desk</h3></article>");
    assertThat(out).containsExactly(para(1), para(2));
  }

  @Test
  void paragraphInsideAJumpTargetAnchorIsTextNotALink() {
    String question = "One of the questions listeners ask most is this one: what does the professor say about the "
        + "claim that the virus has always been around, hidden in the statistics?";
    List<String> out = extract("<article><p>" + para(1) + "</p><p><a name=\"wodarg\">" + question + "</a></p><p>"
        + para(2) + "</p></article>");
    assertThat(out).containsExactly(para(1), question, para(2));
  }

  @Test
  void linksWithoutHrefThatAreButtonsStillCountAsLinks() {
    // a script-driven list of other stories: <a> elements without href and without a name are links all the same
    String teaser = "<li><a class=\"js-teaser\" onclick=\"go(1)\">Another story about the harbour ferry and its new "
        + "timetable for the winter season</a></li>";
    List<String> out = extract("<article><p>" + para(1) + "</p><p>" + para(2) + "</p><ul>" + teaser.repeat(4)
        + "</ul></article>");
    assertThat(out).containsExactly(para(1), para(2));
  }

  @Test
  void bodyChunksNumberedByTheCmsAreOneText() {
    // <div class="story-body story-body-1"> … ad and related box … <div class="story-body story-body-2">, each in
    // its own wrapper: chunk 1 holds the opening paragraphs
    String html = "<article id=\"story\"><h1>Dredging</h1>"
        + "<div class=\"story-body-supplemental\"><div class=\"story-body story-body-1\"><p>" + para(1) + "</p><p>"
        + para(2) + "</p></div><div class=\"supplemental\"><div class=\"supplemental-items\"><ul>"
        + ("<li><article class=\"story theme-summary\"><a href=\"/other\"><div class=\"story-body\"><h2>Another "
        + "story</h2><p>A teaser for another story on the harbour and its ferry.</p></div></a></article></li>").repeat(6)
        + "</ul></div></div></div>"
        + "<div class=\"story-interrupter\"><a href=\"#c\">Continue reading the main story</a></div>"
        + "<div class=\"story-body-supplemental\"><div class=\"story-body story-body-2\">" + paras(3, 14)
        + "</div></div></article>";
    // chunk 1 scores under a fifth of chunk 2, so it does not join as a mere sibling
    assertThat(extract(html)).startsWith(para(1), para(2), para(3)).hasSize(14);
    assertThat(BoilerplateHints.chunkClasses("story-body story-body-1"))
        .isEqualTo(BoilerplateHints.chunkClasses("story-body  story-body-2")).containsExactly("story-body");
    assertThat(BoilerplateHints.chunkClasses("story-body")).isNotEqualTo(BoilerplateHints.chunkClasses("story-text"));
  }

  @Test
  void closingQuotationInItalicsIsTextWhileTheItalicBioAfterItIsANote() {
    String quote = "“I am as light as a feather, I am as happy as an angel, I am as merry as a school-boy. A merry "
        + "Christmas to every-body!”";
    String bio = "Brad Shorr is Director of Marketing for an agency in Chicago and writes about content marketing.";
    List<String> out = extract("<article>" + paras(1, 4) + "<p><i>" + quote + "</i></p><p><i>" + bio + "</i></p>"
        + "</article>");
    assertThat(out).containsExactly(para(1), para(2), para(3), para(4), quote);
  }

  @Test
  void postedByAndLabelledDateLinesAreNoText() {
    String sentence = "Written by hand in 1850, the letters survived the fire in the harbour office.";
    List<String> out = extract("<article><p>Posted by Konstantin @ 12:00 am</p><p>Escrito por Jose Pablo Segura "
        + "Vargas</p><p>Posted: Thursday, April 21, 2022. 10:11 pm CST.</p>" + paras(1, 4) + "<p>" + sentence
        + "</p><p>Published by the harbour trust, the report runs to 200 pages.</p></article>");
    assertThat(out).containsExactly(para(1), para(2), para(3), para(4), sentence,
        "Published by the harbour trust, the report runs to 200 pages.");
  }

  private static String paras(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    return sb.toString();
  }
}
