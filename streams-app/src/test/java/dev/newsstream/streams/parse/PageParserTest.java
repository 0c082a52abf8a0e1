package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private final PageParser parser = new PageParser(1024 * 1024);

  private RejectReason reasonFor(byte[] body) {
    ParseOutcome outcome = parser.parse(body, "https://example.com/x", null);
    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    return ((ParseOutcome.Rejected) outcome).reason();
  }

  @Test
  void everyKindOfBadInputGetsAReasonNotAnException() {
    assertThat(reasonFor(new byte[0])).isEqualTo(RejectReason.EMPTY_BODY);
    assertThat(reasonFor("   \n\t ".getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.EMPTY_BODY);
    assertThat(reasonFor(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3})).isEqualTo(RejectReason.BINARY);
    assertThat(reasonFor(new byte[2 * 1024 * 1024])).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(reasonFor("plain words, not a page".getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.NOT_AN_ARTICLE);
    assertThat(reasonFor("{\"id\": 1, \"items\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RejectReason.UNKNOWN_FORMAT);
    assertThat(reasonFor("<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RejectReason.NOT_AN_ARTICLE);
  }

  @Test
  void parsesAnOrdinaryHtmlArticle() {
    String html = """
        <html lang="en"><head><title>Bridge reopens - City Paper</title>
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta property="article:published_time" content="2024-05-02T10:15:00+02:00">
        <meta property="og:site_name" content="City Paper"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p>The old river bridge reopened on Thursday after eight months of repairs, the city said.</p>
        <p>Engineers replaced the deck and strengthened the piers, and traffic is expected to return to normal.</p>
        <div class="share-bar"><a href="#">Share on Facebook</a></div></article>
        <footer>© City Paper</footer></body></html>""";
    ParseOutcome outcome = parser.parse(html.getBytes(StandardCharsets.UTF_8), "https://citypaper.example/bridge", null);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) outcome).article();
    assertThat(a.title()).isEqualTo("Bridge reopens after repairs");
    assertThat(a.site()).isEqualTo("City Paper");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.publishedAt().toInstant()).hasToString("2024-05-02T08:15:00Z");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.body()).doesNotContain("Share on Facebook").doesNotContain("Home").doesNotContain("©");
  }

  @Test
  void aFewNulAndControlBytesInAnHtmlPageAreToleratedAndNeverReachTheText() {
    String paragraph = "<p>Text with a NUL \0 byte and control \u0007\u001b chars in the middle, as reported by "
        + "the correspondents of the agency in London on Thursday.</p>";
    String html = "<html><head><title>NUL\0 title</title></head><body><article><h1>NUL\0 title</h1>"
        + paragraph.repeat(6) + "</article></body></html>";
    ParseOutcome outcome = parser.parse(html.getBytes(StandardCharsets.UTF_8), "https://nul.example/a", null);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) outcome).article();
    assertThat(a.body()).contains("Text with a NUL", "byte and control", "chars in the middle").doesNotContainPattern("[\\x00-\\x08\\x1b]");
    assertThat(a.title()).isEqualTo("NUL title");
    assertThat(PageParser.withoutControlChars("a\0b\u0007c\td\ne")).isEqualTo("abc\td\ne");
    String clean = "nothing to remove";
    assertThat(PageParser.withoutControlChars(clean)).isSameAs(clean);
  }
}
