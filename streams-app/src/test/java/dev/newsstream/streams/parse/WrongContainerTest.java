package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Issue 14 item 2: a long roll of short lines (signatories) below a letter must not win over the letter. */
class WrongContainerTest {
  private static String para(int i) {
    return "Paragraph " + i + " of the letter argues, at some length and with care, that open debate is the "
        + "lifeblood of a free society, and that it is under threat from both sides.";
  }

  @Test
  void signatoryRollDoesNotOutscoreTheLetter() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      names.add("Signer Number" + i + ", University of Somewhere");
    }
    String html = "<div class='page'><div class='letter'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3)
        + "</p><p>" + para(4) + "</p></div><div class='names'><p>" + String.join("<br>", names) + "</p></div></div>";
    List<String> out = HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + html + "</body></html>"), null, null);
    assertThat(out).contains(para(1), para(2), para(3), para(4));
  }

  @Test
  void ingredientListItemsKeepTheirWeight() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      items.append("<li>").append(i + 1).append(" tablespoons of ground spice number ").append(i).append("</li>");
    }
    String html = "<div class='recipe'><ul>" + items + "</ul><p>Roast the chicken in a hot oven for fifty minutes, "
        + "until golden, then rest it.</p></div><div class='teaser'><p>Another recipe you might like, with rice, "
        + "is waiting for you here.</p></div>";
    List<String> out = HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + html + "</body></html>"), null, null);
    assertThat(String.join("\n", out)).contains("1 tablespoons of ground spice number 0",
        "12 tablespoons of ground spice number 11");
  }

  @Test
  void theFirstOfRepeatedArticlesIsThePagesStoryNotALongerNextOne() {
    // Infinite scroll: the next stories follow as sibling <article>s of the same template, the fourth one longest.
    StringBuilder feed = new StringBuilder("<div class='scrollblock'>");
    for (int a = 0; a < 4; a++) {
      feed.append("<article id='article-").append(a).append("' class='entry-main-content'><h1>Story ").append(a)
          .append("</h1><div class='entry-text'>");
      for (int p = 0; p < (a == 3 ? 12 : 3); p++) {
        feed.append("<p>Story ").append(a).append(", ").append(para(p)).append("</p>");
      }
      feed.append("</div></article>");
    }
    List<String> out = HtmlBodyExtractor.extract(
        Jsoup.parse("<html><body>" + feed + "</div></body></html>"), "Story 0", null);
    assertThat(out).hasSize(3).allMatch(p -> p.startsWith("Story 0, "));
  }
}
