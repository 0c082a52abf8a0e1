package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 10: text the article itself says twice is kept each time (the benchmarks count shingles as a
 * multiset; dropping every repeat lost half of such pages), while layout copies still go: twins of the text for
 * another screen size, a teaser box repeating the lead. Each kind with the look-alike that must keep working.
 */
class RepeatKindsTest {
  private static int count(List<String> out, String line) {
    return Collections.frequency(out, line);
  }

  @Test
  void aSubheadingOrRefrainRepeatedInOneFlowIsKeptEachTime() {
    String html = "<article><h1>Dredging</h1><p>" + para(1) + "</p><h2>Pros:</h2><p>" + para(2) + "</p><h2>Cons:</h2>"
        + "<p>" + para(3) + "</p><p>\"I would prefer not to.\"</p><p>" + para(4) + "</p><h2>Pros:</h2><p>" + para(5)
        + "</p><h2>Cons:</h2><p>" + para(6) + "</p><p>\"I would prefer not to.\"</p><p>" + para(7) + "</p></article>";
    List<String> out = extract(html);
    assertThat(count(out, "Pros:")).isEqualTo(2);
    assertThat(count(out, "Cons:")).isEqualTo(2);
    assertThat(count(out, "\"I would prefer not to.\"")).isEqualTo(2);
    assertThat(out).containsSubsequence(para(4), "Pros:", para(5), "Cons:", para(6));
  }

  @Test
  void theSameParagraphTwiceInARowInOneFlowIsKept() {
    // identical siblings, nothing to tell them apart: the page shows both (a filler paragraph, a doubled line)
    String html = "<article><h1>Dredging</h1><p>" + para(1) + "</p><p>" + para(1) + "</p><p>" + para(2)
        + "</p></article>";
    assertThat(count(extract(html), para(1))).isEqualTo(2);
  }

  @Test
  void aLineRepeatedInTheNextSectionOfOneKindIsKept() {
    // two plain sections of one article, each under its sub-heading; the closing paragraph is said again
    String html = "<article><h1>Dredging</h1><div><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(9)
        + "</p></div><h2>The ferry</h2><div><p>" + para(3) + "</p><p>" + para(9) + "</p></div></article>";
    List<String> out = extract(html);
    assertThat(count(out, para(9))).isEqualTo(2);
    assertThat(out).containsSubsequence(para(1), para(2), para(9), para(3), para(9));
  }

  @Test
  void aSectionOfOneKindMadeOnlyOfCopiesIsATwin() {
    String text = "<p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p>";
    String html = "<article><h1>Dredging</h1><div class=\"col\">" + text + "</div><div class=\"col\">" + text
        + "</div></article>";
    List<String> out = extract(html);
    assertThat(out).containsSubsequence(para(1), para(2), para(3));
    assertThat(count(out, para(1)) + count(out, para(2)) + count(out, para(3))).isEqualTo(3);
  }

  @Test
  void twinsForAnotherScreenSizeInSeparateWrappersAppearOnce() {
    String text = "<p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p>";
    String html = "<article><h1>Dredging</h1><div class=\"intro-text\">" + text + "</div><figure><img src=\"a.jpg\">"
        + "</figure><div class=\"slide-text\">" + text + "</div></article>";
    List<String> out = extract(html);
    assertThat(out).containsSubsequence(para(1), para(2), para(3));
    assertThat(count(out, para(1)) + count(out, para(2)) + count(out, para(3))).isEqualTo(3);
  }

  @Test
  void sideBySideTwinsThatDifferOnlyInTheirClassAppearOnce() {
    // one of them is hidden by the stylesheet for each screen size; they differ in the class that does it
    String html = "<article><h1>Dredging</h1><p>" + para(1) + "</p><p class=\"show-small\">" + para(2) + "</p>"
        + "<p class=\"show-large\">" + para(2) + "</p><p>" + para(3) + "</p></article>";
    assertThat(count(extract(html), para(2))).isEqualTo(1);
  }

  @Test
  void aTeaserBoxRepeatingTheLeadAppearsOnce() {
    String html = "<article><h1>Dredging</h1><div class=\"summary-box\"><p>" + para(1) + "</p></div>"
        + "<div class=\"body\"><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p><p>" + para(4)
        + "</p></div></article>";
    List<String> out = extract(html);
    assertThat(count(out, para(1))).isEqualTo(1);
    assertThat(out).contains(para(4));
  }

  @Test
  void sameFlowIsTheSameOwnerOrSiblingOwners() {
    var doc = Jsoup.parseBodyFragment("<div><p id=a>x</p><p id=b>x</p></div><div><p id=c>x</p></div>");
    TextBlocks.Block a = new TextBlocks.Block("x", doc.getElementById("a"), 0, "p");
    TextBlocks.Block b = new TextBlocks.Block("x", doc.getElementById("b"), 0, "p");
    TextBlocks.Block c = new TextBlocks.Block("x", doc.getElementById("c"), 0, "p");
    assertThat(RepeatedBlocks.sameFlow(a, b)).isTrue();
    assertThat(RepeatedBlocks.sameFlow(a, a)).as("lines split by <br>").isTrue();
    assertThat(RepeatedBlocks.sameFlow(a, c)).isFalse();
    assertThat(RepeatedBlocks.sameKind(a.owner(), b.owner())).as("ids differ").isFalse();
    assertThat(RepeatedBlocks.dropCopies(List.of(a, b, c))).containsExactly(a);
    assertThat(RepeatedBlocks.sectionsBelowCommonAncestor(a.owner(), c.owner())).extracting(e -> e.normalName())
        .containsExactly("div", "div");
    assertThat(RepeatedBlocks.sectionsBelowCommonAncestor(a.owner(), a.owner().parent())).as("one holds the other")
        .isNull();
  }

  @Test
  void aBoldOpeningParagraphLeftOutOfJsonLdBodyStays() {
    // the CMS writes only the body into articleBody; the page's bold intro above it is the dek, article text
    String intro = "The maker adds meters for the German market to its energy management range, with three new "
        + "models this spring.";
    StringBuilder body = new StringBuilder();
    StringBuilder ld = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      body.append("<p>").append(para(i)).append("</p>");
      ld.append(para(i)).append("\n");
    }
    String html = "<html><body><article><h1>Dredging</h1><p class=\"ugc\"><strong>" + intro + "</strong></p>"
        + "<div class=\"ugc\">" + body + "</div></article></body></html>";
    List<String> out = HtmlBodyExtractor.extract(Jsoup.parse(html), "Dredging", ld.toString());
    assertThat(out).startsWith(intro, para(1)).contains(para(6));
    // a plain (not bold, not lead-placed) line above the body that articleBody leaves out still goes
    String plain = html.replace("<strong>" + intro + "</strong>", "Share this story with a friend by mail, on the "
        + "social networks or by printing it out today.");
    assertThat(HtmlBodyExtractor.extract(Jsoup.parse(plain), "Dredging", ld.toString())).startsWith(para(1));
  }
}
