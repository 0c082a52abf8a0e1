package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 8: text lost to the link-density filter although its links are set in a sentence (list items
 * of a summary or a changelog that link a phrase), and the link boxes that look like them and must still go.
 */
class SentenceLinksKindsTest {

  private static String article(String middle) {
    return "<article><h1>Dredging</h1><p>" + para(1) + "</p><p>" + para(2) + "</p>" + middle + "<p>" + para(3) + "</p>"
        + "<p>" + para(4) + "</p></article>";
  }

  @Test
  void listItemsWhoseLinkedPhraseTheSentenceContinuesAreText() {
    // a summary list: a linked phrase opens the sentence, the rest of it goes on in lower case
    String list = "<p>The mayor also said:</p><ul>"
        + "<li><a href=\"/eu\">The harbour must stay in the port authority</a> to keep its dredging budget</li>"
        + "<li>She is confident the ferry contract will pass the council</li>"
        + "<li>She would speak <a href=\"/q\">bluntly</a> against the new toll</li></ul>";
    List<String> out = extract(article(list));
    assertThat(out).contains("The harbour must stay in the port authority to keep its dredging budget",
        "She would speak bluntly against the new toll");
  }

  @Test
  void changelogItemsWhoseLinkIsTheSentencesPredicateAreText() {
    // a name, then a linked clause in lower case: over half of the line is link text, yet it is one sentence
    String list = "<ul><li>Thanks to Ann Lee, users can now <a href=\"/b/1\">import their ferry timetables from "
        + "the harbour office</a></li><li>Ann Lee <a href=\"/b/2\">fixed a crash when the tide table was empty</a>"
        + "</li></ul>";
    List<String> out = extract(article(list));
    assertThat(out).contains(
        "Thanks to Ann Lee, users can now import their ferry timetables from the harbour office",
        "Ann Lee fixed a crash when the tide table was empty");
  }

  @Test
  void headlinesWithACreditOrASourceAfterTheLinkStayOut() {
    // look-alike: teasers whose link is a headline, with a byline, a source or a date after it
    String list = "<ul><li><a href=\"/s/1\">Harbour deal signed after long talks</a> by Jane Doe</li>"
        + "<li><a href=\"/s/2\">Ferry fares to rise in spring</a> via Reuters</li>"
        + "<li><a href=\"/s/3\">Council votes on the toll</a> 3 hours ago</li>"
        + "<li>Photo by <a href=\"/u/jd\">Jane Doe of the Harbour Post</a> on the wall</li></ul>";
    List<String> out = extract(article(list));
    assertThat(out).hasSize(4).allMatch(p -> p.startsWith("Paragraph"));
  }

  @Test
  void aScriptButtonInASentenceIsACallToAction() {
    // look-alike: an <a> without href is a button ("Add the ingredients to your basket"), not a cited phrase
    String box = "<ul><li>Like the recipe? <a class=\"widget\">Add the ingredients to your basket</a> and we "
        + "deliver</li></ul>";
    assertThat(extract(article(box))).noneMatch(p -> p.contains("basket"));
  }

  @Test
  void aListOfOtherStoriesUnderAMoreStoriesHeadingEndsTheBody() {
    // look-alike: headlines that link only their second half ("Chris Evans <a>goes to Washington</a>") under
    // "More Great … Stories": the heading of other stories ends the text, with its list
    String related = "<div role=\"heading\">More Great Harbour Stories</div><ul>"
        + "<li>The mayor <a href=\"/s/1\">goes to the ferry</a></li>"
        + "<li>What the town can teach the port about <a href=\"/s/2\">dredging the channel</a></li></ul>";
    String html = "<article><h1>Dredging</h1>" + paras(1, 6) + related + "</article>";
    List<String> out = extract(html);
    assertThat(out).hasSize(6).allMatch(p -> p.startsWith("Paragraph"));
  }

  @Test
  void aFurtherInformationBoxOfPointersEndsTheBody() {
    // look-alike: "Weitere Informationen" over list items that point on with a link in a sentence
    String box = "<h2>Weitere Informationen</h2><ul><li>Entdecken Sie mehr in unserer Grafik <a href=\"/g\">"
        + "\"Wie funktioniert der Hafen?\"</a> und in der Chronik</li><li>Gehen Sie auf einen <a href=\"/r\">"
        + "virtuellen Rundgang durch den Hafen</a> und erfahren Sie mehr</li></ul>";
    String html = "<article><h1>Dredging</h1>" + paras(1, 6) + box + "</article>";
    List<String> out = extract(html);
    assertThat(out).hasSize(6).allMatch(p -> p.startsWith("Paragraph"));
  }

  @Test
  void aSubheadOverParagraphsIsNotAPointerBox() {
    // look-alike: "Further information emerged on Monday" over paragraphs is a subhead of the text
    String html = "<article><h1>Dredging</h1>" + paras(1, 4) + "<h2>More information from the harbour office</h2>"
        + paras(5, 8) + "</article>";
    assertThat(extract(html)).contains("More information from the harbour office", para(8));
  }

  private static String paras(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    return sb.toString();
  }
}
