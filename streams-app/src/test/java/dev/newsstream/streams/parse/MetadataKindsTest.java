package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.HtmlMetadataTest.ld;
import static dev.newsstream.streams.parse.HtmlMetadataTest.meta;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Issue 14, session 7: kinds of metadata read wrongly, each with the look-alike that must keep its value. */
class MetadataKindsTest {

  @Test
  void twelveHourTimeWithoutMinutesIsTheHourNotMidnight() {
    assertThat(DateParsing.parseOffset("Nov 24th, 2025 8 PM EST"))
        .contains(OffsetDateTime.parse("2025-11-24T20:00-05:00"));
    assertThat(DateParsing.parseOffset("Nov. 24th, 2025, 8pm")).contains(OffsetDateTime.parse("2025-11-24T20:00Z"));
    assertThat(DateParsing.parseOffset("November 24, 2025 at 12 a.m."))
        .contains(OffsetDateTime.parse("2025-11-24T00:00Z"));
    // look-alikes: a number after the date that is no hour
    assertThat(DateParsing.parseOffset("Nov 24, 2025 (2 amendments)"))
        .contains(OffsetDateTime.parse("2025-11-24T00:00Z"));
    assertThat(DateParsing.parseOffset("Nov 24, 2025 13 pm")).contains(OffsetDateTime.parse("2025-11-24T00:00Z"));
  }

  @Test
  void dayInTheUrlGivesWayToTheSameDayWithItsTimeInTheText() {
    // the test page's URL is /2025/03/04/: the visible line names that day, with an ordinal and a 12-hour time
    HtmlMetadata m = meta("", "<p class=\"info\">Mar. 4th, 2025 08:15 pm</p>");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T20:15Z"));
  }

  @Test
  void textDateOfAnotherDayDoesNotReplaceTheUrlDate() {
    // a date in the text that is not the URL's day (an event, a quoted report) is not the publication date
    HtmlMetadata m = meta("", "<p class=\"info\">Mar. 1st, 2025 08:15 pm</p>");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00Z"));
  }

  @Test
  void headTitleRepeatedInAHeadingBeatsASectionNameH1() {
    HtmlMetadata m = meta("<title>Babies Who Eat Peanuts Early May Avoid Allergy</title>",
        "<h1>Allergies Health Center</h1><h2>Tools &amp; Resources</h2>"
        + "<h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>");
    assertThat(m.title()).isEqualTo("Babies Who Eat Peanuts Early May Avoid Allergy");
  }

  @Test
  void mastheadH1NamedInTheHeadTitleIsTheSiteNotTheHeadline() {
    // the site's name in a logo/brand/site-title h1, the headline in a lower heading, the head title holding both
    assertThat(meta("<title>Senators back new rail link - The Capital Ledger</title>",
        "<header><h1 class=\"logo\">The Capital Ledger</h1></header>"
        + "<article><h2 class=\"headline\">Senators back new rail link</h2><p>Text.</p></article>").title())
        .isEqualTo("Senators back new rail link");
    assertThat(meta("<title>Rail Weekly: Senators back new rail link</title>",
        "<h1 class=\"site-title\">Rail Weekly</h1><div class=\"post\"><h2>Senators back new rail link</h2></div>")
        .title()).isEqualTo("Senators back new rail link");
    assertThat(meta("<title>Senators back new rail link — Rail Weekly</title>",
        "<header><div class=\"brand\"><h1>Rail Weekly</h1></div></header>"
        + "<article><h3 class=\"entry-title\">Senators back new rail link</h3></article>").title())
        .isEqualTo("Senators back new rail link");
  }

  @Test
  void siteNamePartJoinedByAPipeWithoutSpacesIsStripped() {
    String site = "<meta property=\"og:site_name\" content=\"Valley Courier\">";
    assertThat(meta(site + "<title>Valley Courier|Bridge reopens after two years</title>", "<p>Text.</p>").title())
        .isEqualTo("Bridge reopens after two years");
    assertThat(meta(site + "<title>Bridge reopens after two years|Valley Courier</title>", "<p>Text.</p>").title())
        .isEqualTo("Bridge reopens after two years");
    // look-alike: a pipe inside a title whose parts name no site stays
    assertThat(meta(site + "<title>Rates|Why the bank held them this time</title>", "<p>Text.</p>").title())
        .isEqualTo("Rates|Why the bank held them this time");
  }

