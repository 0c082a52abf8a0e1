package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 9: article text lost to the cleaner or the container choice, by kind; each with the look-alike
 * that must still go.
 */
class RecallKindsTest {
  private static final String LEAD = "The plastics maker wants to expand its industrial biotechnology work and has set "
      + "up a research group of its own for enzymes and microorganisms. It starts next spring.";

  private static List<String> extract(String title, String bodyHtml) {
    Document doc = Jsoup.parse("<html><head><title>" + title + "</title></head><body>" + bodyHtml + "</body></html>");
    return HtmlBodyExtractor.extract(doc, title, null);
  }

  private static String paras(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    return sb.toString();
  }

  @Test
  void headerNamedWrapperHoldingTheHeadlineKeepsItsLead() {
    // no <article> element: the header is a div named "article-header" beside the body, holding the h1 (the
    // <title>'s headline) and the lead paragraph; the name alone used to remove the lead with it
    String html = "<div class=\"tile article-reader\"><div class=\"row article-header\"><div class=\"col-12\">"
        + "<span class=\"date\">01 Dec 2022</span><h1 class=\"title\">Chemicals group starts a biotech research "
        + "team</h1><p class=\"lead\">" + LEAD + "</p></div></div>"
        + "<div class=\"articleBody\">" + paras(1, 6) + "</div></div>";
    List<String> out = extract("Chemicals group starts a biotech research team | Chemistry Today", html);
    assertThat(out).startsWith(LEAD, para(1)).contains(para(6));
  }

  @Test
  void siteHeaderWithTheSiteNameAsHeadlineStillGoes() {
    // the site's header: its h1 is the site's name, a short part of the <title>, and its tagline is prose
    String tagline = "The magazine for the chemical industry, with news on plants, processes and people since 1972.";
    String html = "<div class=\"site-header\"><h1>Chemistry Today</h1><p class=\"lead\">" + tagline + "</p></div>"
        + "<div class=\"tile article-reader\"><h2>Chemicals group starts a biotech research team</h2>"
        + "<div class=\"articleBody\">" + paras(1, 6) + "</div></div>";
    List<String> out = extract("Chemicals group starts a biotech research team | Chemistry Today", html);
    assertThat(out).contains(para(1), para(6)).doesNotContain(tagline);
  }

  @Test
  void headlineHeaderNeedsTheTitlesHeadlineAndFewLinks() {
    String title = "<title>Chemicals group starts a biotech research team | Chemistry Today</title>";
    Element named = Jsoup.parse(title + "<div class=\"article-header\"><h1>Chemicals group starts a biotech research "
        + "team</h1><p>" + LEAD + "</p></div>")
        .selectFirst("div");
    Element siteName = Jsoup.parse(title + "<header><h1>Chemistry Today</h1></header>").selectFirst("header");
    Element menu = Jsoup.parse(title + "<header><h1>Chemicals group starts a biotech research team</h1>"
        + "<a href=\"/a\">Plants and processes</a> <a href=\"/b\">People and companies</a> <a href=\"/c\">"
        + "Research and development</a></header>").selectFirst("header");
    Element notHeader = Jsoup.parse(title + "<div class=\"article-top\"><h1>Chemicals group starts a biotech "
        + "research team</h1></div>").selectFirst("div");
    Element dekOnly = Jsoup.parse(title + "<div class=\"article-header\"><h1>Chemicals group starts a biotech "
        + "research team</h1><p>The group adds twelve researchers.</p></div>").selectFirst("div");
    assertThat(DomCleaner.isHeadlineHeader(named)).isTrue();
    assertThat(DomCleaner.isHeadlineHeader(dekOnly)).isFalse();
    assertThat(DomCleaner.isHeadlineHeader(siteName)).isFalse();
    assertThat(DomCleaner.isHeadlineHeader(menu)).isFalse();
    assertThat(DomCleaner.isHeadlineHeader(notHeader)).isFalse();
  }

  @Test
  void textBlocksWithPerInstanceStyleClassesAreOneText() {
    // a page builder's text blocks, one of them with a style class numbered for that instance, a video block
    // between them: the later blocks are the article's last paragraphs
    String video = "<div class=\"wpb_video_widget\"><div class=\"video-wrapped\">Enable JavaScript.</div></div>";
    String html = "<div class=\"entry\"><div class=\"wpb_wrapper\">"
        + "<div class=\"wpb_text_column wpb_content_element\">" + paras(1, 2) + "</div>"
        + "<div class=\"wpb_text_column wpb_content_element\">" + paras(3, 9) + "</div>" + video
        + "<div class=\"wpb_text_column wpb_content_element vc_custom_1563455446145\">" + paras(10, 11) + "</div>"
        + "</div></div>";
    assertThat(extract("Dredging", html)).contains(para(1), para(9), para(10), para(11));
  }

  @Test
  void gridColumnsOfOtherWidthsAreNoTwins() {
    // "col-md-8" and "col-md-4": a short number is a kind (a width), so the rail beside the text is not its twin
    Element main = Jsoup.parse("<div class=\"col col-md-8\"></div>").selectFirst("div");
    Element rail = Jsoup.parse("<div class=\"col col-md-4\"></div>").selectFirst("div");
    Element styled = Jsoup.parse("<div class=\"col col-md-8 vc_custom_1563455446145\"></div>").selectFirst("div");
    assertThat(ContainerJoins.isTwin(main, rail)).isFalse();
    assertThat(ContainerJoins.isTwin(main, styled)).isTrue();
    String about = "This site is written by a small team of volunteers from the town, who have covered the harbour "
        + "and the ferry, and the council meetings about both, for more than twenty years now.";
    String html = "<div class=\"row\"><div class=\"col col-md-8\">" + paras(1, 8) + "</div>"
        + "<div class=\"col col-md-4\"><p>" + about + "</p></div></div>";
    assertThat(extract("Dredging", html)).contains(para(1), para(8)).doesNotContain(about);
  }

