package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, session 5 review: ordinary news wording that the boilerplate rules took for boilerplate. Each kind of
 * false positive is set among real paragraphs and must stay, next to the boilerplate of the same rule that must
 * still go.
 */
class InBodyFalsePositiveTest {
  /** Lines 1-6 of prose, {@code middle} after line 4: the second half of the text. */
  private static String body(String middle) {
    StringBuilder b = new StringBuilder("<div class='article-body'>");
    for (int i = 1; i <= 4; i++) {
      b.append("<p>").append(para(i)).append("</p>");
    }
    return b.append(middle).append("<p>").append(para(5)).append("</p><p>").append(para(6)).append("</p></div>")
        .toString();
  }

  private static String joined(List<String> lines) {
    return String.join("\n", lines);
  }

  @Test
  void anInlineLinkInsideASentenceIsKeptWhateverItsClassSays() {
    String html = body("<p>The cup match against <a class='tag' href='/tags/h'>Hartberg</a> has been moved to "
        + "Sunday because of the storm, the league said.</p><p>Coach <a class='author-link' href='/p/s'>John Smith"
        + "</a> said his team would be ready, although two defenders are still injured.</p>");
    assertThat(joined(extract(html))).contains("The cup match against Hartberg has been moved",
        "Coach John Smith said his team");
    // A list of tag links is still no text.
    String tags = body("<div class='tags'><a class='tag' href='/a'>Harbour</a>, <a class='tag' href='/b'>Ferry"
        + "</a></div>");
    assertThat(joined(extract(tags))).doesNotContain("Harbour,");
  }

  @Test
  void aPersonLinkedInTheTextIsNotTheAuthorButTheBylineIs() {
    String prose = "<p>Coach <a class='author-link' href='/p/s'>John Smith</a> said his team would be ready, "
        + "although two defenders are still injured after the last game.</p>";
    assertThat(HtmlMetadataTest.meta("", "<article>" + prose + "</article>").authors()).doesNotContain("John Smith");
    assertThat(HtmlMetadataTest.meta("", "<article><p class='byline'>By <a class='author-link' href='/p/l'>Ann Lee"
        + "</a></p>" + prose + "</article>").authors()).containsExactly("Ann Lee");
  }

  @Test
  void aSentenceAboutReadingOrMembersIsNoPaywall() {
    for (String text : List.of("Librarians urged parents to help children to keep reading over the summer "
        + "holidays, a plan that council members backed unanimously on Tuesday evening.",
        "To continue reading the old harbour records, the registered charity hired two archivists last year.",
        "To keep reading glasses affordable, the insurer cut premiums for members, remember, by a tenth.")) {
      assertThat(extract(body("<p>" + text + "</p>"))).as(text).contains(text, para(5), para(6));
    }
    List<String> paywalled = extract(body("<p>To continue reading, subscribe or log in.</p>"));
    assertThat(paywalled).contains(para(4)).doesNotContain(para(5));
  }

  @Test
  void aSubheadNamingAMessengerIsNoSignUpBoxButAnAppealHeadingIs() {
    String section = "<section><h2>Telegram in the spotlight</h2><p>" + para(7) + "</p><p>" + para(8)
        + "</p></section>";
    assertThat(extract(body(section))).contains("Telegram in the spotlight", para(7), para(8));
    String box = "<section><h2>Sign up for our newsletter</h2><p>Every morning in your inbox.</p><p>Unsubscribe "
        + "at any time.</p></section>";
    assertThat(joined(extract(body(box)))).doesNotContain("Sign up", "inbox");
  }

