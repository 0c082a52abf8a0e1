package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Body extraction on the dev pages: every real paragraph is there, in order, and no boilerplate is. */
class HtmlBodyExtractorTest {
  static final Path DEV = Path.of("src/test/resources/extraction-dev");
  /** Boilerplate that the dev pages' templates put around the articles (none of it is article text). */
  static final List<String> BOILERPLATE = List.of("We value your privacy", "Accept all", "Your privacy choices",
      "All rights reserved", "Related stories", "Leave a Reply", "thoughts on", "Most read", "Most viewed",
      "Subscribe", "Advertisement", "ADVERTISEMENT", "Story continues below", "Sign up", "Photograph:",
      "Image caption", "Mehr zum Thema", "Lire aussi", "Compartir", "Подписывайтесь", "Leggi anche",
      "You may also like", "Contents", "Share this", "Reply", "Recent Posts", "More from Local", "Related topics",
      "More on this story", "Key points", "Load more", "Read more from Arts", "Already a subscriber",
      "Support independent journalism", "Explore more on these topics", "Apúntate", "Афиша", "Источник",
      "Condividi", "Feedback", "Recommended", "RELATED:", "energy editor", "Copyright", "Print this story",
      "Passengers wait at a platform", "Cookie", "Get the morning briefing", "Have a story?", "Business reporter");