  @Test
  void partsOfTheTextInBodyNamedWrappersAboveTheWinnerAreOneText() {
    // a CMS's paragraph entities: each part of the text in "field__item > div.article-text > div.field--item";
    // the winner is the first part's inner element (its subhead beside it), its body-named wrapper one level up
    String witnesses = "The police are now investigating and ask witnesses to call the station in the town, which "
        + "is open day and night, or to write to the address given on its website.";
    String html = "<article><h1>Dredging</h1><div class=\"field__items\">"
        + "<div class=\"field__item\"><div class=\"article-text\"><h2>What happened</h2><div class=\"field--item\">"
        + paras(1, 8)
        + "</div></div></div><div class=\"field__item\"><div class=\"article-text\"><h2>Police ask for "
        + "witnesses</h2><div class=\"field--item\"><p>" + witnesses + "</p></div></div></div></div></article>";
    assertThat(extract("Dredging", html)).contains(para(1), para(8), witnesses);
  }

  @Test
  void aWrapperOfTheSameNameInAnotherArticleIsNoPartOfTheText() {
    // the next story below, in its own <article>, uses the same template
    String next = "The ferry company has ordered a second boat for the summer, to be delivered in May, and will run "
        + "it between the harbour and the island every two hours from then on.";
    String html = "<article><h1>Dredging</h1><div class=\"field__item\"><div class=\"article-text\">"
        + "<div class=\"field--item\">" + paras(1, 8) + "</div></div></div></article>"
        + "<article class=\"teaser\"><div class=\"field__item\"><div class=\"article-text\">"
        + "<div class=\"field--item\"><p>" + next + "</p></div></div></div></article>";
    assertThat(extract("Dredging", html)).contains(para(1), para(8)).doesNotContain(next);
  }

  @Test
  void twoCharacterChineseNamesAreNames() {
    assertThat(AuthorNames.clean(List.of("王伟"))).containsExactly("王伟");
    assertThat(AuthorNames.clean(List.of("李娜, 张伟"))).containsExactly("李娜", "张伟");
    assertThat(AuthorNames.clean(List.of("張偉"))).containsExactly("張偉");
    // look-alikes: two Latin letters are an agency's code or initials; two Han characters that are a label
    // beside the byline ("popularity", "editor") start with no family name
    assertThat(AuthorNames.clean(List.of("AP"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("人氣"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("编辑, 王伟"))).containsExactly("王伟");
  }

  @Test
  void anAddressInTheAuthorFieldNamesNoPeople() {
    // a meta author with the publisher's address: the country makes the list an address
    assertThat(AuthorNames.clean(List.of("Hessen Daily, Frankfurt, Germany"))).containsExactly("Hessen Daily");
    assertThat(AuthorNames.clean(List.of("Jane Doe, Berlin, Deutschland"))).containsExactly("Jane Doe");
    // look-alikes: a lone name that is also a country or a city, and a pen name beside a full name, stay
    assertThat(AuthorNames.clean(List.of("Georgia"))).containsExactly("Georgia");
    assertThat(AuthorNames.clean(List.of("Jane Doe, Germany"))).containsExactly("Jane Doe");
    assertThat(AuthorNames.clean(List.of("Max Ray, Eve Stone, Germany"))).containsExactly("Max Ray", "Eve Stone");
    assertThat(AuthorNames.clean(List.of("Hessen Daily, Frankfurt am Main, Germany"))).containsExactly("Hessen Daily");
    assertThat(AuthorNames.clean(List.of("Jane Doe, Banksy"))).containsExactly("Jane Doe", "Banksy");
  }

  @Test
  void sectionsOfTheTextMarkedAsHoldingAnAdSlotStay() {
    // a test report in sections, each a variant "with ads" of the section block ("Report__Section--Ads")
    String html = "<article class=\"Report\"><h1>Dredging</h1>"
        + "<section class=\"Report__Section Report__Section--Lead\">" + paras(1, 5) + "</section>"
        + "<section id=\"delivery\" class=\"Report__Section Report__Section--Ads\"><h2>What comes in the box"
        + "</h2>" + paras(6, 9) + "</section>"
        + "<section class=\"Report__Section Report__Section--Ads\"><h2>Verdict</h2>" + paras(10, 13) + "</section>"
        + "</article>";
    // (the lead alone is long enough that no gentler retry of the cleaning brings the sections back)
    assertThat(extract("Dredging", html)).contains(para(1), para(6), para(9), para(13));
  }

  @Test
  void anAdNamedByItsBlockOrByAModifierAloneStillGoes() {
    String ad = "Our partner offers the best prices for boats and ferries on the whole coast, this week only, with "
        + "free delivery to the harbour.";
    String html = "<article><h1>Dredging</h1>" + paras(1, 6)
        + "<div class=\"ad ad--ads\"><p>" + ad + "</p></div>"
        + "<div class=\"box--ads\"><p>" + ad.replace("Our", "The") + "</p></div>" + paras(7, 8) + "</article>";
    List<String> out = extract("Dredging", html);
    assertThat(out).contains(para(1), para(8)).noneMatch(p -> p.contains("best prices"));
    assertThat(BoilerplateHints.isAdSlotModifier("Report__Section--Ads", List.of("Report__Section",
        "Report__Section--Ads"))).isTrue();
    assertThat(BoilerplateHints.isAdSlotModifier("box--ads", List.of("box--ads"))).isFalse();
  }
}