  @Test
  void aQuoteOrAThirdPersonSieNamingWhatsAppIsNoReaderAppeal() {
    String quote = "\"We will not let anyone take WhatsApp or Telegram away from our citizens,\" the opposition "
        + "leader told a rally.";
    String sie = "Die Organisatorinnen kündigten an, sie wollten weiter über Telegram und WhatsApp zu Protesten "
        + "aufrufen.";
    for (String text : List.of(quote, sie)) {
      assertThat(extract(body("") .replace("</div>", "<p>" + text + "</p><p>Die nächste Kundgebung ist am 20. Juni."
          + "</p></div>"))).as(text).contains(text);
    }
    String appeal = "Folgen Sie uns auf WhatsApp, damit Ihnen keine Nachricht entgeht.";
    assertThat(extract(body("").replace("</div>", "<p>" + appeal + "</p></div>"))).doesNotContain(appeal);
    String apostrophes = "Sign up to our newsletter: it's free and you'll get the harbour news first.";
    assertThat(extract(body("").replace("</div>", "<p>" + apostrophes + "</p></div>"))).doesNotContain(apostrophes);
    String formal = "Abonnieren Sie den Newsletter, dann erhalten Sie jeden Morgen die Nachrichten.";
    assertThat(extract(body("").replace("</div>", "<p>" + formal + "</p></div>"))).doesNotContain(formal);
  }

  @Test
  void aRelatedHeadingOverProseParagraphsIsASubhead() {
    List<String> out = extract(body("<h2>Weitere Nachrichten aus dem Stadtrat</h2>"));
    assertThat(out).contains("Weitere Nachrichten aus dem Stadtrat", para(5), para(6));
    List<String> teasers = extract(body("<h2>More stories</h2><p><a href='/a'>Ferry fares to rise next year</a>"
        + "</p><p><a href='/b'>Harbour gets a new crane</a></p>"));
    assertThat(teasers).contains(para(4)).doesNotContain(para(5));
  }

  @Test
  void aCreditWordInASentenceIsNoCaption() {
    for (String text : List.of("Rainfall reached 180 millimetres, twice the June average (Credit: national "
        + "weather service figures)", "Every official map of the valley still carries the notice © Crown copyright",
        "Photos by drone show the scale of the damage to the harbour wall and the ferry pier")) {
      assertThat(extract(body("<p>" + text + "</p>"))).as(text).contains(text);
    }
    assertThat(extract(body("<h2>Photos by drone show the scale of the damage</h2>")))
        .contains("Photos by drone show the scale of the damage");
    for (String caption : List.of("Photos by Jane Doe/Reuters", "The ferry at dawn. © Max Muster",
        "The crane in the harbour (Credit: John Smith)")) {
      assertThat(extract(body("<p>" + caption + "</p>"))).as(caption).doesNotContain(caption);
    }
  }

  @Test
  void aSentenceOpeningWithALabelWordStaysButTheLabelGoes() {
    for (String text : List.of("Read more about the union's figures in its annual report, which found one in four "
        + "newsrooms closed.", "Share prices rose sharply after the figures.", "Related figures for services "
        + "showed prices there still rising by 3.8 percent a year.", "Recommended reading for the central bank, "
        + "one economist said, is the wage data.", "Sign up rates for fixed-rate mortgages have already jumped, "
        + "brokers said.", "Updated sales figures for the whole auction are expected on Monday.",
        "Photo: The central bank's headquarters, where rate-setters meet eight times a year, are being renovated.")) {
      assertThat(extract(body("<p>" + text + "</p>"))).as(text).contains(text);
    }
    for (String label : List.of("Read more: <a href='/x'>Ferry fares to rise after the dredging of the harbour "
        + "is done</a>", "Share on Facebook", "Updated 12 May 2026, 14:00", "Photo: Reuters")) {
      assertThat(joined(extract(body("<p>" + label + "</p>")))).as(label)
          .doesNotContain(Jsoup.parse(label).text());
    }
  }

  @Test
  void aMoreLinkThatEndsASentenceIsAWordOfIt() {
    String sentence = "Print advertising had fallen by a third, and forecasters warned there could be";
    assertThat(joined(extract(body("<p>" + sentence + " <a href='/cuts'>more</a></p>"))))
        .contains(sentence + " more");
    String teaser = "Print advertising had fallen by a third in two years, the publishers said.";
    assertThat(extract(body("<p>" + teaser + " <a href='/cuts'>more</a></p>"))).contains(teaser);
  }
}
