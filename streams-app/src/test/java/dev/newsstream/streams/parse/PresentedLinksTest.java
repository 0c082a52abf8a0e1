package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 10: a short post's link to the item it presents (a line wholly one link to another site, right
 * after the post's prose) is text; the look-alikes (the site's own teasers, link lists, pointers, bare addresses,
 * "Read more" labels) still go.
 */
class PresentedLinksTest {
  private static final String PAGE = "https://blog.example.org/2013/07/19/a-post.html";
  private static final String PROSE = "<p>Cartoonist Jane Roe got a spot on a news site for her scathing critique of "
      + "the narrative of the lazy generation. Click through for the whole thing.</p>";

  private static List<String> extract(String story) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body><div id=\"story\">" + story + "</div></body></html>",
        PAGE), "Dredging", null);
  }

  private static String link(String href, String text) {
    return "<p><a href=\"" + href + "\">" + text + "</a></p>";
  }

  @Test
  void theLinkToThePresentedItemAfterThePostIsKept() {
    List<String> body = extract(PROSE + "<div id=\"ad\"></div><p><P><br>"
        + "<a href=\"http://www.news.example.com/2013/07/09/opinion/comic\">The generation we love to dump on</a></p>"
        + "<p>(<i>via <a href=\"http://other.example.net/\">Some Other Blog</a></i>)</p>");
    assertThat(body).contains("The generation we love to dump on");
  }

  @Test
  void aLinkToTheSitesOwnStoryStillGoes() {
    List<String> body = extract(PROSE + link("https://blog.example.org/2013/07/20/other.html",
        "Another story about the harbour") + "<p>" + para(2) + "</p>");
    assertThat(body).doesNotContain("Another story about the harbour");
    assertThat(extract(PROSE + link("https://media.blog.example.org/x", "Another story about the harbour")))
        .doesNotContain("Another story about the harbour");
  }

  @Test
  void aListOfLinksPointersAndBareAddressesStillGo() {
    assertThat(extract(PROSE + link("https://a.example.com/1", "First linked story on the list")
        + link("https://b.example.com/2", "Second linked story on the list")))
        .doesNotContain("First linked story on the list", "Second linked story on the list");
    assertThat(extract(PROSE + link("https://a.example.com/clip", "Hier der direkte Link zum Clip")))
        .doesNotContain("Hier der direkte Link zum Clip");
    assertThat(extract(PROSE + link("https://a.example.com/2016/07/story", "https://a.example.com/2016/07/story")))
        .doesNotContain("https://a.example.com/2016/07/story");
    assertThat(extract(PROSE + link("https://histo-rally.example.com/", "histo-rally.example.com")))
        .doesNotContain("histo-rally.example.com");
    assertThat(extract(PROSE + link("https://a.example.com/r", "Read more at the source site")))
        .doesNotContain("Read more at the source site");
    assertThat(extract(PROSE + link("https://a.example.com/r", "Read the whole report now.")))
        .doesNotContain("Read the whole report now.");
  }

  @Test
  void aLinkNotAfterTheProseOrInAListItemStillGoes() {
    assertThat(extract("<div class=\"card\">" + link("https://a.example.com/1", "A story on another site")
        + "</div>" + PROSE)).doesNotContain("A story on another site");
    assertThat(extract(PROSE + "<ul><li><a href=\"https://a.example.com/1\">A story on another site</a></li></ul>"))
        .doesNotContain("A story on another site");
  }

  @Test
  void withoutThePagesAddressNothingIsGivenBack() {
    List<String> body = HtmlBodyExtractor.extract(Jsoup.parse("<html><body><div>" + PROSE
        + link("https://a.example.com/1", "The generation we love to dump on") + "</div></body></html>"),
        "Dredging", null);
    assertThat(body).doesNotContain("The generation we love to dump on");
  }
}
