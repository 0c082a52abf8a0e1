package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 7: article text lost because it is split over sibling blocks or wrapped by a page builder
 * whose names read as boilerplate; each with the look-alike that must still go.
 */
class SplitBodyKindsTest {

  @Test
  void rowsOfOneLayoutClassWithAdRowsBetweenAreOneText() {
    // the text cut into rows of one class with empty ad rows between: the short opening rows score far under a
    // fifth of the long last row, yet they are the article's first paragraphs
    String adRow = "<div class=\"row collapse\"><div class=\"col\"></div></div>";
    // a table of contents in the second row: no row of prose only, which would join as a wrapped lede anyway
    String contents = "<div class=\"box\">In this article:<a href=\"#a\">The ferry</a><a href=\"#b\">The town</a></div>";
    String html = "<article class=\"content\"><h1>Dredging</h1>"
        + "<div class=\"row align-center\"><div class=\"col\"><p>" + para(1) + "</p></div></div>" + adRow + adRow
        + "<div class=\"row align-center\"><div class=\"col\"><p>" + para(2) + "</p>" + contents + "<p>" + para(3)
        + "</p></div></div>" + adRow
        + "<div class=\"row align-center\"><div class=\"col\">" + paras(4, 17) + "</div></div>"
        + "</article>";
    List<String> out = extract(html);
    assertThat(out).startsWith(para(1), para(2), para(3), para(4)).hasSize(17);
  }

  @Test
  void aRowOfTheSameClassAfterATagListIsNotPartOfTheText() {
    // below the text, a tag list and then a same-class row with the site's disclaimer: text between ends the run
    String html = "<article class=\"content\"><div class=\"row\"><div class=\"col\">" + paras(1, 14) + "</div></div>"
        + "<div class=\"row\"><a href=\"/t/harbour\">harbour</a> <a href=\"/t/ferry\">ferry</a> <a href=\"/t/town\">"
        + "town</a> <a href=\"/t/dredging\">dredging</a> <a href=\"/t/council\">council</a></div>"
        + "<div class=\"row\"><p>This post gives the opinion of its author, not necessarily the one of the newsroom "
        + "that publishes it, as every post of the community blog does.</p></div></article>";
    List<String> out = extract(html);
    assertThat(out).hasSize(14).allMatch(p -> p.startsWith("Paragraph"));
  }

  @Test
  void pageBuilderWrappersNamedWidgetTwiceDoNotLoseThePostToAnUnnamedOverlay() {
    // an offline notice after the page (a paragraph of 250 letters in a table) against the post inside
    // "elementor-widget-wrap > elementor-widget-container": one word on two wrappers counts once
    String overlay = "<div id=\"alert\"><table><tr><td class=\"content\"><p>This website is currently offline. The "
        + "archive shows a snapshot of this web page from an earlier visit of its crawler. To check for the live "
        + "version of the page, click the button to refresh it later today, or tomorrow at the latest. "
        + "We are sorry for the trouble.</p></td></tr>"
        + "</table></div>";
    // the page's own links (menus, a site map) hold more text than the post: no wrapper of it is protected by share
    String siteMap = "<div class=\"sitemap\">" + "<a href=\"/s\">A section of the site about the harbour</a> ".repeat(40)
        + "</div>";
    String html = "<div class=\"page\"><div class=\"elementor-widget-wrap\"><div class=\"elementor-widget "
        + "elementor-widget-theme-post-content\"><div class=\"elementor-widget-container\">" + paras(1, 12)
        + "</div></div></div></div>" + siteMap + overlay;
    assertThat(extract(html)).contains(para(1), para(12));
  }

  @Test
  void commentsUnderTheSameWidgetWrapperStillLoseToThePost() {
    String comment = "<p>What a lovely story about the harbour; I remember the ferry from my childhood and the long "
        + "summers in the town, when the dredgers had not yet come and the water was clear.</p>";
    String html = "<div class=\"widget blog\"><div class=\"post-body\">" + paras(1, 3) + "</div>"
        + "<div class=\"comments\"><div class=\"comment-list\">" + comment.repeat(8) + "</div></div></div>";
    List<String> out = extract(html);
    assertThat(out).contains(para(1), para(3)).noneMatch(p -> p.startsWith("What a lovely story"));
  }

