package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each metadata source alone, then their precedence. */
class HtmlMetadataTest {
  static final String PROSE = "<p>The council approved the plan on Monday after a long debate about costs, "
      + "and officials said work would start in the spring once the contracts were signed.</p>";

  static HtmlMetadata meta(String head, String body) {
    Document d = Jsoup.parse("<html><head>" + head + "</head><body>" + body + PROSE + "</body></html>",
        "https://news.example.com/2025/03/04/story");
    return new HtmlMetadata(d);
  }

  static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdAlone() {
    HtmlMetadata m = meta(ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"LD title\","
        + "\"datePublished\":\"2025-03-04T10:00:00+01:00\",\"dateModified\":\"2025-03-05T08:00:00+01:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Organization\",\"name\":\"Daily\"}],"
        + "\"articleSection\":\"Politics\",\"inLanguage\":\"en\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://img.example.com/a.jpg\"},"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily\"},\"keywords\":\"council, budget\"}"), "");
    assertThat(m.title()).isEqualTo("LD title");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T10:00:00+01:00"));
    assertThat(m.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-03-05T08:00:00+01:00"));
    assertThat(m.authors()).containsExactly("Jane Doe");
    assertThat(m.section()).isEqualTo("politics");
    assertThat(m.site()).isEqualTo("The Daily");
    assertThat(m.imageUrl()).isEqualTo("https://img.example.com/a.jpg");
    assertThat(m.keywords()).containsExactly("council", "budget");
  }