  static Stream<String> ids() throws IOException {
    return new ObjectMapper().readTree(DEV.resolve("ground-truth.json").toFile()).properties().stream()
        .map(java.util.Map.Entry::getKey);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void realParagraphsPresentInOrderAndBoilerplateAbsent(String id) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(DEV.resolve("ground-truth.json").toFile()).get(id);
    byte[] html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(DEV.resolve("html/" + id + ".html.gz")))) {
      html = in.readAllBytes();
    }
    ParseOutcome out = new PageParser(8 << 20).parse(html, truth.get("url").asText(), null);
    assertThat(out).isInstanceOf(ParseOutcome.Parsed.class);
    String body = ((ParseOutcome.Parsed) out).article().body();
    int at = -1;
    for (String para : truth.get("articleBody").asText().split("\n")) {
      int found = body.indexOf(para);
      assertThat(found).as("paragraph missing or out of order: %s", para).isGreaterThan(at);
      at = found;
    }
    for (String junk : BOILERPLATE) {
      assertThat(body).as("boilerplate in body").doesNotContain(junk);
    }
  }

  static List<String> extract(String bodyHtml, String title) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), title, null);
  }

  static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  @Test
  void textSplitByAdSlotsIsJoinedInOrder() {
    StringBuilder sb = new StringBuilder("<div class=\"article-body\">");
    for (int part = 0; part < 3; part++) {
      sb.append("<div class=\"part\">").append("<p>").append(para(part * 2)).append("</p><p>")
          .append(para(part * 2 + 1)).append("</p></div><div class=\"ad-slot\">Advertisement</div>");
    }
    List<String> out = extract(sb.append("</div>").toString(), null);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      expected.add(para(i));
    }
    assertThat(out).containsExactlyElementsOf(expected);
  }

  @Test
  void brSeparatedLegacyTextAndHeadingsAndListsAreKept() {
    String html = "<table><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/n\">News</a></td><td>"
        + "<font>" + para(1) + "<br><br>" + para(2) + "</font><h2>What happens next</h2><ul><li>first item of the list</li>"
        + "<li>second item of the list</li></ul><p>" + para(3) + "</p></td></tr></table>";
    assertThat(extract(html, null)).containsExactly(para(1), para(2), "What happens next", "first item of the list",
        "second item of the list", para(3));
  }

  @Test
  void headlineBylineDateAndLinkListsAreDropped() {
    String html = "<article><h1>The headline</h1><p>By Jane Doe</p><p>March 4, 2025</p><p>" + para(1) + "</p>"
        + "<p><strong>Read more:</strong> <a href=\"/x\">Another story entirely</a></p><p>" + para(2) + "</p>"
        + "<ul><li><a href=\"/a\">Link one</a></li><li><a href=\"/b\">Link two</a></li></ul><h3>Related</h3></article>";
    assertThat(extract(html, "The headline")).containsExactly(para(1), para(2));
  }

  @Test
  void commentsOutweighingTheArticleAreStillLeftOut() {
    StringBuilder comments = new StringBuilder("<section id=\"comments\">");
    for (int i = 0; i < 8; i++) {
      comments.append("<div class=\"comment\"><p>Comment ").append(i).append(": ").append(para(100 + i)).append("</p></div>");
    }
    String html = "<main><div class=\"story\"><p>" + para(1) + "</p><p>" + para(2) + "</p></div>" + comments + "</section></main>";
    assertThat(extract(html, null)).containsExactly(para(1), para(2));
  }

  @Test
  void jsonLdBodyFillsAPaywalledPageAndPrunesExtras() {
    String ld = para(1) + "\n\n" + para(2) + "\n\n" + para(3) + "\n\n" + para(4);
    assertThat(HtmlBodyExtractor.reconcile(List.of(para(1)), List.of(), ld)).containsExactly(para(1), para(2), para(3), para(4));
    List<String> dom = List.of(para(1), para(2), "Have a story? Email the newsroom today", para(3), "Section heading", para(4));
    assertThat(HtmlBodyExtractor.reconcile(dom, List.of("Section heading"), ld))
        .containsExactly(para(1), para(2), para(3), "Section heading", para(4));
    // A teaser-length JSON-LD body does not cut the DOM text.
    assertThat(HtmlBodyExtractor.reconcile(List.of(para(1), para(2), para(3), para(4), para(5)), List.of(), para(1)))
        .hasSize(5);
  }

  @Test
  void leadInThePageHeaderSurvivesAJsonLdBodyThatLeavesItOut() {
    String lead = "A snow load on the roof costs yield. The weight strains modules and mounts; experts warn against clearing them.";
    String ld = para(1) + "\n" + para(2) + "\n" + para(3) + "\n" + para(4);
    // Paywall: the DOM holds the lead and a teaser paragraph; the JSON-LD body has the article without the lead.
    String html = "<main><div><header><h1>Snow on solar panels</h1><p class=\"intro\">" + lead + "</p></header>"
        + "<div class=\"body\"><p>" + para(1) + "</p></div></div></main>";
    HtmlBodyExtractor.Extraction e = HtmlBodyExtractor.extractWithStandfirst(Jsoup.parse(html), "Snow on solar panels", ld);
    assertThat(e.paragraphs()).containsExactly(lead, para(1), para(2), para(3), para(4));
    // Full page: DOM lines the JSON-LD body lacks are pruned, but not the lead in the header.
    String full = "<main><header><p>" + lead + "</p></header><div class=\"body\"><p>" + para(1) + "</p><p>" + para(2)
        + "</p><p>Have a story? Email the newsroom today, we read every message.</p><p>" + para(3) + "</p><p>" + para(4)
        + "</p></div></main>";
    assertThat(HtmlBodyExtractor.extractWithStandfirst(Jsoup.parse(full), null, ld).paragraphs())
        .containsExactly(lead, para(1), para(2), para(3), para(4));
    // A lead the JSON-LD body already has is not doubled.
    assertThat(HtmlBodyExtractor.reconcile(List.of(lead, para(1)), List.of(), lead + "\n" + ld, List.of(lead)))
        .containsOnlyOnce(lead);
  }

  @Test
  void deeplyWrappedTextBeatsATeaserRailBesideIt() {
    StringBuilder sb = new StringBuilder("<div id=\"app\"><div class=\"layout\"><div class=\"col-main\">");
    for (int i = 0; i < 6; i++) {
      sb.append("<section class=\"block\"><div class=\"inner\"><p>").append(para(i)).append("</p></div></section>");
    }
    sb.append("</div><div class=\"col-side\">");
    for (int i = 0; i < 6; i++) {
      sb.append("<div class=\"teaser\"><a href=\"/x\">Teaser headline ").append(i).append(" about something</a><p>Short "
          + "teaser text for story ").append(i).append(", a sentence or two, with commas, to lure readers.</p></div>");
    }
    List<String> out = extract(sb.append("</div></div></div>").toString(), null);
    assertThat(out).hasSize(6).allMatch(p -> p.startsWith("Paragraph "));
  }

  @Test
  void classlessSidebarAndCommentsAreLeftOut() {
    StringBuilder sb = new StringBuilder("<div id=\"wrap\"><div id=\"content\">");
    for (int i = 0; i < 5; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    sb.append("</div><div id=\"side\"><h3>About us</h3><p>The Town Crier has been the voice of the town since 1887, "
        + "reporting on local politics, sport and culture every week.</p></div></div><div id=\"talk\">");
    for (int i = 0; i < 6; i++) {
      sb.append("<div><b>user").append(i).append("</b><p>I have lived here for thirty years and I think the council "
          + "never listens to what people in the north of the town need, which is buses.</p></div>");
    }
    List<String> out = extract(sb.append("</div>").toString(), null);
    assertThat(out).hasSize(5).allMatch(p -> p.startsWith("Paragraph "));
  }

  @Test
  void theHeadingOfABoxWhoseContentWasDroppedGoesWithIt() {
    // businessweek.com: a "Story Tools" box of links inside the article column; msn.com: "More from Real Simple".
    String html = "<div class=\"article-body\"><p>" + para(1) + "</p><p>" + para(2) + "</p><div class=\"module\" "
        + "id=\"storyTools\"><h2>Story Tools</h2><ul><li><a href=\"#c\">post a comment</a></li><li><a href=\"/e\">"
        + "e-mail this story</a></li></ul></div><div id=\"artrelated\" class=\"relatedlinks\"><h3>More from Real Simple"
        + "</h3><ul><li><a href=\"/a\">Inexpensive Ideas for Holiday Party Food</a></li></ul></div><p>" + para(3)
        + "</p></div>";
    assertThat(extract(html, null)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void subheadingsOfTheArticleStayWrappedOrNot() {
    String html = "<div class=\"article-body\"><p>" + para(1) + "</p><div class=\"subhead\"><h2>The vote</h2></div>"
        + "<p>" + para(2) + "</p><h3>What comes next</h3><p>" + para(3) + "</p></div>";
    assertThat(extract(html, null)).containsExactly(para(1), "The vote", para(2), "What comes next", para(3));
  }

  @Test
  void aCaptionRepeatingTheImagesAltTextIsDropped() {
    // elmundo.es: <img alt="Izaskun Lesaka."><p>Izaskun Lesaka.</p> inside the article column.
    String html = "<div class=\"noticia\"><div class=\"foto\"><img src=\"x.jpg\" alt=\"Izaskun Lesaka.\">"
        + "<p>Izaskun Lesaka.</p></div><p>" + para(1) + "</p><p>" + para(2) + "</p></div>";
    assertThat(extract(html, null)).containsExactly(para(1), para(2));
  }

  @Test
  void paragraphsWrappedOneByOneBeforeTheMainTextAreKept() {
    // telegraph.co.uk: <div class="firstPar"><p>…</p></div> … a related-links box, then <div class="body"> with the rest.
    StringBuilder sb = new StringBuilder("<div id=\"mainBodyArea\">");
    String[] wrappers = {"firstPar", "secondPar", "thirdPar"};
    for (int i = 0; i < 3; i++) {
      sb.append("<div class=\"").append(wrappers[i]).append("\"><p>").append(para(i)).append("</p></div>");
    }
    sb.append("<div class=\"related_links_inline\"><h2>Related Articles</h2><ul><li><a href=\"/a\">Gypsy flag to fly "
        + "above town</a></li><li><a href=\"/b\">Water column forms over Lake Michigan</a></li></ul></div><div class=\"body\">");
    for (int i = 3; i < 12; i++) {
      sb.append("<p>").append(para(i)).append("</p>");
    }
    sb.append("</div></div><div id=\"side\"><h3>About us</h3><p>The Town Crier has been the voice of the town since 1887, "
        + "reporting on local politics, sport and culture every week.</p></div>");
    List<String> out = extract(sb.toString(), null);
    assertThat(out).hasSize(12).allMatch(p -> p.startsWith("Paragraph "));
    assertThat(out.get(0)).isEqualTo(para(0));
  }

  @Test
  void aSentenceLongHeadingAboveTheTextIsTheStandfirstAndStaysInTheBody() {
    // businessweek.com: <h1>headline</h1><h2>deck</h2> then the byline and the text.
    String html = "<div id=\"storyBody\"><h1>Olivia Munn: Queen of the Uncool</h1><h2>The Web and cable star has achieved "
        + "fame by targeting nerdy guys, who she says control popularity</h2><p>" + para(1) + "</p><h2>Early years</h2><p>"
        + para(2) + "</p></div>";
    HtmlBodyExtractor.Extraction e = HtmlBodyExtractor.extractWithStandfirst(
        Jsoup.parse("<html><body>" + html + "</body></html>"), "Olivia Munn: Queen of the Uncool", null);
    String deck = "The Web and cable star has achieved fame by targeting nerdy guys, who she says control popularity";
    assertThat(e.paragraphs()).containsExactly(deck, para(1), "Early years", para(2));
    assertThat(e.standfirst()).isEqualTo(deck);
    // A lede of two sentences styled as a heading (newsok.com) is body text.
    String lede = "Opposition to a proposal to remove personal data from court records is mounting. Or good reasons, we "
        + "should say.";
    assertThat(extract("<div class=\"entry-content\"><span class=\"leadp\"><h2>" + lede + "</h2></span><p>" + para(1)
        + "</p><p>" + para(2) + "</p></div>", null)).containsExactly(lede, para(1), para(2));
    // A short section title at the top stays in the body.
    assertThat(extract("<div class=\"body\"><h2>The background</h2><p>" + para(1) + "</p><p>" + para(2) + "</p></div>",
        null)).containsExactly("The background", para(1), para(2));
  }
}
