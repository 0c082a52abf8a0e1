package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.HtmlMetadataTest.ld;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 10's review, items 4, 5 and 7: one test per kind of wrong title or author, each beside the look-alike that
 * must keep its value. Pages are built here; no site's markup is copied.
 */
class MetadataReviewKindsTest {
  private static final String PROSE = "<p>" + "The council met on Monday to discuss the plan for the harbour. ".repeat(4)
      + "</p>";

  private static HtmlMetadata meta(String url, String head, String body) {
    Document d = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
    return new HtmlMetadata(d);
  }

  // --- item 4: the site's name in the h1 -------------------------------------------------------------------------

  @Test
  void anH1ThatOnlyLinksToAFrontPageIsTheSiteWhateverTheHost() {
    // the page URL unknown (no host to compare with): the link's own root path tells
    HtmlMetadata m = meta("", "<title>Harbour plan approved : Quiet Shelf | Notes since 2005</title>",
        "<h1 class=\"vcard author\"><a class=\"fn\" href=\"http://quietshelf.example/\">Quiet Shelf</a></h1>"
            + "<div class=\"post\"><h3 class=\"entry-title\">Harbour plan approved</h3>"
            + "<h4 class=\"vcard author\">vom <span class=\"fn\">Shelfkeeper</span></h4>" + PROSE + "</div>");
    assertThat(m.title()).isEqualTo("Harbour plan approved");
    assertThat(m.authors()).containsExactly("Shelfkeeper");
  }

  @Test
  void anArchivedFrontPageLinkIsTheSiteToo() {
    HtmlMetadata m = meta("https://web.archive.org/web/20140226054445/http://www.talks.example/2013/08/07/kinos/",
        "<title>Talk Time » Blog Archiv » Weitere Digitalisierung der Kinos</title>",
        "<div id=\"kopf\"><h1><a href=\"https://web.archive.org/web/20140226054445/http://www.talks.example/\">"
            + "Talk Time</a></h1></div><h2><a href=\"https://web.archive.org/web/20140226054445/http://www.talks.example"
            + "/2013/08/07/kinos/\" rel=\"bookmark\">Weitere Digitalisierung der Kinos</a></h2>" + PROSE);
    assertThat(m.title()).isEqualTo("Weitere Digitalisierung der Kinos");
  }

  @Test
  void anH1LinkingToItsOwnArticleIsTheHeadline() {
    // look-alike: a linked headline goes to the article's address, not to a front page
    HtmlMetadata m = meta("", "<title>Blog</title>",
        "<h1><a href=\"http://quietshelf.example/2019/10/21/harbour-plan/\">Harbour plan approved by council</a></h1>"
            + PROSE);
    assertThat(m.title()).isEqualTo("Harbour plan approved by council");
    assertThat(Headings.linksHome(Jsoup.parse("<h1><a href=\"https://web.archive.org/web/2014/http://a.example/x/\">"
        + "X story</a></h1>").selectFirst("h1"))).isFalse();
  }

  @Test
  void aTitleThatStrayTextPushedIntoTheBodyIsStillTheHeadTitle() {
    // "&nbsp;<title>" in the head: an HTML5 parser starts the body at the text, and the title lands there
    Document d = Jsoup.parse("<html><head>&nbsp;<title>Harbour plan approved</title></head><body>" + PROSE
        + "</body></html>");
    assertThat(d.title()).isEmpty();
    assertThat(TitleText.headTitle(d)).isEqualTo("Harbour plan approved");
    // look-alike: an SVG icon's <title> is no page title
    assertThat(TitleText.headTitle(Jsoup.parse("<body><svg><title>Close</title></svg>" + PROSE))).isEmpty();
  }

  // --- item 7: a kicker glued to the headline ---------------------------------------------------------------------

  @Test
  void aKickerWrittenAgainstTheHeadlineIsNotPartOfIt() {
    HtmlMetadata m = meta("", "<meta property=\"og:title\" content='The future of work - \"We rearrange the deck "
        + "chairs\"'>", "<h1><span class=\"overline\">The future of work</span>\"We rearrange the deck chairs\"</h1>"
        + PROSE);
    assertThat(m.title()).isEqualTo("\"We rearrange the deck chairs\"");
    assertThat(Headings.headline(Jsoup.parse("<h1><span>Analyse</span>Warum der Hafen wartet</h1>")
        .selectFirst("h1"))).isEqualTo("Warum der Hafen wartet");
  }

  @Test
  void anInlineWordOfTheHeadlineStays() {
    // look-alikes: emphasis written with spaces, and a word split by markup
    assertThat(Headings.headline(Jsoup.parse("<h1>The <em>real</em> cost of the harbour</h1>").selectFirst("h1")))
        .isEqualTo("The real cost of the harbour");
    assertThat(Headings.headline(Jsoup.parse("<h1><em>Why</em> the harbour waits</h1>").selectFirst("h1")))
        .isEqualTo("Why the harbour waits");
    assertThat(Headings.headline(Jsoup.parse("<h1><b>Don</b>'t panic about the harbour</h1>").selectFirst("h1")))
        .isEqualTo("Don't panic about the harbour");
  }

