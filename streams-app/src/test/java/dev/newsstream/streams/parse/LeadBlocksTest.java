package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Issue 14 item 3: the lead set above the body, in the article's header or a lead-named element, is text. */
class LeadBlocksTest {
  private static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  private static final String LEAD = "The harbour board agreed on Monday, after three winters of delay, to dredge the "
      + "channel before the autumn storms close it again.";

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), "Dredging at last",
        null);
  }

  private static String body() {
    return "<div class='article-body'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p></div>";
  }

  @Test
  void leadParagraphInTheArticleHeaderIsKept() {
    String html = "<nav><a href='/'>Home</a></nav><article><header class='post-header'><h1>Dredging at last</h1>"
        + "<p class='byline'>By Ann Lee</p><p>" + LEAD + "</p></header>" + body() + "</article>";
    assertThat(extract(html)).containsExactly(LEAD, para(1), para(2), para(3));
  }

  @Test
  void withoutAnArticleElementTheMainElementIsTheScope() {
    String html = "<header class='site'><a href='/'>Site</a></header><main><div class='wrap'><header class='mt-0'>"
        + "<h1>Dredging at last</h1><p class='text-xl'>" + LEAD + "</p></header>" + body() + "</div></main>";
    assertThat(extract(html)).containsExactly(LEAD, para(1), para(2), para(3));
  }

  @Test
  void aReviewsVerdictBoxAboveTheBodyIsKept() {
    // session 10: a review's verdict, set in its own box above the body, is the reviewer's summary, article text
    String verdict = "A superbly crafted harbour simulation that serves as storyteller, teacher and concerned friend.";
    String html = "<article><h1>Dredging at last</h1><section class='content-wrapper'><div class='box contrast "
        + "verdict'><h3>Our Verdict</h3><p>" + verdict + "</p></div>" + body() + "</section></article>";
    assertThat(extract(html)).containsExactly(verdict, para(1), para(2), para(3));
  }

  @Test
  void leadNamedElementAboveTheBodyIsKept() {
    String html = "<article><div class='top'><h1>Dredging at last</h1><div class='teaser-text'><p>" + LEAD
        + "</p></div></div>" + body() + "</article>";
    assertThat(extract(html)).containsExactly(LEAD, para(1), para(2), para(3));
  }

  @Test
  void noLeadOutsideTheArticle() {
    String html = "<div class='intro'><p>" + LEAD + "</p></div><div class='x'><article><h1>Dredging at last</h1>"
        + body() + "</article></div>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void linkListInTheHeaderStaysOut() {
    String html = "<article><header><h1>Dredging at last</h1><ul><li><a href='/a'>Harbour news and more harbour news "
        + "from the board</a></li></ul><p><a href='/x'>A whole line of link text that reads like a teaser for other "
        + "stories.</a></p></header>" + body() + "</article>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  /** Issue 14, misses: CMS templates without {@code <article>} name their article wrapper instead. */
  @Test
  void aWrapperNamedAsTheArticleIsTheScopeAndANamedDekNeedsNoFinalStop() {
    String dek = "What had been rumoured for weeks has now been confirmed by the board in a short statement";
    String html = "<div class='news news-single'><div class='article'><div class='teaser-text'><p>" + dek
        + "</p></div><div class='news-text-wrap'><p>" + para(1) + "</p><p>" + para(2) + "</p></div></div></div>";
    assertThat(extract(html)).containsExactly(dek, para(1), para(2));
  }

  @Test
  void theArticleBodysOwnNamedWrapperDoesNotHideTheArticleAboveIt() {
    String html = "<div class='pdb-article'><div class='pdb-article-teaser'><div class='teaser-intro'><p>" + LEAD
        + "</p></div></div><div class='pdb-article-body'><div class='richtext'><p>" + para(1) + "</p><p>" + para(2)
        + "</p><p>" + para(3) + "</p></div></div></div>";
    assertThat(extract(html)).containsExactly(LEAD, para(1), para(2), para(3));
  }

  @Test
  void deksAreNamedInOtherLanguagesToo() {
    // Spanish "bajada": the headline block is an <article> of its own; the article wrapper is named "articulo".
    String html = "<section class='contenedor-articulo'><article class='titular'><h1>Dredging at last</h1>"
        + "<div class='contenedor-bajada'><p>" + LEAD + "</p></div></article><div class='cuerpo'><p>" + para(1)
        + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p></div></section>";
    assertThat(extract(html)).containsExactly(LEAD, para(1), para(2), para(3));
  }

  @Test
  void aTeaserOutsideTheNamedArticleStaysOut() {
    String html = "<div class='rail'><div class='teaser'><p>" + LEAD + "</p></div></div><div class='article'>"
        + "<h1>Dredging at last</h1><div class='article-body'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>"
        + para(3) + "</p></div></div>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }
}
