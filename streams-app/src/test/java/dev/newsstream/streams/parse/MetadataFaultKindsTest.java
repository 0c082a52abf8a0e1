package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.HtmlMetadataTest.PROSE;
import static dev.newsstream.streams.parse.HtmlMetadataTest.ld;
import static dev.newsstream.streams.parse.HtmlMetadataTest.meta;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: one test per kind of metadata fault, on a minimal page of that pattern. */
class MetadataFaultKindsTest {

  @Test
  void entitiesLeftRawInJsonLdAreDecoded() {
    HtmlMetadata m = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"&#8216;Not yet&#8217; &ndash; Sch&ouml;n says\","
        + "\"description\":\"Caf&eacute; owners &amp; staff\",\"author\":{\"@type\":\"Person\",\"name\":\"Sin&eacute;ad O&#8217;Donnell\"}}"), "");
    assertThat(m.title()).isEqualTo("‘Not yet’ – Schön says");
    assertThat(m.summary()).isEqualTo("Café owners & staff");
    assertThat(m.authors()).containsExactly("Sinéad O’Donnell"); // not split at '&' and ';' into "O", "Donnell"
  }

  @Test
  void doubleEscapedMetaAuthorIsNotSplitAtTheEntity() {
    HtmlMetadata m = meta("<meta name=\"author\" content=\"Aoife O&amp;#8217;Brien\">", "");
    assertThat(m.authors()).containsExactly("Aoife O’Brien");
  }

  @Test
  void siteOrPublisherNameGivenAsAuthorIsDropped() {
    HtmlMetadata m = meta("<meta property=\"og:site_name\" content=\"Valley Courier\">"
        + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"},"
        + "{\"@type\":\"Person\",\"name\":\"Valley Courier\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"}}"), "");
    assertThat(m.authors()).containsExactly("Jane Roe");
    HtmlMetadata orgOnly = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\","
        + "\"author\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"}}"), "");
    assertThat(orgOnly.authors()).isEmpty();
  }

  @Test
  void mastheadH1IsNotTheTitle() {
    // the only h1 is the blog's name (a label of the host, linked to the home page); the post title is an h3
    HtmlMetadata m = new HtmlMetadata(Jsoup.parse("<html><head><title>Notes on tide tables - harbourlog</title></head><body>"
        + "<h1><a href=\"/\">harbourlog</a></h1><h3 class=\"post-title\">Notes on tide tables</h3>" + PROSE + "</body></html>",
        "https://harbourlog.blog.example/2025/11/24/tides.html"));
    assertThat(m.title()).isEqualTo("Notes on tide tables");
  }

  @Test
  void mastheadMarkedUpAsMicrodataHeadlineIsSkipped() {
    HtmlMetadata m = meta("<title>Rates rise again – Money Desk</title>",
        "<p itemprop=\"headline\"><a href=\"https://news.example.com/\" rel=\"home\">Money Desk</a></p>"
            + "<h1 itemprop=\"headline\">Rates rise again</h1>");
    assertThat(m.title()).isEqualTo("Rates rise again");
  }

  @Test
  void siteNameAsMetaTitleIsSkipped() {
    HtmlMetadata m = meta("<meta property=\"og:site_name\" content=\"Valley Courier\"><meta property=\"og:title\" content=\"Valley Courier\">",
        "<h1>Flood barriers tested on the river</h1>");
    assertThat(m.title()).isEqualTo("Flood barriers tested on the river");
  }

  @Test
  void headTitlePartShownAsHeadingIsTheTitle() {
    HtmlMetadata m = meta("<title>Harbour Log » Blog Archive » Notes on the spring tide tables</title>",
        "<h1><a href=\"/\">Harbour Log</a></h1><h2>Notes on the spring tide tables</h2>");
    assertThat(m.title()).isEqualTo("Notes on the spring tide tables");
  }

  @Test
  void visibleSpellingOfTheSameTitleWins() {
    HtmlMetadata m = meta("<meta property=\"og:title\" content=\"Editor's Letter: &quot;Welcome back&quot;\">",
        "<h1>Editor’s Letter: “Welcome back”</h1>");
    assertThat(m.title()).isEqualTo("Editor’s Letter: “Welcome back”");
  }

  @Test
  void rewordedSingleH1IsTheVisibleHeadline() {
    HtmlMetadata m = meta("<meta property=\"og:title\" content=\"Station lounge: no more access with saver tickets\">",
        "<h1>Station lounge: no access any more with saver ticket</h1>");
    assertThat(m.title()).isEqualTo("Station lounge: no access any more with saver ticket");
    // an h1 holding the meta title plus a kicker keeps the meta title
    HtmlMetadata kicker = meta("<meta property=\"og:title\" content=\"Data stolen from arms maker\">",
        "<h1>Leak Data stolen from arms maker</h1>");
    assertThat(kicker.title()).isEqualTo("Data stolen from arms maker");
  }

  @Test
  void kickerSpanInsideH1IsNotPartOfTheHeadline() {
    HtmlMetadata m = meta("<title>Data stolen from arms maker - Internal files online | News</title>",
        "<h1><span class=\"kicker\">Internal files online</span><span>Data stolen from arms maker</span></h1>");
    assertThat(m.title()).isEqualTo("Data stolen from arms maker");
  }

  @Test
  void oneWordH1DoesNotBeatTheHeadTitle() {
    HtmlMetadata m = meta("<title>Remove trailing breaks test</title>", "<h1>Lorem</h1>");
    assertThat(m.title()).isEqualTo("Remove trailing breaks test");
  }

  @Test
  void epochDatesInJsonLdMetaAndTimeAttributes() {
    OffsetDateTime expected = OffsetDateTime.parse("2024-11-25T09:57Z");
    assertThat(meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"x y z\",\"datePublished\":1732528620}"), "").publishedAt())
        .isEqualTo(expected);
    assertThat(meta("<meta property=\"article:published_time\" content=\"1732528620000\">", "").publishedAt())
        .isEqualTo(expected);
    assertThat(meta("<meta name=\"pubdate\" content=\"1732528620\">", "").publishedAt()).isEqualTo(expected);
    assertThat(meta("", "<time class=\"published\" data-timestamp=\"1732528620\">2 hours ago</time>").publishedAt())
        .isEqualTo(expected);
  }
}