  // --- item 5: labels, widgets and logins as authors -------------------------------------------------------------

  @Test
  void siteSoftwareCreditsAreNoAuthors() {
    assertThat(AuthorNames.clean(List.of("XenForo theme by xenfocus"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Hecho en Bolivia con Drupal por Smartica"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Powered by WordPress"))).isEmpty();
    // look-alikes: a name after "by", a surname that is a word of the credit
    assertThat(AuthorNames.clean(List.of("By Hugo Theme"))).containsExactly("Hugo Theme");
    assertThat(AuthorNames.clean(List.of("Jane Powers"))).containsExactly("Jane Powers");
  }

  @Test
  void accountNamesAreNoAuthors() {
    assertThat(AuthorNames.clean(List.of("admin"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("wordpressadmin"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Administrator"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("webmaster"))).isEmpty();
    // look-alikes: a one-word pen name, a person whose name holds the letters
    assertThat(AuthorNames.clean(List.of("lupa"))).containsExactly("lupa");
    assertThat(AuthorNames.clean(List.of("Admira Tanović"))).containsExactly("Admira Tanović");
  }

  @Test
  void interfaceLabelsAndPhotoCreditsAreNoAuthors() {
    assertThat(AuthorNames.clean(List.of("Zur Person"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Über"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("von Gesponserte Inhalte"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Zur Person | Alle Beiträge"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Фото из Инстаграма Лукаша Подольски"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Photo: Jane Doe"))).isEmpty();
    // look-alikes: names that start like the labels
    assertThat(AuthorNames.clean(List.of("Fotini Papadopoulou"))).containsExactly("Fotini Papadopoulou");
    assertThat(AuthorNames.clean(List.of("Moreno Ferri"))).containsExactly("Moreno Ferri");
  }

  @Test
  void spacesLeftByARemovedPartAreClosed() {
    assertThat(AuthorNames.clean(List.of("Bruno (Henrique Zecchin) Rodrigues "))).containsExactly("Bruno Rodrigues");
  }

  @Test
  void aHiddenAuthorDialogInTheBylineIsNotPartOfTheName() {
    HtmlMetadata m = meta("https://news.example.com/2018/11/16/story", "",
        "<article><span class=\"single-author-links\"><a class=\"author url fn\" href=\"/author/kim\">von Kim Lee</a>"
            + "<div class=\"modal fade\" role=\"dialog\" aria-hidden=\"true\"><p class=\"author_name\">Über</p>"
            + "<p class=\"author_links\"><a href=\"/author/kim\">Autorenseite von </a></p></div></span>" + PROSE
            + "</article>");
    assertThat(m.authors()).containsExactly("Kim Lee");
  }

  @Test
  void anAuthorBioIsNoByline() {
    HtmlMetadata m = meta("https://news.example.com/2020/02/13/story", "",
        "<article>" + PROSE + "<div class=\"author-info\"><p class=\"author-bio\">Alles über Lautsprecher, Heimkino und "
            + "HiFi-Trends. Zudem haben wir jede Menge Tipps und Tricks für zu Hause.</p></div></article>");
    assertThat(m.authors()).isEmpty();
    // look-alike: the name beside the bio and the job title in the same card
    HtmlMetadata card = meta("https://news.example.com/2020/02/13/story", "",
        "<article>" + PROSE + "<div class=\"author_card\"><p class=\"author_card-name\">Martin Chikil</p>"
            + "<p class=\"author_card-job_title\">Software Engineer</p></div></article>");
    assertThat(card.authors()).containsExactly("Martin Chikil");
  }

  @Test
  void aJsonLdPersonNamedLikeAnAccountGivesWayToTheVisibleByline() {
    HtmlMetadata m = meta("https://news.example.com/2022/01/21/story",
        ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"admin\"}}"),
        "<article><span class=\"entry-content__authors\">Von Tobias Kuske</span>" + PROSE + "</article>");
    assertThat(m.authors()).containsExactly("Tobias Kuske");
  }

  @Test
  void aChineseBylineGluedToItsSourceIsCutAtTheNameTheCreditLineGives() {
    String head = "<meta name=\"author\" content=\"青网校园崔宁宁\">";
    HtmlMetadata m = meta("https://news.example.cn/2017/03/10/story", head,
        "<article>" + PROSE + "</article><div><span>责任编辑：崔宁宁</span></div>");
    assertThat(m.authors()).containsExactly("崔宁宁");
    // look-alike: a credit naming someone else confirms no split
    HtmlMetadata other = meta("https://news.example.cn/2017/03/10/story", head,
        "<article>" + PROSE + "</article><div><span>责任编辑：王伟</span></div>");
    assertThat(other.authors()).containsExactly("青网校园崔宁宁");
  }

  @Test
  void thePointOfAnInitialOrSuffixAtTheEndStays() {
    assertThat(AuthorNames.clean(List.of("By Joe S."))).containsExactly("Joe S.");
    assertThat(AuthorNames.clean(List.of("Perry Bacon Jr."))).containsExactly("Perry Bacon Jr.");
    // look-alike: a sentence's point after a whole name goes
    assertThat(AuthorNames.clean(List.of("Rodolfo Costa."))).containsExactly("Rodolfo Costa");
  }
}