  @Test
  void headlineH1InAPageHeaderStaysTheHeadline() {
    // look-alikes: the h1 is the headline although the site's name is a heading too (no logo/brand markup), or the
    // h1 carries brand markup but sits in the article
    assertThat(meta("<title>Fire kills three | Springfield Herald</title>",
        "<header><h1>Fire kills three</h1></header><p>Text.</p><footer><h2>Springfield Herald</h2></footer>").title())
        .isEqualTo("Fire kills three");
    assertThat(meta("<title>Fire kills three | Springfield Herald</title>",
        "<article><h1 class=\"brand-headline\">Fire kills three</h1><h3>Springfield Herald</h3></article>").title())
        .isEqualTo("Fire kills three");
  }

  @Test
  void visibleBylineNamingTheMetaAuthorAndMoreGivesAllAuthors() {
    HtmlMetadata both = meta("<meta name=\"author\" content=\"Jane Doe\">",
        "<article><h1>Senators back new rail link</h1><p class=\"byline\">By Jane Doe and Carlos Méndez</p></article>");
    assertThat(both.authors()).containsExactly("Jane Doe", "Carlos Méndez");
    // look-alike: a byline naming someone else (a photographer's credit line, another story's author) leaves the meta
    HtmlMetadata other = meta("<meta name=\"author\" content=\"Jane Doe\">",
        "<article><h1>Senators back new rail link</h1><p class=\"byline\">By Ann Lee and Bo Chan</p></article>");
    assertThat(other.authors()).containsExactly("Jane Doe");
  }

  @Test
  void headTitleNotShownOrTooShortLeavesTheH1() {
    // "Site - Section" in the head, shown nowhere: the h1 is the headline
    assertThat(meta("<title>Valley Courier - Local news</title>", "<h1>Bridge reopens after two years</h1>").title())
        .isEqualTo("Bridge reopens after two years");
    // a two-word head title repeated by a footer heading is a label
    assertThat(meta("<title>Contact us</title>", "<h1>Bridge reopens after two years</h1><h3>Contact us</h3>")
        .title()).isEqualTo("Bridge reopens after two years");
  }

  @Test
  void jsonLdHeadlineThatDescribesThePageGivesWayToItsNameShownAsH1() {
    HtmlMetadata m = meta(ld("{\"@type\":\"Article\",\"name\":\"List of films featuring time loops\","
        + "\"headline\":\"Wikimedia list article\"}"), "<h1>List of films featuring time loops</h1>");
    assertThat(m.title()).isEqualTo("List of films featuring time loops");
  }

  @Test
  void jsonLdHeadlineRewordingItsNameStays() {
    // a headline that tells the same story as the name (or a name that is no visible h1) is the headline
    HtmlMetadata reworded = meta(ld("{\"@type\":\"NewsArticle\",\"name\":\"Bridge reopens\","
        + "\"headline\":\"Harbour bridge reopens after two years of repairs\"}"), "<h1>Bridge reopens</h1>");
    assertThat(reworded.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
    HtmlMetadata nameNotShown = meta(ld("{\"@type\":\"NewsArticle\",\"name\":\"News item 4411\","
        + "\"headline\":\"Harbour bridge reopens after two years\"}"), "<h1>Harbour bridge reopens after two years</h1>");
    assertThat(nameNotShown.title()).isEqualTo("Harbour bridge reopens after two years");
  }

  @Test
  void ogSiteNameThatIsThePageSectionIsNotTheSite() {
    HtmlMetadata m = meta("<meta property=\"og:site_name\" content=\"U.S.\"><meta property=\"article:section\" "
        + "content=\"U.S.\">" + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Senate passes the budget\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Ledger\"}}"), "");
    assertThat(m.site()).isEqualTo("Daily Ledger");
    // look-alike: a site name beside a different section stays the site
    HtmlMetadata site = meta("<meta property=\"og:site_name\" content=\"Valley Courier\"><meta "
        + "property=\"article:section\" content=\"Politics\">", "");
    assertThat(site.site()).isEqualTo("Valley Courier");
  }
}