  @Test
  void componentNamespacePrefixIsNoConsentManager() {
    // Adobe core components: "cmp-text" is a text component; "usercentrics-cmp" is the consent manager
    assertThat(BoilerplateHints.negative(BoilerplateHints.words(
        org.jsoup.Jsoup.parse("<div class=\"cmp-text\"></div>").selectFirst("div")))).isFalse();
    assertThat(BoilerplateHints.negative(BoilerplateHints.words(
        org.jsoup.Jsoup.parse("<div id=\"usercentrics-cmp\"></div>").selectFirst("div")))).isTrue();
    String html = "<main><section class=\"richtext\"><div class=\"cmp-text\"><p>" + para(1) + "</p></div></section>"
        + "<section class=\"richtext\"><div class=\"cmp-text\"><h2>The ferry</h2><p>" + para(2) + "</p></div>"
        + "</section><section class=\"richtext\"><div class=\"cmp-text\">" + paras(3, 6) + "</div></section>"
        + "<div id=\"usercentrics-cmp\"><p>We use cookies and similar technologies on this website to make it work and "
        + "to measure how it is used; you can accept or refuse them.</p></div></main>";
    List<String> out = extract(html);
    assertThat(out).contains(para(1), para(2), para(6)).noneMatch(p -> p.startsWith("We use cookies"));
  }

  @Test
  void learnMoreBoxAfterTheTextGoesInFrenchToo() {
    String html = "<article><div class=\"items\"><div class=\"item\"><div class=\"text-simple\">" + paras(1, 5)
        + "</div></div><div class=\"item\"><div class=\"paragraph--type--en-savoir-plus\"><h3>The university</h3>"
        + "<p>College of the harbour, school of the ferry, institute of the town, academy of dredging, and the "
        + "observatory.</p></div></div></div></article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3), para(4), para(5));
    assertThat(BoilerplateHints.negative(BoilerplateHints.words(org.jsoup.Jsoup.parse(
        "<div class=\"paragraph--type--en-savoir-plus\"></div>").selectFirst("div")))).isTrue();
  }

  @Test
  void openingParagraphsInAWrapperBeforeTheSectionsOfTheRestJoin() {
    // div.article-copy with the first paragraphs, then div.sections > section × 3 with the rest: no shared class,
    // and the opening wrapper is a sibling of the sections' parent, not of the sections
    String section = "<section><div class=\"section-default\"><div class=\"bodytext\">%s</div></div></section>";
    String html = "<article><div class=\"layout\"><header><h1>Dredging</h1></header>"
        + "<div class=\"authors\">Ann Smith</div>"
        + "<div class=\"article-copy\"><div><p>" + para(1) + "</p><h2>The ferry and its winter timetable</h2><p>"
        + para(2) + "</p></div></div>"
        + "<div class=\"files\"></div>"
        + "<div class=\"sections\">" + section.formatted(paras(3, 4)) + section.formatted(paras(5, 12))
        + section.formatted(paras(13, 14)) + "</div></div></article>";
    assertThat(extract(html)).startsWith(para(1), "The ferry and its winter timetable", para(2), para(3)).endsWith(para(14));
  }

  @Test
  void aBoxWithLinksBeforeTheSectionsDoesNotJoin() {
    String section = "<section><div class=\"bodytext\">%s</div></section>";
    String html = "<article><div class=\"layout\"><h1>Dredging</h1>"
        + "<div class=\"box\"><p>Also on the harbour desk this week:</p><p><a href=\"/a\">The ferry timetable for "
        + "the winter season</a></p><p>" + para(20) + "</p></div>"
        + "<div class=\"sections\">" + section.formatted(paras(1, 5)) + section.formatted(paras(6, 10))
        + "</div></div></article>";
    assertThat(extract(html)).startsWith(para(1)).endsWith(para(10)).noneMatch(p -> p.startsWith("Paragraph 20"));
  }

  @Test
  void affiliateDisclosureLineGoesWhileAReportOnACommissionStays() {
    String disclosure = "We recommend the best products through an independent review process, and advertisers do "
        + "not influence our picks. We may receive compensation if you visit partners we recommend. Read our "
        + "advertiser disclosure for more info.";
    String report = "The commission's partners in the harbour project said on Monday that the dredging would cost "
        + "less than planned.";
    List<String> out = extract("<article><p>" + disclosure + "</p>" + paras(1, 3) + "<p>" + report + "</p>"
        + paras(4, 5) + "</article>");
    assertThat(out).containsExactly(para(1), para(2), para(3), report, para(4), para(5));
  }

  private static String paras(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    return sb.toString();
  }
}
