package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Review 10 item 9: plain text's first line is its title when it reads as one and a blank line follows it. */
class TextTitleTest {

  @Test
  void aShortFirstLineBeforeABlankLineIsTheTitle() {
    TextTitle.Split s = TextTitle.leading("Storm Darragh leaves thousands without power\n\nMore than 200,000 homes "
        + "were left without electricity.\n\nThe Met Office issued a red warning.").orElseThrow();
    assertThat(s.title()).isEqualTo("Storm Darragh leaves thousands without power");
    assertThat(s.rest()).startsWith("More than 200,000 homes").contains("red warning");
    assertThat(TextTitle.leading("\r\n  Sturm legt Bahnverkehr lahm \r\n   \r\nDer Sturm hat am Sonntag ...")
        .orElseThrow().title()).isEqualTo("Sturm legt Bahnverkehr lahm");
  }

  @Test
  void aSentenceALabelOrALineWithoutABlankAfterItIsNoTitle() {
    // look-alikes: a first sentence, a one-word label, lines of a text without paragraphs, nothing after the line
    assertThat(TextTitle.leading("More than 200,000 homes were hit.\n\nThe Met Office said so.")).isEmpty();
    assertThat(TextTitle.leading("Weather\n\nMore than 200,000 homes were hit.")).isEmpty();
    assertThat(TextTitle.leading("Storm Darragh leaves thousands without power\nMore than 200,000 homes.")).isEmpty();
    assertThat(TextTitle.leading("Storm Darragh leaves thousands without power\n\n  \n")).isEmpty();
    assertThat(TextTitle.leading("x ".repeat(150) + "\n\nMore text here.")).isEmpty();
  }
}
