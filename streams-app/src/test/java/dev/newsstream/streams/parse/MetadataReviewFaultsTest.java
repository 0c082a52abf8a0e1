package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Session 8 review, metadata fault kinds: each pattern, a look-alike that must keep today's answer, and the shared
 * dev page that showed it (../shared/eval/extraction-dev, skipped when missing).
 */
class MetadataReviewFaultsTest {
  private static final String PROSE = "<div class=\"entry-content\"><p>A storm that swept in from the lake late on "
      + "Sunday left more than forty thousand homes without power, the utility said, as crews worked through the "
      + "night.</p><p>Most customers should have electricity back by Monday evening, officials said.</p></div>";

  private static HtmlMetadata meta(String body, String url) {
    return new HtmlMetadata(Jsoup.parse("<html><head><title>Storm</title></head><body>" + body + "</body></html>",
        url));
  }

  private static String comments(int n) {
    StringBuilder sb = new StringBuilder("<section id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">");
    for (int i = 0; i < n; i++) {
      sb.append("<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\">")
          .append("<div class=\"comment-author vcard\"><b class=\"fn\">Reader ").append(i).append("</b></div>")
          .append("<div class=\"comment-metadata\"><a href=\"#c\"><time datetime=\"2024-03-1").append(1 + i % 8)
          .append("T00:15:00+00:00\">March 11, 2024 at 1:15 pm</time></a></div></footer>")
          .append("<div class=\"comment-content\"><p>Totally agree.</p></div></article></li>");
    }
    return sb.append("</ol></section>").toString();
  }

  private static final String BYLINE_WITH_DATE = "<article class=\"post\"><h1>Storm</h1><div class=\"entry-meta\">By "
      + "<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/dana\">Dana Okafor</a></span> · Published "
      + "March 10, 2024, 11:30 p.m. EST</div>" + PROSE + "</article>";

  @Test
  void commentDatesNeverOutrankTheArticlesOwn() {
    HtmlMetadata m = meta(BYLINE_WITH_DATE + comments(30), "https://ledger.example/2024/03/10/storm");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-10T23:30-05:00"));
  }

  @Test
  void lookAlikeArticleTimeBesideACommentsLinkIsKept() {
    HtmlMetadata m = meta("<article><h1>Storm</h1><div class=\"entry-meta\"><time datetime=\"2024-03-10T23:30:00-05:00\">"
        + "March 10</time> <span class=\"comments-link\"><a href=\"#comments\">3 comments</a></span></div>" + PROSE
        + "</article>" + comments(3), "https://ledger.example/storm");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-10T23:30-05:00"));
  }

  @Test
  void zonedTitleAttributeBeatsTheVisibleLocalTime() {
    String abbr = "<abbr class=\"date\" title=\"2018-09-11T10:57:27Z\">Le 11 septembre 2018 à 12:57</abbr>";
    assertThat(meta(abbr + PROSE, "https://ex.example/a").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2018-09-11T10:57:27Z"));
    // look-alikes: a title that is a tooltip, or a machine value without a zone, leaves the visible text in charge
    String tooltip = "<span class=\"date\" title=\"Publication date\">11 septembre 2018 à 12:57</span>";
    assertThat(meta(tooltip + PROSE, "https://ex.example/a").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2018-09-11T12:57Z"));
    String zoneless = "<span class=\"date\" title=\"2018-09-11T10:57\">11 septembre 2018 à 12:57</span>";
    assertThat(meta(zoneless + PROSE, "https://ex.example/a").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2018-09-11T12:57Z"));
  }

  @Test
  void devPageDateIsTheBylinesNotTheFirstCommentsOnRegards() {
    ParsedArticle a = parsed("regards.fr.enquetes.html");
    assertThat(a.publishedAt().toLocalDate()).hasToString("2018-09-30");
  }

  @Test
  void bylineThatAlsoHoldsTheDateKeepsItsAuthor() {
    assertThat(meta(BYLINE_WITH_DATE, "https://ledger.example/storm").authors()).containsExactly("Dana Okafor");
  }

  @Test
  void lookAlikeByOpeningASentenceIsStillProse() {
    HtmlMetadata m = meta("<article><p>By <a class=\"author-link\" href=\"/p/smith\">Smith</a>'s own account, the "
        + "company lost money for years and closed the plant last spring.</p>" + PROSE + "</article>",
        "https://ex.example/a");
    assertThat(m.authors()).isEmpty();
  }

  @Test
  void adjacentLinkIsNotGluedToTheAuthorName() {
    HtmlMetadata m = meta("<p class=\"byline\">By <a href=\"/author/dd\" rel=\"author\">Drew DeSilver</a><a "
        + "href=\"#comments\" class=\"comment-count\">Leave a comment</a></p>" + PROSE, "https://ex.example/a");
    assertThat(m.authors()).containsExactly("Drew DeSilver");
  }

  @Test
  void lookAlikeNamePartsInSpacedSpansStayOneName() {
    HtmlMetadata m = meta("<div class=\"byline\">By <span class=\"given\">Jane</span> <span class=\"family\">Doe</span>"
        + "</div>" + PROSE, "https://ex.example/a");
    assertThat(m.authors()).containsExactly("Jane Doe");
  }

  @Test
  void devPageAuthorWithoutTheCommentsLinkOnPew() {
    assertThat(parsed("pewresearch.org2").authors()).containsExactly("Drew DeSilver");
  }

  @Test
  void placeInACommaListOfNamesIsNoAuthor() {
    assertThat(AuthorNames.clean(List.of("Markus M. Haefliger, London, Beat Bumbacher")))
        .containsExactly("Markus M. Haefliger", "Beat Bumbacher");
    assertThat(AuthorNames.clean(List.of("Anna Weber, Zürich"))).containsExactly("Anna Weber");
  }

  @Test
  void lookAlikeOneWordNamesAndPlaceSurnamesSurvive() {
    assertThat(AuthorNames.clean(List.of("Jane Doe, Banksy, John Roe"))).containsExactly("Jane Doe", "Banksy", "John Roe");
    assertThat(AuthorNames.clean(List.of("Jack London, Mary Paris"))).containsExactly("Jack London", "Mary Paris");
    assertThat(AuthorNames.clean(List.of("Madrid"))).containsExactly("Madrid"); // no list of names to sit in
  }

  @Test
  void devPageNzzBylineWithoutItsDatelinePlace() {
    assertThat(parsed("d42c68f1b0f4408b81cf8f00bbe1a631.html").authors())
        .containsExactly("Markus M. Haefliger", "Beat Bumbacher");
  }

  @Test
  void commaJoinedArticleTagsAreSplitLikeKeywords() {
    HtmlMetadata m = new HtmlMetadata(Jsoup.parse("<html><head><meta property=\"article:tag\" content=\"el país,corte "
        + "suprema, 2,5 grad\"></head><body>" + PROSE + "</body></html>", "https://ex.example/a"));
    // a decimal comma is inside one tag
    assertThat(m.tags()).containsExactly("el país", "corte suprema", "2,5 grad");
  }

  @Test
  void lookAlikeOneTagPerMetaKeepsItsComma() {
    HtmlMetadata m = new HtmlMetadata(Jsoup.parse("<html><head><meta property=\"article:tag\" content=\"Trump, Donald J\">"
        + "<meta property=\"article:tag\" content=\"Prices (Fares, Fees and Rates)\"></head><body>" + PROSE
        + "</body></html>", "https://ex.example/a"));
    assertThat(m.tags()).containsExactly("trump, donald j", "prices (fares, fees and rates)");
  }

  @Test
  void devPageTagsOnPagina12() {
    assertThat(parsed("pagina12.com.ar-suprema.html").tags())
        .contains("el país", "corte suprema", "organismos de derechos humanos")
        .noneMatch(t -> t.contains(","));
  }

  @Test
  void textInItsOwnScriptBeatsTheTemplatesLang() {
    String bengali = "কুষ্টিয়া আসনের সংসদ সদস্য অ্যাডভোকেট সারওয়ার জাহান বাদশার ফুপাতো ভাই হাসিনুর রহমানকে কুপিয়ে হত্যা "
        + "করা হয়েছে। এ সময় জব্বার নামে আরেকজন আহত হন। আজ শনিবার সকাল সাড়ে সাতটার দিকে এ ঘটনা ঘটে।";
    assertThat(LanguageDetection.resolve("en", bengali)).isEqualTo("bn");
    // look-alike: English text under lang="en" stays English
    assertThat(LanguageDetection.resolve("en", "The council approved the plan on Monday after a long debate about "
        + "costs, and officials said that work would start in the spring once the contracts were signed by the "
        + "city and the builders.")).isEqualTo("en");
  }

  @Test
  void devPageBengaliUnderLangEn() {
    assertThat(parsed("ukbdnews.com.23646.html").language()).isEqualTo("bn");
  }

  private static ParsedArticle parsed(String id) {
    SharedEvalCases.Case c = SharedEvalCases.get(id);
    ParseOutcome o = new PageParser(50 << 20).parse(c.html(), c.url(), null);
    assertThat(o).as(id).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }
}
