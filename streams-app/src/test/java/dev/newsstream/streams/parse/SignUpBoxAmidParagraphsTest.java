package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.InBodyFixtures.para;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, precision: a sign-up box set between the article's paragraphs where the containers are the single
 * paragraphs themselves (a live blog's lead entry, text joined paragraph by paragraph). The box's own paragraph is
 * then a container that nothing lies outside of, which used to read as "the box is the article" and kept the box.
 */
class SignUpBoxAmidParagraphsTest {
  private static final String BOX = "<div class='factbox'><div class='factbox-content'>"
      + "<p>Never miss the latest news by signing up to our newsletter today!</p>"
      + "<p>Every day we'll send you a roundup email of all the latest from the harbour.</p>"
      + "<p>You can unsubscribe from this service at any time.</p></div></div>";

  /** BlockFilter over {@code html}, every {@code <p>} a container of its own. */
  private static List<String> filterWithParagraphContainers(String html) {
    Element body = Jsoup.parse("<html><body><div class='entry'>" + html + "</div></body></html>").body();
    List<TextBlocks.Block> blocks = TextBlocks.of(body);
    List<Element> containers = body.getElementsByTag("p");
    return BlockFilter.filter(blocks, containers, "Dredging", Set.of()).stream().map(TextBlocks.Block::text)
        .toList();
  }

  private static String paragraphs(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append("<p>").append(para(i)).append("</p>");
    }
    return s.toString();
  }

  @Test
  void aSignUpBoxBetweenParagraphContainersIsDropped() {
    assertThat(filterWithParagraphContainers(paragraphs(1, 3) + BOX + paragraphs(4, 6)))
        .containsExactly(para(1), para(2), para(3), para(4), para(5), para(6));
  }

  @Test
  void aNewsParagraphNamingANewsletterInABoxBetweenParagraphsStays() {
    String news = "The council urged residents to sign up for the ferry newsletter before the dredging began.";
    String box = "<div class='box'><p>" + news + "</p><p>" + para(9) + "</p></div>";
    assertThat(filterWithParagraphContainers(paragraphs(1, 3) + box + paragraphs(4, 6)))
        .contains(news, para(9));
  }

  @Test
  void anAppealBoxHoldingMostOfTheTextIsStillTheArticle() {
    // Paragraph containers around it, but the "box" is most of the text: the article opens with an appeal.
    String article = "<div class='post'><p>Subscribe to our newsletter for more harbour stories like this.</p>"
        + paragraphs(10, 14) + "</div>";
    assertThat(filterWithParagraphContainers("<p>" + para(1) + "</p>" + article + "<p>" + para(2) + "</p>"))
        .contains(para(10), para(14));
  }

  /** The live blog's lead entry where the box was kept (corkbeo), read from the shared dev set when present. */
  @Test
  void devPageLiveBlogLeadEntryLosesItsNewsletterBox() {
    SharedEvalCases.Case c = SharedEvalCases.get("corkbeo.ie.level.html");
    String text = SharedEvalCases.normalize(SharedEvalCases.body(c));
    assertThat(text).doesNotContain("Never miss the latest news by signing up")
        .doesNotContain("You can unsubscribe from this service at any time")
        .contains("There's already been a lot of frustration, especially among publicans")
        .contains("From tonight many of them will be forced to close again");
  }
}
