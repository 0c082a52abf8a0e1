package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.extract;
import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, boilerplate inside the body container known by what it says: captions with their credit, sign-up
 * boxes, teasers ending in a "more" link, paywall notes and an appeal above the text. Each kind next to the text
 * that looks like it and must stay.
 */
class InBodyBoilerplateTest {
  private static String body(String middle) {
    return "<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p>" + middle + "<p>" + para(3)
        + "</p><p>" + para(4) + "</p></div>";
  }

  @Test
  void captionsWithTheirCreditAreNotTextButCitationsAndSentencesStay() {
    for (String caption : List.of("Die CAE GmbH wird Nachwuchspiloten in Bremen auf DA42 und DA40 ausbilden. © CAE",
        "(Bild: Dieter Stork)", "(Source: Flickr/Giphy)", "Quelle: Landesregierung", "Photo by Jane Doe/Reuters",
        "Dr Tony Holohan at a press conference on Monday (Image: Colin Keegan, Collins Dublin)",
        "The ferry leaves the harbour at dawn. Picture: John Smith")) {
      assertThat(extract(body("<p>" + caption + "</p>"))).as(caption)
          .containsExactly(para(1), para(2), para(3), para(4));
    }
    for (String text : List.of("Unemployment in the harbour town rose to five per cent last year (Source: ONS).",
        "She took the photo: a ferry at dawn, the town asleep behind it, the dredger still at anchor.",
        "Source: the council's own figures show the harbour silting up twice as fast since the ferry began.")) {
      assertThat(extract(body("<p>" + text + "</p>"))).as(text).contains(text);
    }
  }

  @Test
  void aSignUpBoxInsideTheTextIsDroppedWholeButANewsParagraphNamingANewsletterStays() {
    String box = "<div class='factbox'><span class='factbox-header'><h3>Sign up for the Harbour newsletter</h3>"
        + "</span><div class='factbox-content'><p>Never miss the latest news by signing up to our newsletter "
        + "today!</p><p>Every day we'll send you a roundup email of all the latest from the harbour.</p>"
        + "<p>You can unsubscribe from this service at any time.</p></div></div>";
    assertThat(extract(body(box))).containsExactly(para(1), para(2), para(3), para(4));
    String news = "The council urged residents to sign up for the ferry newsletter before the dredging began.";
    assertThat(extract(body("<div class='box'><p>" + news + "</p><p>" + para(7) + "</p></div>")))
        .contains(news, para(7));
    // An article whose only container opens with an appeal is still the article.
    String whole = "<div class='entry-content'><p>Subscribe to our newsletter for more harbour stories like this.</p>"
        + "<p>" + para(1) + "</p><p>" + para(2) + "</p></div>";
    assertThat(extract(whole)).contains(para(1), para(2));
  }

  @Test
  void aTeaserCardWithAMoreLinkIsDroppedAndAMoreLabelAfterTextIsCut() {
    String card = "<div class='teaser'><h2><a href='/other'>Virologe Drosten informiert</a></h2><div><p>Was gibt es "
        + "Neues? Regelmäßig beantwortet der Forscher Fragen und erläutert Hintergründe. <a href='/other'>mehr</a>"
        + "</p></div></div>";
    assertThat(extract(body(card))).containsExactly(para(1), para(2), para(3), para(4));
    String linked = "Głos w obronie Fundacji zabrała również Akcja Katolicka w Polsce, jak podkreślili jej członkowie.";
    assertThat(extract(body("<p>" + linked + " <strong>[<a href='/x'>czytaj więcej</a>]</strong></p>")))
        .containsExactly(para(1), para(2), linked, para(3), para(4));
    // "mehr" that is a word of the sentence, not a link, stays.
    String sentence = "Nach dem Hochwasser fährt die Fähre zwischen den beiden Ufern des Hafens nicht mehr";
    assertThat(extract(body("<p>" + sentence + "</p>"))).contains(sentence);
  }

  @Test
  void aPaywallNoteEndsTheTextWithTheOfferButAReportNamingTheFullStoryStays() {
    String paywall = "<p>To view the full story, please subscribe to <a href='/s'>The Harbour Times</a>. You can "
        + "choose an annual subscription or a weekly pass.</p><p>When you join, you'll get unlimited access.</p>"
        + "<ul><li>Local news from our communities</li></ul><p>" + para(9) + "</p>";
    assertThat(extract("<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p>" + paywall
        + "</div>")).containsExactly(para(1), para(2));
    String report = "To read the full story of the ferry, the council said, one has to go back to the 1920s.";
    assertThat(extract(body("<p>" + report + "</p>"))).contains(report);
  }

  @Test
  void anAppealAboveTheTextIsDropped() {
    String appeal = "Submit your letter to the editor via this form. Read more Letters to the Editor.";
    assertThat(extract("<div class='entry-content'><p>" + appeal + "</p><p>" + para(1) + "</p><p>" + para(2)
        + "</p><p>" + para(3) + "</p></div>")).containsExactly(para(1), para(2), para(3));
    String news = "Die Fans wollen keine Sekunde des Spiels verpassen, sagte der Trainer des Vereins am Sonntag.";
    assertThat(extract("<div class='entry-content'><p>" + news + "</p><p>" + para(1) + "</p></div>"))
        .startsWith(news);
  }

