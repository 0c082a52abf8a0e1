package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextParserTest {
  private static final String P1 = "Kristen Wiig has had the kind of summer one might imagine to be life-changing. For "
      + "four years, she and Annie Mumolo, her friend and co-writer, slaved over a comedy script.";
  private static final String P2 = "It was the 38-year-old's first lead in a film, and her first full-length script to "
      + "be produced.";

  private static ParsedArticle parsed(String text) {
    ParseOutcome o = new PlainTextParser().parse(text);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }

  @Test
  void aBareTextPageIsAnArticleWithoutATitle() {
    // The Guardian page in the goose fixtures is saved as its text only.
    ParsedArticle a = parsed(P1 + " " + P2 + "\n");
    assertThat(a.title()).isNull();
    assertThat(a.paragraphs()).containsExactly(P1 + " " + P2);
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void aHeadlineLineOverBlankLineSeparatedParagraphsIsTheTitle() {
    ParsedArticle a = parsed("Kristen Wiig's summer of Bridesmaids\n\n" + P1 + "\n\n" + P2 + "\n");
    assertThat(a.title()).isEqualTo("Kristen Wiig's summer of Bridesmaids");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void withoutBlankLinesEachLineIsAParagraphAndWrappedLinesAreNotCut() {
    assertThat(parsed(P1 + "\n" + P2 + "\n" + P1 + "\n").paragraphs()).containsExactly(P1, P2, P1);
    // A paragraph hard-wrapped over two lines, paragraphs separated by blank lines: the wrap is a space.
    assertThat(parsed("Kristen Wiig has had the kind of summer one might imagine\nto be life-changing, said "
        + "everyone who saw it.\n\n" + P2).paragraphs()).hasSize(2).first().asString().contains("imagine to be");
  }

  @Test
  void dataAndMarkupAndTooFewWordsAreNotArticles() {
    assertThat(new PlainTextParser().parse("{\"a\": 1}")).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_FORMAT));
    assertThat(new PlainTextParser().parse("Headline\n\nFour words of text.")).isInstanceOfSatisfying(
        ParseOutcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.NOT_AN_ARTICLE));
  }
}