  @Test
  void jsonLdGraphWithAuthorReference() {
    HtmlMetadata m = meta(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Page\"},"
        + "{\"@type\":\"Article\",\"headline\":\"Graph title\",\"author\":{\"@id\":\"#p1\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann Lee\"}]}"), "");
    assertThat(m.title()).isEqualTo("Graph title");
    assertThat(m.authors()).containsExactly("Ann Lee");
  }

  @Test
  void sloppyJsonLdStillReads() {
    HtmlMetadata m = meta("<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Line\nbreak\",}\n//]]></script>", "");
    assertThat(m.title()).isEqualTo("Line break");
  }

  @Test
  void openGraphAlone() {
    HtmlMetadata m = meta("<meta property=\"og:title\" content=\"OG title\"><meta property=\"og:site_name\" content=\"OG Site\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-04T09:00:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2025-03-04T11:00:00Z\">"
        + "<meta property=\"article:author\" content=\"Bob Stone\"><meta property=\"article:section\" content=\"World\">"
        + "<meta property=\"article:tag\" content=\"Budget\"><meta property=\"og:image\" content=\"https://i.example.com/o.jpg\">"
        + "<meta property=\"og:url\" content=\"https://news.example.com/og\"><meta property=\"og:locale\" content=\"en_GB\">", "");
    assertThat(m.title()).isEqualTo("OG title");
    assertThat(m.site()).isEqualTo("OG Site");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:00:00Z"));
    assertThat(m.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T11:00:00Z"));
    assertThat(m.authors()).containsExactly("Bob Stone");
    assertThat(m.section()).isEqualTo("world");
    assertThat(m.tags()).containsExactly("budget");
    assertThat(m.imageUrl()).isEqualTo("https://i.example.com/o.jpg");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/og");
    assertThat(m.language(Jsoup.parse(PROSE).text())).isEqualTo("en");
  }

  @Test
  void twitterAlone() {
    HtmlMetadata m = meta("<meta name=\"twitter:title\" content=\"Tw title\"><meta name=\"twitter:image\" content=\"https://i.example.com/t.jpg\">", "");
    assertThat(m.title()).isEqualTo("Tw title");
    assertThat(m.imageUrl()).isEqualTo("https://i.example.com/t.jpg");
  }

  @Test
  void plainMetaAlone() {
    HtmlMetadata m = meta("<meta name=\"author\" content=\"By Carla Ruiz, Staff Writer\"><meta name=\"pubdate\" content=\"2025-03-04\">"
        + "<meta name=\"DC.date.modified\" content=\"2025-03-06\"><meta name=\"keywords\" content=\"a, b\">"
        + "<meta name=\"category\" content=\"Local\"><link rel=\"canonical\" href=\"/canon\">"
        + "<meta http-equiv=\"content-language\" content=\"en\">", "");
    assertThat(m.authors()).containsExactly("Carla Ruiz");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00:00Z"));
    assertThat(m.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-03-06T00:00:00Z"));
    assertThat(m.section()).isEqualTo("local");
    assertThat(m.keywords()).containsExactly("a", "b");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/canon");
  }

  @Test
  void microdataAlone() {
    HtmlMetadata m = meta("", "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h2 itemprop=\"headline\">MD title</h2>"
        + "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Dana Fox</span></span>"
        + "<time itemprop=\"datePublished\" datetime=\"2025-03-04T07:00:00-05:00\">March 4</time>"
        + "<meta itemprop=\"dateModified\" content=\"2025-03-04T09:00:00-05:00\"><meta itemprop=\"articleSection\" content=\"Metro\"></div>");
    assertThat(m.title()).isEqualTo("MD title");
    assertThat(m.authors()).containsExactly("Dana Fox");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T07:00:00-05:00"));
    assertThat(m.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:00:00-05:00"));
    assertThat(m.section()).isEqualTo("metro");
  }

  @Test
  void visibleMarkupAlone() {
    HtmlMetadata m = meta("<title>Visible headline here | Site</title>",
        "<h1>Visible headline here</h1><div class=\"byline\">By <a href=\"/p\">Eve Stone</a> and <a>Max Ray</a>"
            + "<time>March 4, 2025</time></div><time datetime=\"2025-03-04T06:30:00+00:00\">4 March</time>");
    assertThat(m.title()).isEqualTo("Visible headline here");
    assertThat(m.authors()).containsExactly("Eve Stone", "Max Ray");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T06:30:00Z"));
  }

  @Test
  void classlessBylineAndDateInText() {
    HtmlMetadata m = new HtmlMetadata(Jsoup.parse("<html><head><title>Storm drains to be cleared - Borough Echo</title>"
        + "</head><body><font><b>Storm drains to be cleared</b></font><br><font>20/10/2025 | <b>By Martin Webb</b>"
        + "</font>" + PROSE + "</body></html>", "https://echo.example.com/news/storm-drains"));
    assertThat(m.title()).isEqualTo("Storm drains to be cleared");
    assertThat(m.authors()).containsExactly("Martin Webb");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-10-20T00:00:00Z"));
  }

  @Test
  void urlDateIsTheLastDateSource() {
    assertThat(meta("", "").publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00:00Z"));
  }

  @Test
  void precedenceJsonLdThenOpenGraphThenMeta() {
    HtmlMetadata m = meta(ld("{\"@type\":\"NewsArticle\",\"headline\":\"From LD\",\"datePublished\":\"2025-01-01T00:00:00Z\"}")
        + "<meta property=\"og:title\" content=\"From OG\"><meta property=\"article:published_time\" content=\"2025-02-02T00:00:00Z\">"
        + "<meta name=\"author\" content=\"Meta Author\">", "<h1>From H1</h1>");
    assertThat(m.title()).isEqualTo("From LD");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-01T00:00:00Z"));
    assertThat(m.authors()).containsExactly("Meta Author");
  }

  @Test
  void headTitleWithSiteSuffixYieldsToTheH1() {
    HtmlMetadata m = meta("<meta property=\"og:title\" content=\"Bridge closes to lorries | Northumbria Post\">",
        "<h1>Bridge closes to lorries</h1>");
    assertThat(m.title()).isEqualTo("Bridge closes to lorries");
  }

  @Test
  void siteNameInFrontOfTheHeadlineIsDroppedToo() {
    // techcrunch.com: og:title "TechCrunch | Headline", and an h1 whose last space is &nbsp;.
    HtmlMetadata withH1 = meta("<meta property=\"og:title\" content=\"TechCrunch | 2005 Zuckerberg Didn’t Want To Take "
        + "Over The World\"><meta property=\"og:site_name\" content=\"TechCrunch\">",
        "<h1>2005 Zuckerberg Didn’t Want To Take Over The&nbsp;World</h1>");
    assertThat(withH1.title()).isEqualTo("2005 Zuckerberg Didn’t Want To Take Over The World");
    HtmlMetadata noH1 = meta("<meta property=\"og:title\" content=\"Northumbria Post: Bridge closes to lorries on Monday\">"
        + "<meta property=\"og:site_name\" content=\"Northumbria Post\">", "");
    assertThat(noH1.title()).isEqualTo("Bridge closes to lorries on Monday");
    // A leading part that is not the site stays: "Analysis: ..." is part of the headline.
    HtmlMetadata kicker = meta("<meta property=\"og:title\" content=\"Analysis: Why the bridge had to close\">"
        + "<meta property=\"og:site_name\" content=\"Northumbria Post\">", "");
    assertThat(kicker.title()).isEqualTo("Analysis: Why the bridge had to close");
  }

  @Test
  void languageDeclaredWrongIsCorrectedAndMissingIsDetected() {
    String german = "Die Stadtwerke senken zum 1. Januar die Strompreise für Haushaltskunden um durchschnittlich "
        + "acht Prozent. Grund seien gesunkene Einkaufspreise an der Strombörse, teilte das Unternehmen mit. Ein "
        + "Haushalt spare dadurch rund 90 Euro im Jahr, und die Kunden würden in den kommenden Tagen informiert.";
    assertThat(meta("", "").language(german)).isEqualTo("de"); // html lang missing
    HtmlMetadata wrong = new HtmlMetadata(Jsoup.parse("<html lang=\"en-US\"><body><p>" + german + "</p></body></html>"));
    assertThat(wrong.language(german)).isEqualTo("de");
    HtmlMetadata right = new HtmlMetadata(Jsoup.parse("<html lang=\"de-DE\"><body></body></html>"));
    assertThat(right.language(german)).isEqualTo("de");
    assertThat(right.language("kurz")).isEqualTo("de"); // too short to doubt the page
  }
}
