package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 11 (recall): editors that give each part of an article its own {@code <h1>} (Medium, page
 * builders) lost every sub-heading, as all h1s inside the body were taken for the headline. An h1 between two
 * paragraphs of the text is a sub-heading; the headline above the text, a heading that repeats the title and a
 * heading over nothing still go.
 */
class BodyH1SubheadsTest {
  private static String p(int i) {
    return "<p>" + para(i) + "</p>";
  }

  @Test
  void anH1BetweenParagraphsOfTheTextIsASubheading() {
    String html = "<article><h1>Dredging the harbour</h1>" + p(1) + p(2) + "</section><section><h1>Why the ferry "
        + "stopped?</h1>" + p(3) + p(4) + "<h1>Conclusion</h1>" + p(5) + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), "Why the ferry stopped?", para(3), para(4),
        "Conclusion", para(5));
  }

  @Test
  void theHeadlineAboveTheTextAndARepeatOfTheTitleStillGo() {
    String html = "<article><h1>Harbour news from the town</h1>" + p(1) + "<h1>Dredging</h1>" + p(2) + p(3)
        + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void anH1WithNoParagraphOfTheTextAfterItStillGoes() {
    String links = "<ul><li><a href=\"/a\">Another story about the harbour</a></li><li><a href=\"/b\">A third story "
        + "about the harbour</a></li></ul>";
    String html = "<article><h1>Dredging the harbour</h1>" + p(1) + p(2) + "<h1>More from the coast</h1>" + links
        + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2));
  }

  @Test
  void aLinkedH1BetweenParagraphsStillGoes() {
    String html = "<article>" + p(1) + "<h1><a href=\"/other\">Another story about the harbour</a></h1>" + p(2)
        + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2));
  }

  @Test
  void aHeadingLeftLastOverAnAppealThatWasCutOffGoesWithIt() {
    String html = "<article>" + p(1) + p(2) + p(3) + "<div><h2>While you are here…</h2><p>If you enjoyed reading "
        + "this post, would you consider supporting our work? Just click <a href=\"/support\">here</a>. Thanks!</p>"
        + "</div></article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  /** Dev pages with section h1s in the text (Medium, a book's chapter): their sub-headings come back. */
  @Test
  void devPagesKeepTheirH1Subheadings() {
    assertThat(SharedEvalCases.body(SharedEvalCases.get("lazy-image-1")))
        .contains("\nResources\n", "\nCPU profiling: what’s the difference with CPU monitoring?\n");
    assertThat(SharedEvalCases.body(SharedEvalCases.get("google-sre-book-1")))
        .contains("\nThe Four Golden Signals\n", "\nSymptoms Versus Causes\n");
  }
}
