package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.HtmlMetadataTest.ld;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 11's review, items 4-6: which side of a head title is the site, dangling and box-drawing separators,
 * publishers and affiliations as authors, the desk's abbreviation, a signature byline. Each kind beside a look-alike
 * that must keep today's answer, then the dev pages that showed it (skipped when ../shared is missing).
 */
class MetadataReviewElevenTest {
  private static final String PROSE = "<p>" + "The council met on Monday to discuss the plan for the harbour. ".repeat(4)
      + "</p>";

  private static HtmlMetadata meta(String url, String head, String body) {
    return new HtmlMetadata(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url));
  }

  // --- item 4: titles ----------------------------------------------------------------------------------------------

  @Test
  void theSideThatSpellsTheHostIsTheSiteEvenWhenItComesFirst() {
    HtmlMetadata m = meta("http://www.harbour-council-north.example/news/ferry.html",
        "<title>Harbour Council North Group - New ferry service approved</title>",
        "<div class=\"logo\">Harbour Council North Group</div>" + PROSE);
    assertThat(m.title()).isEqualTo("New ferry service approved");
  }

  @Test
  void lookAlikeAHeadlineThatMentionsTheHostOnceIsNoSite() {
    HtmlMetadata m = meta("http://www.harbour.example/news/ferry.html",
        "<title>Harbour ferry plan approved - Council debate continues</title>", PROSE);
    assertThat(m.title()).isEqualTo("Harbour ferry plan approved - Council debate continues");
  }

  @Test
  void aSideThatIsTheDeclaredSiteNameGoesWhicheverSideItIs() {
    HtmlMetadata m = meta("http://news.example/a", "<meta property=\"og:site_name\" content=\"Quiet Shelf Weekly\">"
        + "<title>Quiet Shelf Weekly - Ferry service to the islands approved</title>", PROSE);
    assertThat(m.title()).isEqualTo("Ferry service to the islands approved");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Über Jane Roe | ;Über Jane Roe", "| Ferry plan approved;Ferry plan approved",
      "Ferry plan approved – ;Ferry plan approved", "Ferry plan approved | Harbour;Ferry plan approved | Harbour",
      "Anti-;Anti-", "|;|", "Jane Roe - ein Porträt;Jane Roe - ein Porträt"})
  void aSeparatorLeftDanglingByAnEmptySideIsTrimmed(String title, String expected) {
    assertThat(TitleText.trimEdgeSeparators(title)).isEqualTo(expected);
  }

  @Test
  void aBoxDrawingBarSeparatesLikeAPipe() {
    HtmlMetadata m = meta("https://www.musterhaus-markt.example/mitmachen",
        "<meta property=\"og:title\" content=\"Produkttester werden: gratis testen │ Musterhaus Markt\">", PROSE);
    assertThat(m.title()).isEqualTo("Produkttester werden: gratis testen");
  }

  @Test
  void lookAlikeAHorizontalBoxLineIsNoSeparator() {
    HtmlMetadata m = meta("https://www.musterhaus-markt.example/mitmachen",
        "<meta property=\"og:title\" content=\"Ergebnisse der Woche ─ Musterhaus Markt\">", PROSE);
    assertThat(m.title()).isEqualTo("Ergebnisse der Woche ─ Musterhaus Markt");
  }

  // --- item 5: publishers, affiliations and the desk as authors ------------------------------------------------------

  @Test
  void aPublisherInTheAuthorMetaTagIsNoAuthor() {
    assertThat(meta("https://sport.harbour.example/a", "<meta name=\"author\" content=\"Harbour Polska Media\">",
        PROSE).authors()).isEmpty();
    assertThat(meta("https://mag.harbournews.example/a", "<meta name=\"Author\" content=\"HARBOURNEWS.PL\">", PROSE)
        .authors()).isEmpty();
    assertThat(meta("http://www.harbour-council.example/a", "<meta name=\"author\" content=\"Harbour - Council\">",
        PROSE).authors()).isEmpty();
  }

  @Test
  void lookAlikeAPersonInTheAuthorMetaTagStaysAndAPublishersBylineStillNamesThePerson() {
    assertThat(meta("https://harbour.example/a", "<meta name=\"author\" content=\"Jane Roe\">", PROSE).authors())
        .containsExactly("Jane Roe");
    assertThat(meta("https://harbour.example/a", "<meta name=\"author\" content=\"Harbour Media\">",
        "<span class=\"byline\">By Jane Roe</span>" + PROSE).authors()).containsExactly("Jane Roe");
  }

  @Test
  void anAffiliationAfterTheNameIsNoSecondAuthor() {
    HtmlMetadata m = meta("https://www.harbour.example/a",
        ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe, Harbour Insight\"}}"),
        PROSE);
    assertThat(m.authors()).containsExactly("Jane Roe");
    assertThat(Publishers.withoutAffiliation("Jane Roe, Example Foundation", "https://news.example/a"))
        .isEqualTo("Jane Roe");
  }

  @Test
  void lookAlikeTwoPeopleSeparatedByACommaStayTwo() {
    HtmlMetadata m = meta("https://www.harbour.example/a",
        ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe, John Doe\"}}"), PROSE);
    assertThat(m.authors()).containsExactly("Jane Roe", "John Doe");
  }

  @Test
  void theDesksAbbreviationIsNoName() {
    assertThat(AuthorNames.clean(List.of("red. "))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Red."))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Red Adair"))).containsExactly("Red Adair"); // look-alike: a name
  }

  // --- item 6: a signature byline -----------------------------------------------------------------------------------

  @Test
  void aRightAlignedItalicNameAfterTheLastParagraphIsTheAuthor() {
    HtmlMetadata m = meta("https://mag.example/a", "<title>Ferry</title>", PROSE + PROSE
        + "<p align=\"right\"><em><font size=\"2\">Denis Rouge</font></em></p>"
        + "<p>(1) Figures from the harbour office, collected in 2006 and published by the council in its yearly "
        + "report on the island services, with the number of crossings and passengers for each route.</p>"
        + "<table><tr><td>" + PROSE + "</td></tr></table>");
    assertThat(m.authors()).containsExactly("Denis Rouge");
  }

  @Test
  void aLetterSignedWithNameAndPlaceGivesTheName() {
    HtmlMetadata m = meta("https://letters.example/a", "<title>Ferry</title>",
        PROSE + "<p><em>Kim Roe, Dallas</em></p><div class=\"ad\"></div>");
    assertThat(m.authors()).containsExactly("Kim Roe");
  }

  @Test
  void lookAlikeASpeakerLabelBetweenParagraphsIsNoSignature() {
    HtmlMetadata m = meta("https://mag.example/a", "<title>Ferry</title>",
        PROSE + "<p><em>Jane Roe</em></p>" + PROSE);
    assertThat(m.authors()).isEmpty();
  }

  @Test
  void lookAlikeABoldLabelOrSeveralSignedLettersGiveNoSignature() {
    // a bold line alone is a subhead; German capitals make "Weitere Informationen" look like a name
    assertThat(meta("https://mag.example/a", "<title>Ferry</title>",
        PROSE + "<p><b>Weitere Informationen</b></p><ul><li>Link</li></ul>").authors()).isEmpty();
    // a letters page: each letter signed, none the page's author
    assertThat(meta("https://mag.example/a", "<title>Letters</title>",
        "<div>" + PROSE + "<p style=\"text-align: right\">Jon Roe</p></div><div>" + PROSE
            + "<p style=\"text-align: right\">Ann Doe</p></div>").authors()).isEmpty();
  }

  @Test
  void lookAlikeANameAfterAHeadingOrInAQuotationIsNoSignature() {
    assertThat(meta("https://mag.example/a", "<title>Ferry</title>",
        "<h2>Contact</h2><p align=\"right\"><em>Jane Roe</em></p>").authors()).isEmpty();
    assertThat(meta("https://mag.example/a", "<title>Ferry</title>",
        "<blockquote>" + PROSE + "<p align=\"right\"><em>Jane Roe</em></p></blockquote>").authors()).isEmpty();
  }

  // --- the dev pages that showed each kind -------------------------------------------------------------------------

  private static ParsedArticle parsed(String id) {
    SharedEvalCases.Case c = SharedEvalCases.get(id);
    ParseOutcome out = new PageParser(50 << 20).parse(c.html(), c.url(), null);
    assertThat(out).as(id).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) out).article();
  }

  @Test
  void devPagesTitles() {
    assertThat(parsed("cdu-fraktion-erfurt.de.waldorfschule.html").title())
        .isEqualTo("Entwicklung der Waldorfschule ermöglicht");
    assertThat(parsed("changenow.de.loibl.html").title()).isEqualTo("Über André Loibl");
    assertThat(parsed("nestle-marktplatz.de-produkttest.html").title()).doesNotContain("│").doesNotContain("Nestlé");
  }

  @Test
  void devPagesAuthors() {
    assertThat(parsed("sportowefakty.wp.pl.falubaz.html").authors()).doesNotContain("Wirtualna Polska Media");
    assertThat(parsed("cdu-fraktion-erfurt.de.waldorfschule.html").authors()).isEmpty();
    assertThat(parsed("Angus Barbieri. Nie jadł przez 382 dni - Menway w INTERIA.PL.html").authors())
        .doesNotContain("INTERIA.PL");
    assertThat(parsed("„Królowa Elżbieta” wypływa w świat. Sygnał dla Chin i Rosji - Polityka.pl.html").authors())
        .containsExactly("Marek Świerczyński");
    assertThat(parsed("_Ziemniaki na szóstej, surówka na dziesiątej_. Jak pomagać, żeby nie zaszkodzić_ "
        + "[PORADNIK W PIGUŁCE].html").authors()).doesNotContain("red");
    assertThat(parsed("archive.org-travaillent.html").authors()).containsExactly("Denis Clerc");
  }
}
