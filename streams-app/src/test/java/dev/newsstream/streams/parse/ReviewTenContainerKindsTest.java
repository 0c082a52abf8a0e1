package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Review 10 item 2: another block's text under the article's title. Each kind with a look-alike that must be kept:
 * overlays after the page's footer (a login dialog's messages) against a footer that is not the page's end, and a
 * list of cut-off teaser cards against a listicle of linked headings and a digest made only of cards.
 */
class ReviewTenContainerKindsTest {
  private static final String SHORT_TEXT = "New figures show that the city's two ferry lines carried more passengers "
      + "this winter than in any winter before, and the operator plans a third line.";

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><head><title>Ferries</title></head><body>" + bodyHtml
        + "</body></html>"), "Ferries", null);
  }

  /** A login/registration dialog the script opens on demand, placed after the footer, with many messages. */
  private static String accountDialog() {
    StringBuilder d = new StringBuilder("<div id='account' class='panels'>");
    String[] messages = {"No account exists for this e-mail address, or the password you entered is wrong.",
        "The password must be at least eight characters long and contain one capital letter.",
        "Please accept our terms of use and confirm that you have read the privacy statement.",
        "This e-mail address is already registered. Perhaps you are already signed in on this device?",
        "Your registration was successful. You will receive an e-mail with a link to confirm it within a day.",
        "Your password has been changed. From now on you can sign in with the new password only."};
    for (String m : messages) {
      d.append("<div class='panel'><p>").append(m).append("</p><p>").append(m.replace(".", ", again.")).append("</p></div>");
    }
    return d.append("</div>").toString();
  }

  @Test
  void aDialogAfterThePageFooterDoesNotReplaceAShortArticle() {
    String page = "<div class='page'><main><article><h1>Ferries</h1><div class='text'><p>" + SHORT_TEXT
        + "</p></div></article></main><footer><p>About us. Contact. Imprint.</p></footer></div>" + accountDialog();
    List<String> out = extract(page);
    assertThat(out).containsExactly(SHORT_TEXT);
  }

  @Test
  void lookAlikeAFooterInsideAMenuOrBeforeMainIsNotThePageEnd() {
    // A menu's own footer row before <main>: what follows it is the page, not an overlay.
    String page = "<div role='navigation'><ul><li><a href='/a'>Home</a></li></ul><footer><p>Our newsroom has "
        + "been reporting from the coast for fifty years, every day.</p></footer></div><main><div class='text'>"
        + "<p>" + SHORT_TEXT + "</p><p>" + SHORT_TEXT.replace("third", "fourth") + "</p></div></main>";
    assertThat(extract(page)).contains(SHORT_TEXT, SHORT_TEXT.replace("third", "fourth"));
  }

  @Test
  void lookAlikeAnArticlesOwnFooterDoesNotCutTheTextAfterIt() {
    // <article><footer> is the article's footer; the page's text goes on after it in a sibling part.
    String page = "<div class='story'><article><p>" + SHORT_TEXT + "</p><footer>Filed under ferries</footer>"
        + "</article><div class='more-text'><p>" + SHORT_TEXT.replace("ferry", "tram") + "</p><p>"
        + SHORT_TEXT.replace("ferry", "bus") + "</p></div></div>";
    assertThat(extract(page)).contains(SHORT_TEXT.replace("ferry", "tram"), SHORT_TEXT.replace("ferry", "bus"));
  }

  @Test
  void afterPageFooterFindsOnlyTheTrailingRegions() {
    var doc = Jsoup.parse("<body><div><main><p id='a'>x</p></main><footer id='f'>f</footer><div id='b'>y</div>"
        + "</div><div id='c'>z</div></body>");
    AfterPageFooter after = AfterPageFooter.of(doc.body());
    // no paragraph of prose before the footer: the markup is no guide, nothing counts as after it
    assertThat(after.contains(doc.getElementById("c"))).isFalse();
    doc.getElementById("a").text(SHORT_TEXT);
    after = AfterPageFooter.of(doc.body());
    assertThat(after.contains(doc.getElementById("b"))).isTrue();
    assertThat(after.contains(doc.getElementById("c"))).isTrue();
    assertThat(after.contains(doc.getElementById("a"))).isFalse();
    assertThat(after.contains(doc.getElementById("f"))).isFalse();
  }

  private static String card(int i, String excerptEnd) {
    return "<div class='nextstory'><h2><a href='/story-" + i + "'>Another story number " + i + " on the same site"
        + "</a></h2><p>The good folks at the choir number " + i + " are still doing their thing, and now they have "
        + "included two famous musicians to play along at a festival co-presented by the theatre and" + excerptEnd
        + "</p><h3><a href='/story-" + i + "'>READ THE REST</a></h3></div>";
  }

  @Test
  void aListOfCutOffTeaserCardsDoesNotOutscoreAShortPost() {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      cards.append(card(i, " […]"));
    }
    String post = "Cartoonist Ann Example got a spot on the news for her great, scathing critique of the narrative "
        + "of the lazy generation, which has gone well beyond grumbling. Click through for the whole thing.";
    String page = "<div id='container'><div id='story'><p>" + post + "</p></div><div class='share'><a href='/s'>"
        + "Share</a></div><div id='next-post-thumbnails'>" + cards + "</div></div>";
    List<String> out = extract(page);
    assertThat(out).contains(post);
    assertThat(String.join("\n", out)).doesNotContain("choir number");
  }

  @Test
  void lookAlikeAListicleOfLinkedHeadingsWithFullParagraphsIsTheArticle() {
    // Same shape, but each item's paragraph is whole (no cut-off): the items are the article's text.
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      items.append(card(i, " the city hall, and it was a great success."));
    }
    String intro = "We listened to every choir in town this year, and these six are the ones we keep going back to.";
    String page = "<div id='container'><div id='intro'><p>" + intro + "</p></div><div id='items'>" + items
        + "</div></div>";
    String out = String.join("\n", extract(page));
    assertThat(out).contains("choir number 0", "choir number 5");
  }

  @Test
  void lookAlikeADigestMadeOnlyOfCardsKeepsThem() {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      cards.append(card(i, "…"));
    }
    assertThat(String.join("\n", extract("<div id='digest'>" + cards + "</div>"))).contains("choir number 0");
  }

  @Test
  void cardListsNeedThreeCardsMostlyCutOff() {
    String two = card(0, " […]") + card(1, " […]");
    String three = two + card(2, " […]");
    String threeWhole = two + card(2, ".") + card(3, ".") + card(4, ".");
    var twoDoc = Jsoup.parse("<div id='l'>" + two + "</div>");
    var threeDoc = Jsoup.parse("<div id='l'>" + three + "</div>");
    assertThat(TeaserCards.cardLists(TextBlocks.of(twoDoc.body()))).isEmpty();
    assertThat(TeaserCards.cardLists(TextBlocks.of(threeDoc.body()))).containsExactly(threeDoc.getElementById("l"));
    // five cards, only two of them cut off: not a list of teasers
    assertThat(TeaserCards.cardLists(TextBlocks.of(Jsoup.parse("<div>" + threeWhole + "</div>").body()))).isEmpty();
  }

  @Test
  void aPostWrittenInHeadingsKeepsItsLastSentenceButATrailingSectionTitleGoes() {
    String page = "<article><p>And once more something about water:</p><blockquote><h2>The poster contest for "
        + "children</h2><h3>takes place for the sixth time in 2020. Children between 6 and 12 are invited to take "
        + "part with their colourful ideas.</h3><h4>Design a poster with the motto: keep our waters clean!</h4>"
        + "</blockquote><h3>More stories</h3></article>";
    List<String> out = extract(page);
    assertThat(out).contains("Design a poster with the motto: keep our waters clean!");
    assertThat(out).doesNotContain("More stories");
  }
}
