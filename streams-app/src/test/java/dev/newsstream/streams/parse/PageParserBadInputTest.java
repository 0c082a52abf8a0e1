package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad pages become rejections with a reason, quickly, and never an exception. */
class PageParserBadInputTest {
  static final int MB = 1 << 20;

  static RejectReason reason(ParseOutcome o) {
    assertThat(o).isInstanceOf(ParseOutcome.Rejected.class);
    return ((ParseOutcome.Rejected) o).reason();
  }

  @Test
  void emptyAndBlank() {
    PageParser p = new PageParser(MB);
    assertThat(reason(p.parse(new byte[0], "https://x.example/", null))).isEqualTo(RejectReason.EMPTY_BODY);
    assertThat(reason(p.parse(null, "https://x.example/", null))).isEqualTo(RejectReason.EMPTY_BODY);
    assertThat(reason(p.parse(" \n\t ".getBytes(StandardCharsets.UTF_8), "https://x.example/", null)))
        .isEqualTo(RejectReason.EMPTY_BODY);
  }

  @Test
  void binary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertThat(reason(new PageParser(MB).parse(png, "https://x.example/", null))).isEqualTo(RejectReason.BINARY);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThat(reason(new PageParser(MB).parse(noise, "https://x.example/", null))).isIn(RejectReason.BINARY,
        RejectReason.UNKNOWN_FORMAT);
  }

  @Test
  void fiftyMegabytePageIsRefusedBySizeWithoutParsing() {
    byte[] big = htmlOfSize(50 * MB);
    long start = System.nanoTime();
    assertThat(reason(new PageParser(5 * MB).parse(big, "https://x.example/", null))).isEqualTo(RejectReason.TOO_LARGE);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(1);
  }

  @Test
  void fiftyMegabytePageUnderAHighLimitIsStoppedByTheMarkupGuard() {
    byte[] big = htmlOfSize(50 * MB);
    ParseOutcome o = new PageParser(64 * MB).parse(big, "https://x.example/", null);
    assertThat(reason(o)).isEqualTo(RejectReason.TOO_COMPLEX);
    assertThat(((ParseOutcome.Rejected) o).message()).contains("tags");
  }

  @Test
  void deeplyNestedDomIsRefusedFast() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(100_000)).append("deep text").append("</div>".repeat(100_000)).append("</body></html>");
    long start = System.nanoTime();
    ParseOutcome o = new PageParser(8 * MB).parse(sb.toString().getBytes(StandardCharsets.UTF_8), "https://x.example/", null);
    assertThat(reason(o)).isEqualTo(RejectReason.TOO_COMPLEX);
    assertThat(((ParseOutcome.Rejected) o).message()).contains("nested");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
  }

  @Test
  void moderatelyDeepDomIsParsedWithoutStackOverflow() {
    String prose = "<p>This paragraph sits deep inside wrappers, as some page builders do, and it is still the "
        + "article's text that readers came for, so it must be found.</p>";
    String html = "<html><body>" + "<div>".repeat(1500) + prose.repeat(3) + "</div>".repeat(1500) + "</body></html>";
    ParseOutcome o = new PageParser(8 * MB).parse(html.getBytes(StandardCharsets.UTF_8), "https://x.example/", null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    // three sibling paragraphs in one flow: each kept, as the page shows them (RepeatKindsTest)
    assertThat(((ParseOutcome.Parsed) o).article().paragraphs()).hasSize(3);
  }

  @Test
  void pagesWithoutArticleText() {
    PageParser p = new PageParser(MB);
    String index = "<html><body><nav><a href=\"/a\">A</a></nav><ul><li><a href=\"/1\">Story one</a></li></ul></body></html>";
    assertThat(reason(p.parse(index.getBytes(StandardCharsets.UTF_8), "https://x.example/", null)))
        .isEqualTo(RejectReason.NOT_AN_ARTICLE);
    String scriptOnly = "<html><head><script>var a = 1 < 2; document.write('app');</script></head><body><div id=app></div></body></html>";
    assertThat(reason(p.parse(scriptOnly.getBytes(StandardCharsets.UTF_8), "https://x.example/", null)))
        .isEqualTo(RejectReason.NOT_AN_ARTICLE);
  }

  @Test
  void brokenMarkupAndJsonStillParse() {
    String html = "<html><head><script type=application/ld+json>{not json</script><title>Broken page</title><body>"
        + "<div><p>Unclosed paragraph with enough words to be an article about the harbour and its ferry service"
        + "<p>Another paragraph <b>bold <i>nested</b> wrongly</i> that goes on for a while about the timetable."
        + "</div></div></span><table><td>stray cell";
    ParseOutcome o = new PageParser(MB).parse(html.getBytes(StandardCharsets.UTF_8), "https://x.example/", null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    assertThat(((ParseOutcome.Parsed) o).article().body()).contains("Unclosed paragraph", "nested wrongly");
  }

  @Test
  void pathologicalMetadataStaysCheap() {
    String longTitle = "Headline - ".repeat(20_000);
    String longAuthor = "By Jane in London ".repeat(20_000);
    String html = "<html><head><meta property=\"og:title\" content=\"" + longTitle + "\"><meta name=\"author\" content=\""
        + longAuthor + "\"><meta name=\"date\" content=\"" + "2025 ".repeat(10_000) + "\"></head><body><p>"
        + "A real paragraph about the harbour ferry returning to service after months of repairs, long enough to keep."
        + "</p></body></html>";
    LanguageDetection.detect("Regeringen meddelade på tisdagen att den kommer att satsa mer pengar på järnvägen."); // models loaded
    long start = System.nanoTime();
    ParseOutcome o = new PageParser(8 * MB).parse(html.getBytes(StandardCharsets.UTF_8), "https://x.example/", null);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) o).article();
    assertThat(a.title().length()).isLessThanOrEqualTo(400);
    assertThat(a.authors()).isEmpty();
  }

  private static byte[] htmlOfSize(int bytes) {
    String para = "<p>Filler paragraph text for a very large page, repeated many times over.</p>\n";
    StringBuilder sb = new StringBuilder(bytes + 100).append("<html><body>");
    while (sb.length() < bytes) {
      sb.append(para);
    }
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
