package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 8: parts of a text whose ids are anchors made from their headings (documentation and Markdown
 * renderers: {@code div.section#sharing-with-a-single-developer}) were removed for the boilerplate word in the id.
 */
class SectionAnchorTest {

  private static String section(String id, String heading, int from, int to) {
    StringBuilder sb = new StringBuilder("<div class=\"section\" id=\"" + id + "\"><h2>" + heading + "</h2>");
    for (int i = from; i <= to; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    return sb.append("</div>").toString();
  }

  @Test
  void aSectionAnchoredOnItsHeadingIsPartOfTheText() {
    String html = "<div class=\"document\"><h1>Dredging</h1>" + section("the-harbour", "The harbour", 1, 5)
        + section("sharing-with-a-single-developer", "Sharing with a single developer¶", 6, 9)
        + section("related-work", "Related work", 10, 12) + "</div>";
    List<String> out = extract(html);
    assertThat(out).contains(para(1), para(6), para(9), para(10), para(12));
  }

  @Test
  void aRelatedPostsBoxNamedAfterItsHeadingIsStillABox() {
    // look-alike: the id is the slug of the box's heading, but the box holds links, no paragraphs of its own
    String box = "<div id=\"related-posts\"><h3>Related posts</h3><ul><li><a href=\"/a\">Ferry fares to rise in "
        + "spring</a></li><li><a href=\"/b\">The council votes on the new toll for the harbour bridge</a></li></ul>"
        + "</div>";
    String html = "<div class=\"document\"><h1>Dredging</h1>" + section("the-harbour", "The harbour", 1, 5) + box
        + "</div>";
    assertThat(extract(html)).noneMatch(p -> p.contains("Ferry fares") || p.contains("Related posts"));
    assertThat(BoilerplateHints.isSectionAnchor(Jsoup.parse(box).getElementById("related-posts"))).isFalse();
  }

  @Test
  void anIdThatIsNotItsHeadingsSlugStillNamesTheBox() {
    // look-alike: "sharing-tools" over a paragraph headed "Share this story" is a share box
    String html = "<div id=\"sharing-tools\"><h2>Share this story</h2><p>" + para(1) + "</p><p>" + para(2)
        + "</p></div>";
    assertThat(BoilerplateHints.isSectionAnchor(Jsoup.parse(html).getElementById("sharing-tools"))).isFalse();
    String anchored = "<div id=\"sharing-the-harbour\"><h2>Sharing the harbour</h2><p>" + para(1) + "</p><p>" + para(2)
        + "</p></div>";
    assertThat(BoilerplateHints.isSectionAnchor(Jsoup.parse(anchored).getElementById("sharing-the-harbour")))
        .isTrue();
  }
}
