package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.HtmlMetadataTest.ld;
import static dev.newsstream.streams.parse.HtmlMetadataTest.meta;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, authors: one test per kind of wrong byline seen on blog and news templates (session 6), each with the
 * look-alike that must still give the name.
 */
class BylineFaultKindsTest {

  @Test
  void postedByLabelsInOtherLanguagesAreCutEvenWhenGluedToTheName() {
    assertThat(AuthorNames.clean(List.of("Veröffentlicht von HansG"))).containsExactly("HansG");
    assertThat(AuthorNames.clean(List.of("Geschrieben vonElisa Marvena"))).containsExactly("Elisa Marvena");
    assertThat(AuthorNames.clean(List.of("Publié par Claire Dubois"))).containsExactly("Claire Dubois");
    assertThat(AuthorNames.clean(List.of("Posted byJane Doe"))).containsExactly("Jane Doe");
    // "von" inside a surname is no label
    assertThat(AuthorNames.clean(List.of("Ursula von der Leyen"))).containsExactly("Ursula von der Leyen");
  }

  @Test
  void dateLabelsAndFormFieldLabelsAreNoNames() {
    assertThat(AuthorNames.clean(List.of("Posted on"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Veröffentlicht am"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Publiziert am"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Name *"))).isEmpty();
  }

  @Test
  void commentHeadersAreNoBylines() {
    assertThat(AuthorNames.clean(List.of("Art Edwards says:"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Aylin sagt"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("gnaddrig Sagt:"))).isEmpty();
    // Said is a name, not a verb, when it is capitalised
    assertThat(AuthorNames.clean(List.of("Edward Said"))).containsExactly("Edward Said");
  }

  @Test
  void linkLabelsAfterTheNameAreCut() {
    assertThat(AuthorNames.clean(List.of("Johanna Kropfitsch Alle Artikel"))).containsExactly("Johanna Kropfitsch");
    assertThat(AuthorNames.clean(List.of("Jane Doe View all posts"))).containsExactly("Jane Doe");
    assertThat(AuthorNames.clean(List.of("Interview: Julia Lauter"))).containsExactly("Julia Lauter");
  }

  @Test
  void commentAuthorsAndTheCommentFormAreNotTheByline() {
    HtmlMetadata m = meta("", "<article><p>" + "The council met on Monday to discuss the plan for the harbour. ".repeat(3)
        + "</p></article><ol class=\"commentlist\"><li class=\"comment\"><div class=\"comment-author vcard\">"
        + "<cite class=\"fn\">Mary Smith</cite></div><p>Great post.</p></li></ol>"
        + "<form id=\"commentform\"><p class=\"comment-form-author\"><label>Name</label><input></p></form>");
    assertThat(m.authors()).isEmpty();
    HtmlMetadata withByline = meta("", "<article><div class=\"entry-meta\"><span class=\"author vcard\">"
        + "<a rel=\"author\" href=\"/author/kim\">Kim Lee</a></span></div><p>Text.</p></article>"
        + "<ol class=\"commentlist\"><li class=\"comment\"><div class=\"comment-author\">Mary Smith</div></li></ol>");
    assertThat(withByline.authors()).containsExactly("Kim Lee");
  }

  @Test
  void photoCreditUnderAPictureIsNotTheByline() {
    HtmlMetadata m = meta("", "<figure><img src=\"a.jpg\"><figcaption><span>von Justin Watt</span></figcaption></figure>");
    assertThat(m.authors()).isEmpty();
    HtmlMetadata byline = meta("", "<div><span>von Justin Watt</span></div>");
    assertThat(byline.authors()).containsExactly("Justin Watt");
  }

  @Test
  void siteNameAsJsonLdAuthorGivesWayToTheVisibleByline() {
    HtmlMetadata m = meta("<meta property=\"og:site_name\" content=\"Valley Courier\">"
        + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Valley Courier\"}}"),
        "<div class=\"story__contributors--author\">By <span>Michael Hill</span></div>");
    assertThat(m.authors()).containsExactly("Michael Hill");
  }

  @Test
  void contributorNamedFieldsAreBylines() {
    HtmlMetadata m = meta("", "<span class=\"field-field-contributor\">Par <a href=\"/node/1\">Matthieu Hy</a></span>");
    assertThat(m.authors()).containsExactly("Matthieu Hy");
  }
}
