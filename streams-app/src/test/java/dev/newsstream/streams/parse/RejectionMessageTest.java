package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A too-short page's rejection gives its real word count and calls the input what the user sent. */
class RejectionMessageTest {
  private static String message(String html, boolean wrappedText) {
    ParseOutcome o = new PageParser(1 << 20).parse(html.getBytes(StandardCharsets.UTF_8), "https://a.example/z",
        "utf-8", wrappedText);
    assertThat(o).isInstanceOf(ParseOutcome.Rejected.class);
    assertThat(((ParseOutcome.Rejected) o).reason()).isEqualTo(RejectReason.NOT_AN_ARTICLE);
    return ((ParseOutcome.Rejected) o).message();
  }

  @Test
  void aShortHtmlPageSaysHowManyWordsItHas() {
    assertThat(message("<html><body><p>hi</p></body></html>", false))
        .startsWith("HTML page has no article text (1 word in all, 15 needed; ");
  }

  @Test
  void shortTextFromAJsonLineIsCalledTextInputWithItsWords() {
    // What produce sends for {"url":..., "text":"fine text here for an article"} (TextPages.wrap).
    String wrapped = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n"
        + "<p>fine text here for an article</p>\n</article></body></html>\n";
    assertThat(message(wrapped, true)).startsWith("text input has no article text (6 words in all, 15 needed; ");
    assertThat(message(wrapped, false)).startsWith("HTML page has no article text (6 words in all");
  }
}