  @Test
  void widgetLabelsLeftAsLinesAreNotText() {
    for (String label : List.of("Like this:", "Like Loading...", "Gefällt mir Wird geladen …", "Post Views: 22",
        "Latest posts by Evan Symon (see all)", "(Visited 215 times, 55 visits today)", "Artikel teilen",
        "mehr anzeigen", "You must be logged in to post a comment.",
        "Um den Tipp \"Tomaten richtig schneiden\" kommentieren zu können, müssen Sie eingeloggt sein.",
        "Dieses Skript als PDF herunterladen", "Themen: Kritik aus dem Internet, Neue Prognosen Download (123 KB)",
        "Schreibe einen Kommentar", "Leave a Reply", "E-Mail *", "Suche nach:",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.")) {
      assertThat(extract(body("<p>" + label + "</p>"))).as(label).containsExactly(para(1), para(2), para(3),
          para(4));
    }
    String sentence = "Like this, the ferry crossed the harbour twice a day until the dredging began in spring.";
    assertThat(extract(body("<p>" + sentence + "</p>"))).contains(sentence);
  }

  @Test
  void aSectionOfOtherStoriesAfterTheTextEndsIt() {
    // Teasers: a linked headline over a short summary each.
    String teasers = "<h3>Diese Artikel könnten dich auch interessieren:</h3><p><a href='/kran'>Neuer Kran im Hafen"
        + "</a></p><p>Der Hafen bekommt einen neuen Kran, und die Fähre fährt bald wieder öfter, sagt der "
        + "Bürgermeister.</p><p><a href='/kueste'>Winter an der Küste</a></p><p>Ein Ausflug an die Küste lohnt sich "
        + "auch im Winter, wenn die Touristen fort sind.</p>";
    assertThat(extract("<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3)
        + "</p>" + teasers + "</div>")).containsExactly(para(1), para(2), para(3));
    String news = "<div class='entry-content'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>Nine more news crews "
        + "arrived at the harbour on Monday</p><p>" + para(3) + "</p></div>";
    assertThat(extract(news)).contains(para(3));
    // Near the top it is not the end of anything: nothing is cut.
    String top = "<div class='entry-content'><h3>You might also like</h3><p>" + para(1) + "</p><p>" + para(2)
        + "</p><p>" + para(3) + "</p><p>" + para(4) + "</p></div>";
    assertThat(extract(top)).contains(para(1), para(2), para(3), para(4));
  }

  @Test
  void aOneParagraphPostFollowedByAnItalicLineKeepsIt() {
    String post = "Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren, mit Drumrum und Service.";
    String thanks = "Ich bedanke mich für die Tipp-Provision von zwei Prozent…";
    assertThat(extract("<div class='entry-content'><p>" + post + "</p><p><em>" + thanks + "</em></p><p>Gefällt "
        + "mir:</p><p>Liken Lade …</p></div>")).containsExactly(post, thanks);
  }

  @Test
  void theRestOfTheTextFoldedBehindAReadMoreButtonStaysButARelatedListNamedSoGoes() {
    String folded = "<div id='read-more'><div id='read-more-link'><a href=''>Read more</a></div><div "
        + "id='read-more-content'><p>" + para(3) + "</p><p>" + para(4) + "</p><p>" + para(5) + "</p></div></div>";
    assertThat(extract("<div class='story'><p>" + para(1) + "</p><p>" + para(2) + "</p>" + folded + "</div>"))
        .containsExactly(para(1), para(2), para(3), para(4), para(5));
    String related = "<div class='read-more'><h3>Read more</h3><p><a href='/a'>Ferry fares to rise</a></p><p><a "
        + "href='/b'>Harbour gets a new crane</a></p><p><a href='/c'>Dredger runs aground</a></p></div>";
    assertThat(extract("<div class='story'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p></div>"
        + related)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void textSplitIntoChunksInDifferentColumnsIsReadWholeButTheNextStoryIsNot() {
    String chunks = "<article><div class='col'><div class='story-text'><p>" + para(1) + "</p><p>" + para(2) + "</p>"
        + "</div></div><div class='col'><aside class='ad'>Advertisement</aside></div><div class='col'><div "
        + "class='row'><div class='story-text'><p>" + para(3) + "</p><p>" + para(4) + "</p><p>" + para(5) + "</p>"
        + "</div></div></div></article>";
    assertThat(extract(chunks)).containsExactly(para(1), para(2), para(3), para(4), para(5));
    String next = "<article><div class='col'><div class='story-text'><p>" + para(1) + "</p><p>" + para(2) + "</p>"
        + "<p>" + para(3) + "</p></div></div></article><article><div class='col'><div class='story-text'><p>"
        + "The next story is about the airport, and it has nothing to do with the harbour or its ferry at all.</p>"
        + "</div></div></article>";
    assertThat(extract(next)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void anItalicUpdateNoteAfterTheTextIsTextButAnItalicBioIsNot() {
    String update = "Update July 3rd, 8:05AM ET: Added an explanation of the new harbour fees and a tweet.";
    String bio = "Jane Doe writes about harbours, ferries and the towns around them for the paper.";
    assertThat(extract(body("") .replace("</div>", "<p><em>" + update + "</em></p></div>")))
        .containsExactly(para(1), para(2), para(3), para(4), update);
    assertThat(extract(body("").replace("</div>", "<p><em>" + bio + "</em></p></div>")))
        .containsExactly(para(1), para(2), para(3), para(4));
  }
}
