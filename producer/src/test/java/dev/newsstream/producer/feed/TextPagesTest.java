package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain text from JSON lines wrapped as HTML: its title (review 10 item 9) and paragraphs. */
class TextPagesTest {

  @Test
  void aHeadlineLineBeforeABlankLineBecomesTheTitleAndLeavesTheBody() {
    String html = TextPages.wrap(null, "Storm Darragh leaves thousands without power\n\nMore than 200,000 homes were "
        + "left without electricity.\n\nThe Met Office issued a red warning.");
    assertThat(html).contains("<title>Storm Darragh leaves thousands without power</title>",
        "<h1>Storm Darragh leaves thousands without power</h1>", "<p>More than 200,000 homes were left without "
            + "electricity.</p>", "<p>The Met Office issued a red warning.</p>");
    assertThat(html).doesNotContain("<p>Storm Darragh");
  }

  @Test
  void aGivenTitleWinsAndTextWithoutATitleLineKeepsItsFirstParagraph() {
    String given = TextPages.wrap("Given title", "Storm Darragh leaves thousands without power\n\nMore text.");
    assertThat(given).contains("<title>Given title</title>", "<p>Storm Darragh leaves thousands without power</p>");
    // look-alike: a first sentence is body text, not a title
    String none = TextPages.wrap(null, "More than 200,000 homes were hit.\n\nThe Met Office said so.");
    assertThat(none).doesNotContain("<title>", "<h1>").contains("<p>More than 200,000 homes were hit.</p>");
  }
}
