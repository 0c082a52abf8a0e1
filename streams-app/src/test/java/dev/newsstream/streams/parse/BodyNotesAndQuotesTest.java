package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, text inside the body container: notes set off in italics or bold after the article are not text;
 * embedded posts and quotes the article cites are, whatever their markup is named.
 */
class BodyNotesAndQuotesTest {
  private static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), "Dredging", null);
  }

  private static String body(String tail) {
    return "<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p><p>"
        + para(4) + "</p>" + tail + "</div>";
  }

  @Test
  void textBlocksCountEmphasisedCharacters() {
    List<TextBlocks.Block> blocks = TextBlocks.of(Jsoup.parse("<p><em>All of it in italics.</em></p>"
        + "<p>Only <b>one word</b> in bold here, the rest in roman type.</p>").body());
    assertThat(blocks.get(0).isEmphasised()).isTrue();
    assertThat(blocks.get(1).isEmphasised()).isFalse();
  }

  @Test
  void italicAndBoldNotesAfterTheTextAreDroppedInAnyLanguage() {
    String bio = "Candice Sealey is the founder and principal consultant at a marketing and PR consultancy.";
    String follow = "¡Mira lo que tiene nuestro canal de YouTube!";
    assertThat(extract(body("<p><em>" + bio + "</em></p><p><strong>" + follow + "</strong></p>")))
        .containsExactly(para(1), para(2), para(3), para(4));
  }

  @Test
  void emphasisInsideTheTextAndOnPagesSetInBoldIsKept() {
    String quote = "An italic paragraph between two roman ones is part of the text, a quotation perhaps.";
    assertThat(extract("<div class='entry-content'><p>" + para(1) + "</p><p><i>" + quote + "</i></p><p>" + para(2)
        + "</p></div>")).contains(quote);
    // A quarter or more of the lines in bold: the typeface marks nothing on this page.
    String html = "<div class='entry-content'><p><b>" + para(1) + "</b></p><p>" + para(2) + "</p><p><b>" + para(3)
        + "</b></p><p><b>" + para(4) + "</b></p></div>";
    assertThat(extract(html)).hasSize(4);
    // After a list (set in italics, as the whole ending is): the closing line belongs to it.
    String list = "<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p><p>"
        + para(4) + "</p><p>" + para(5) + "</p><p>" + para(6) + "</p><p>" + para(7) + "</p><p>" + para(8) + "</p>"
        + "<ul><li><em>Does it motivate me?</em></li></ul><p><em>So, have you found yours yet?</em></p></div>";
    assertThat(extract(list)).contains("So, have you found yours yet?");
  }

  @Test
  void anEmbeddedPostTheArticleCitesIsText() {
    String tweet = "Notice the warping of the line across both the eyes and nose when the feature is switched on.";
    String html = "<div class='c-entry-content'><p>" + para(1) + "</p><div id='x1' class='embed-tweet'>"
        + "<blockquote class='twitter-tweet'><p>" + tweet + "</p></blockquote></div><p>" + para(2) + "</p></div>";
    assertThat(extract(html)).containsExactly(para(1), tweet, para(2));
  }

  @Test
  void aDataTableReadsOneRowALineWithItsCellsSeparated() {
    String table = "<table><tr><th>Leasing</th><th>Financing</th></tr><tr><td>Payments are tax-deductible</td>"
        + "<td>Cannot be deducted from tax</td></tr></table>";
    assertThat(extract("<div class='entry-content'><p>" + para(1) + "</p>" + table + "<p>" + para(2) + "</p></div>"))
        .containsExactly(para(1), "Leasing | Financing", "Payments are tax-deductible | Cannot be deducted from tax",
            para(2));
  }

  @Test
  void aLayoutTableKeepsALinePerCellAndAHugeDataTableDoesNotOutweighTheText() {
    List<TextBlocks.Block> layout = TextBlocks.of(Jsoup.parse("<table><tr><td><p>Left column text.</p></td>"
        + "<td>Right column<br>second line</td></tr></table>").body());
    assertThat(layout).extracting(TextBlocks.Block::text)
        .containsExactly("Left column text.", "Right column", "second line");
    StringBuilder rows = new StringBuilder("<table>");
    for (int i = 0; i < 300; i++) {
      rows.append("<tr><td>Constituency number ").append(i).append("</td><td>Member of Parliament ").append(i)
          .append("</td><td>member").append(i).append("@parliament.example</td></tr>");
    }
    String html = "<div class='article'><div class='text'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3)
        + "</p></div><div class='factbox'>" + rows + "</table></div></div>";
    assertThat(extract(html)).startsWith(para(1), para(2), para(3));
  }

  @Test
  void figureLabelLinesAreCaptionsInAnyLanguageButSentencesNamingAFigureStay() {
    String text = "<p>" + para(1) + "</p><p>Abbildung 4: klassische Schwachschicht.</p><p>" + para(2) + "</p>"
        + "<p>Titelbild:</p><p>Beitragsbild</p><p>Fig. 2 | Reuters</p><p>Imagen: Télam</p><p>Рис. 3: схема</p>"
        + "<p>Figure 1 shows that the harbour silted up twice as fast after the ferry began to run.</p>"
        + "<p>Bild-Chefredakteur sagte: Wir berichten weiter.</p><p>" + para(3) + "</p>";
    assertThat(extract("<div class='entry-content'>" + text + "</div>")).containsExactly(para(1), para(2),
        "Figure 1 shows that the harbour silted up twice as fast after the ferry began to run.",
        "Bild-Chefredakteur sagte: Wir berichten weiter.", para(3));
  }

  @Test
  void aReaderAppealInRomanTypeAfterTheTextIsDroppedWithWhatFollowsIt() {
    String app = "For the latest stories and breaking news updates download the Harbour Times apps for iOS and Android.";
    assertThat(extract(body("<p>" + app + "</p>"))).containsExactly(para(1), para(2), para(3), para(4));
    String support = "If you enjoyed reading this post – would you consider supporting our work? Just click here.";
    assertThat(extract(body("<p>" + support + "</p><p>All the best, the editors</p><p>Suggested citation: Harbour "
        + "dredging, 2020/4/09, the harbour blog.</p>"))).containsExactly(para(1), para(2), para(3), para(4));
    String abo = "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.";
    String join = "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.";
    assertThat(extract(body("<p>" + abo + "</p>"))).doesNotContain(abo);
    assertThat(extract(body("<p>" + join + "</p>"))).doesNotContain(join);
  }

  @Test
  void aLineThatOnlyMentionsSubscribingOrAnAppealInsideTheTextStays() {
    String mention = "Vor allem freuen wir uns, wenn Dir unsere Podcasts gefallen, Du sie abonnierst und uns Feedback "
        + "gibst.";
    assertThat(extract(body("<p>" + mention + "</p>"))).endsWith(mention);
    String inside = "The council urged residents to sign up for the ferry newsletter before the dredging began.";
    // News sentences at the end that name a subscription, a messenger or support, but do not address the reader.
    for (String news : List.of("Investors rushed to subscribe to the harbour bond, the council said on Tuesday.",
        "The ferry company told passengers about the delay in a WhatsApp message and its weekly newsletter.",
        "Farmers said the minister had promised to support us, but no money has arrived.")) {
      assertThat(extract(body("<p>" + news + "</p>"))).as(news).endsWith(news);
    }
    String html = "<div class='entry-content'><p>" + para(1) + "</p><p>" + inside + "</p><p>" + para(2) + "</p><p>"
        + para(3) + "</p><p>" + para(4) + "</p></div>";
    assertThat(extract(html)).containsExactly(para(1), inside, para(2), para(3), para(4));
  }

  @Test
  void navigationAndCommentLabelsInOtherLanguagesAreNotText() {
    String html = "<div class='entry-content'><p>" + para(1) + "</p><p>Veja Também:</p><p>" + para(2) + "</p><p>"
        + para(3) + "</p><p>Keine Kommentare</p><p>Bewerten:</p><p>Vorschau auf den nächsten Artikel</p>"
        + "<p>12 comentarios</p><p>Article suivant</p><p>" + para(4) + "</p></div>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3), para(4));
  }

  @Test
  void aLabelThatAnnouncesNothingAtTheEndAndAnAdDisclosureAreNotText() {
    assertThat(extract(body("<p>Kontakt:</p>"))).containsExactly(para(1), para(2), para(3), para(4));
    assertThat(extract(body("<p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)</p>")))
        .containsExactly(para(1), para(2), para(3), para(4));
    String disclosure = "*Werbung. Dieser Beitrag enthält Werbung für eine Strickmarke.";
    assertThat(extract("<div class='entry-content'><p>" + disclosure + "</p><p>" + para(1) + "</p><p>" + para(2)
        + "</p></div>")).containsExactly(para(1), para(2));
    // A sentence pointing at a link that was dropped, and a label with text after it, stay.
    String pointer = "Das Konzeptpapier finden Sie hier:";
    assertThat(extract(body("<p>" + pointer + "</p>"))).endsWith(pointer);
    assertThat(extract("<div class='entry-content'><p>" + para(1) + "</p><p>Belag:</p><p>" + para(2) + "</p></div>"))
        .containsExactly(para(1), "Belag:", para(2));
  }
}
