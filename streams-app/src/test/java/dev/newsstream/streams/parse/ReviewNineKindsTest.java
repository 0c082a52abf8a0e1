package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Session 9 review (review9 #4, #7, #9, #12), extraction fault kinds: each pattern, a look-alike that must keep
 * today's answer, and the shared dev page that showed it (../shared/eval/extraction-dev, skipped when missing).
 */
class ReviewNineKindsTest {
  private static final String PROSE = "<div class=\"entry-content\"><p>A storm that swept in from the lake late on "
      + "Sunday left more than forty thousand homes without power, the utility said, as crews worked through the "
      + "night.</p><p>Most customers should have electricity back by Monday evening, officials said, and schools "
      + "will open as usual.</p></div>";

  private static HtmlMetadata meta(String head, String body, String url) {
    return new HtmlMetadata(Jsoup.parse("<html><head><title>Storm</title>" + head + "</head><body>" + body
        + "</body></html>", url));
  }

  /** A related-posts list of {@code n} other stories, each with its own date and author (WordPress themes). */
  private static String related(int n) {
    StringBuilder sb = new StringBuilder("<h4>You may also like</h4><ul class=\"related-posts group\">");
    for (int i = 0; i < n; i++) {
      sb.append("<li class=\"related post-hover\"><article class=\"post\"><div class=\"related-inner\">")
          .append("<h4 class=\"post-title\"><a href=\"https://ledger.example/other-story-").append(i)
          .append("\">Another story number ").append(i).append("</a></h4><div class=\"post-meta\"><p class=\"post-date\">")
          .append("<time class=\"published updated\" datetime=\"2020-12-0").append(1 + i % 8)
          .append(" 07:32:49\">").append(1 + i % 8).append(" December 2020</time></p>")
          .append("<span class=\"author\">Other Writer ").append(i).append("</span></div></div></article></li>");
    }
    return sb.append("</ul>").toString();
  }

  // --- #4: dates (and bylines) of other stories listed in related / teaser / sidebar regions ---

  @Test
  void relatedPostsDatesNeverOutrankTheBylinesDate() {
    // the related list comes first in <time> order; the byline's date is a plain span
    String page = "<article class=\"post\"><h1>Storm</h1><p class=\"post-byline\">by <span class=\"fn\">Dana Okafor"
        + "</span> · <span class=\"published\">31 October 2023</span></p>" + PROSE + "</article>" + related(3);
    HtmlMetadata m = meta("", page, "https://ledger.example/storm");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-10-31T00:00Z"));
    assertThat(m.authors()).containsExactly("Dana Okafor");
  }

  @Test
  void teaserCarouselBylinesAreOtherStoriesAuthors() {
    String carousel = "<aside class=\"dossier\"><div class=\"slider\"><article class=\"slider-teaser\"><h2><a "
        + "href=\"https://ledger.example/opinion/other\">Why the other column is right</a></h2><footer><span "
        + "class=\"slider-teaser__author\">Doris Columnist</span></footer></article></div></aside>";
    String page = carousel + "<article><h1>Storm</h1><div class=\"article-authors\"><a rel=\"author\" class=\"author__link\">"
        + "Ursula Baker</a></div>" + PROSE + "</article>";
    assertThat(meta("", page, "https://ledger.example/storm").authors()).containsExactly("Ursula Baker");
  }

  @Test
  void lookAlikeBylineInsideAWrapperNamedSidebarKeepsItsDate() {
    // Genesis-style "content-sidebar-wrap" holds the article itself: the word names the layout, not a region
    String page = "<div class=\"content-sidebar-wrap\"><main class=\"content\"><article><h1>Storm</h1><p "
        + "class=\"entry-meta\"><time class=\"entry-time\" datetime=\"2024-03-10T23:30:00-05:00\">March 10, 2024</time>"
        + " by <span class=\"entry-author\">Dana Okafor</span></p>" + PROSE + "</article></main><aside "
        + "class=\"sidebar\">" + related(2) + "</aside></div>";
    HtmlMetadata m = meta("", page, "https://ledger.example/storm");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-10T23:30-05:00"));
    assertThat(m.authors()).containsExactly("Dana Okafor");
  }

  @Test
  void lookAlikeArticleMetaInABoxNamedTeaserOrSidebarKeepsItsDate() {
    // the article's own head meta named as a component ("c-teaser__meta"), or set in a sidebar column: no card of
    // another story around it
    String teaserMeta = "<div class=\"column\"><h1>Storm</h1><p class=\"c-teaser__meta\"><time>26 January 2022</time>"
        + "</p><p>A storm that swept in from the lake late on Sunday left more than forty thousand homes without "
        + "power, the utility said.</p><p>Most customers should have electricity back by Monday evening, officials "
        + "said, and schools will open as usual.</p></div>";
    assertThat(meta("", teaserMeta, "https://ledger.example/storm").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2022-01-26T00:00Z"));
    String sidebarHead = "<div class=\"sidebar\"><div class=\"sidebar__item sidebar__item--header\"><p class=\"time\">"
        + "<time>28 January 2022</time></p><a href=\"https://ledger.example/author/dana\">Dana Okafor</a></div></div>"
        + "<div class=\"post__content\">" + PROSE + "</div>";
    assertThat(meta("", sidebarHead, "https://ledger.example/storm").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2022-01-28T00:00Z"));
  }

  @Test
  void theArticlesOwnCardInATeaserListCarriesItsDate() {
    // a script-rendered page shows its date only on its own card among the teasers; the others' dates come first
    String card = "<div class=\"swiper\"><article class=\"default-teaser\"><h2><a href=\"/politics/other-story\">"
        + "Another story on the same topic</a></h2><span class=\"default-teaser__date\">1 July 2020</span></article>"
        + "<article class=\"default-teaser\"><h2><a href=\"/society/storm-2497954\">Storm over the lake</a></h2>"
        + "<span class=\"default-teaser__date\">18 March 2020</span></article></div>";
    HtmlMetadata m = meta("", card + PROSE, "https://ledger.example/society/storm-2497954");
    assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-03-18T00:00Z"));
  }

  @Test
  void devPageRelatedPostsDate() {
    assertThat(parsed("dubisthalle.de-Intendanten-Wechsel.html").publishedAt())
        .isEqualTo(OffsetDateTime.parse("2023-10-31T00:00Z"));
  }

  // --- #7: ruby annotations ---

  @Test
  void rubyAnnotationsAreDroppedFromBodyTitleAndByline() {
    String page = "<html><head><title>x</title></head><body><article><h1><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rp>（"
        + "</rp><rt>ほうりつ</rt><rp>）</rp></ruby></h1><p class=\"byline\">By <ruby>Jane<rt>jein</rt></ruby> Doe</p>"
        + "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt>"
        + "</ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt>"
        + "</ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりする<ruby>体罰<rt>たいばつ</rt></ruby>を"
        + "<ruby>禁止<rt>きんし</rt></ruby>することになりました。</p><p>最近、親に虐待された子どもを児童相談所が守ることが"
        + "できなくて、子どもが亡くなる事件が続いています。このため、法律では児童相談所の力を強くしました。</p>"
        + "</article></body></html>";
    ParsedArticle a = parse(page, "https://news.example/easy/1.html");
    assertThat(a.title()).isEqualTo("子どもの法律");
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.paragraphs().get(0)).startsWith("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために");
  }

  @Test
  void lookAlikeReadingsWrittenAsTextStay() {
    // a reading the author wrote in brackets is text, not ruby markup
    assertThat(RubyText.mayHave("<p>Chikan (痴漢（ちかん）) is a problem.</p>")).isFalse();
    String page = "<html><body><article><h1>Train safety</h1><p>Chikan (痴漢（ちかん）), or train groping, continues to "
        + "be a problem in Japan, and the authorities are not doing enough about it, riders say.</p><p>Most riders "
        + "never report it, according to a survey published by the railway company this spring.</p></article>"
        + "</body></html>";
    assertThat(parse(page, "https://news.example/a").paragraphs().get(0)).contains("痴漢（ちかん）");
  }

  @Test
  void devPageFuriganaNotGluedIntoTheText() {
    SharedEvalCases.Case c = SharedEvalCases.get("nhk.or.jp.k100.html");
    String body = SharedEvalCases.normalize(SharedEvalCases.body(c));
    for (String s : c.mustContain()) {
      assertThat(body).contains(SharedEvalCases.normalize(s));
    }
  }

  // --- #9: the publisher as author ---

  @Test
  void publisherInMetaAuthorLosesToThePersonInTheByline() {
    // an organisation (legal form) in <meta name=author>, the writer in a labelled line at the end of the text
    String org = "<meta name=\"author\" content=\"Harbour-Seidel-Stiftung e.V.\">";
    String signed = "<article><h1>Storm</h1>" + PROSE + "<p><strong>Autorin: Uta Example, Projektleiterin der "
        + "Stiftung in Tunesien.</strong></p></article>";
    assertThat(meta(org, signed, "https://www.hss.example/news/storm").authors()).containsExactly("Uta Example");
    // the site's name (the host after an article) in <meta name=author>, the writer in a byline element
    String site = "<meta name=\"author\" content=\"Die LEDGER\">";
    String byline = "<article><h1>Storm</h1><div class=\"article-authors\"><a rel=\"author\">Ursula Baker</a></div>"
        + PROSE + "</article>";
    assertThat(meta(site, byline, "https://www.ledger.example/storm").authors()).containsExactly("Ursula Baker");
    // initials of the name are the host: "Harbour Seidel Stiftung" on hss.example
    assertThat(Publishers.namesHost("Harbour-Seidel-Stiftung", "https://www.hss.example/a")).isTrue();
  }

  @Test
  void lookAlikePublisherWithoutABylineAndPersonsWithTheSiteInTheirNameStay() {
    // no person in a byline: since session 11 an organisation in the author meta tag is dropped all the same
    // (MetadataReviewElevenTest); declared elsewhere (JSON-LD) it stays
    String org = "<meta name=\"author\" content=\"Harbour Foundation\">";
    assertThat(meta(org, "<article><h1>Storm</h1>" + PROSE + "</article>", "https://harbour.example/a").authors())
        .isEmpty();
    String ldOrg = HtmlMetadataTest.ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Harbour Foundation\"}}");
    assertThat(meta(ldOrg, "<article><h1>Storm</h1>" + PROSE + "</article>", "https://harbour.example/a").authors())
        .containsExactly("Harbour Foundation");
    // a person whose name carries the blog's name is a person
    assertThat(Publishers.namesHost("Matthias harbourlog", "https://harbourlog.example/a")).isFalse();
    String person = "<meta name=\"author\" content=\"Matthias harbourlog\">";
    String box = "<article><h1>Storm</h1>" + PROSE + "<div class=\"author-box\"><span class=\"author\">Matthias</span> "
        + "<p>Medizinstudent, Papa und Blogger.</p></div></article>";
    assertThat(meta(person, box, "https://harbourlog.example/a").authors()).containsExactly("Matthias harbourlog");
    // a person in <meta name=author> keeps priority over a different byline
    String writer = "<meta name=\"author\" content=\"Dana Okafor\">";
    assertThat(meta(writer, "<article><p class=\"byline\">By Ursula Baker</p>" + PROSE + "</article>",
        "https://ledger.example/a").authors()).containsExactly("Dana Okafor");
  }

  @Test
  void devPagesPublisherAsAuthor() {
    ParsedArticle furche = parsed("furche.at.achtsam.html");
    assertThat(furche.authors()).containsExactly("Ursula Baatz");
    assertThat(furche.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-03-18T00:00Z"));
    assertThat(parsed("hss.de-Regierung.html").authors()).containsExactly("Uta Staschewski");
  }

  // --- #12: a lead quotation and a sign-off at the body's edges ---

  private static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  private static List<String> extract(String inner) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body><div class='entry-content'>" + inner
        + "</div></body></html>"), "Dredging", null);
  }

  @Test
  void leadQuotationAndSignOffAreText() {
    String body = "<p>„Außen knusprig, innen cremig“ </p><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3)
        + "</p><p>Viel Glück!</p><p>Euer HansEhrlich</p>";
    assertThat(extract(body)).startsWith("„Außen knusprig, innen cremig“").endsWith("Euer HansEhrlich");
    assertThat(extract("<p>“The tide waits for no one”</p><p>" + para(1) + "</p><p>" + para(2) + "</p><p>Cheers, Mike"
        + "</p>")).startsWith("“The tide waits for no one”").endsWith("Cheers, Mike");
  }

  @Test
  void lookAlikeEdgeLabelsStillGo() {
    // a label above the text, a comment form's label and a one-word quoted name below it, an English word with
    // no comma: labels, not text
    List<String> out = extract("<p>Lesezeit 3 Minuten</p><p>" + para(1) + "</p><p>" + para(2) + "</p><p>"
        + para(3) + "</p><p>„Tatort“</p><p>Deine Meinung</p><p>Best Sellers</p>");
    assertThat(out).containsExactly(para(1), para(2), para(3));
    assertThat(EdgeText.isSignOff("Ihr Kommentar")).isFalse();
    assertThat(EdgeText.isQuotation("„Tatort“")).isFalse();
  }

  @Test
  void devPageLeadQuoteAndSignOff() {
    SharedEvalCases.Case c = SharedEvalCases.get("d71bfdce9dd246c9a6ee6d08c8b39e4c.html");
    String body = SharedEvalCases.normalize(SharedEvalCases.body(c));
    for (String s : c.mustContain()) {
      assertThat(body).contains(SharedEvalCases.normalize(s));
    }
  }

  private static ParsedArticle parse(String html, String url) {
    ParseOutcome o = new PageParser(1 << 20).parse(html.getBytes(StandardCharsets.UTF_8), url, "UTF-8");
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }

  private static ParsedArticle parsed(String id) {
    SharedEvalCases.Case c = SharedEvalCases.get(id);
    ParseOutcome o = new PageParser(50 << 20).parse(c.html(), c.url(), null);
    assertThat(o).as(id).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }
}
