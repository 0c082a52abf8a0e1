package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupGuardTest {

  @Test
  void normalPagesPass() {
    String page = "<html><head><script>if (a<b && c<d) { x = '<div>'; }</script></head><body>"
        + "<p>one<p>two<ul><li>a<li>b</ul><img src=x><br>" + "<div><span>x</span></div>".repeat(5000) + "</body></html>";
    assertThat(MarkupGuard.check(page)).isEmpty();
    assertThat(MarkupGuard.scan(page).mayBeDeep()).isFalse();
  }

  @Test
  void deepNestingAndTagFloodsAreCaught() {
    assertThat(MarkupGuard.check("<div>".repeat(MarkupGuard.MAX_DEPTH + 1))).get().asString().contains("nested");
    assertThat(MarkupGuard.check("<i></i>".repeat(MarkupGuard.MAX_TAGS))).get().asString().contains("tags");
    // Implicitly closed elements do not count as nesting.
    assertThat(MarkupGuard.check("<p>x".repeat(MarkupGuard.MAX_DEPTH * 2))).isEmpty();
  }

  /** Review 10 item 8: 2,500 paragraphs whose inline element is never closed, as browsers and jsoup close it. */
  private static String sloppy(String open) {
    StringBuilder sb = new StringBuilder("<html><head><title>Council report</title></head><body>");
    for (int i = 0; i < 2_500; i++) {
      sb.append("<p>").append(open).append("Paragraph ").append(i)
          .append(" of a long council report with enough words to count as article text.");
    }
    return sb.append("</body></html>").toString();
  }

  @Test
  void unclosedSpansInEveryParagraphAreParsedNotRefused() {
    String html = sloppy("<span>");
    assertThat(MarkupGuard.scan(html).mayBeDeep()).isTrue(); // the rough count sees 2,500 open spans
    assertThat(MarkupGuard.tooDeep(Jsoup.parse(html))).isEmpty(); // the parser closes each at the next <p>
    assertParsedWithAllParagraphs(html);
  }

  @Test
  void unclosedFontInEveryParagraphIsParsedNotRefused() {
    // <font> is a formatting element: closed with its paragraph, reopened in the next (at most three alike).
    String html = sloppy("<font face=\"Arial\">");
    assertThat(MarkupGuard.scan(html).mayBeDeep()).isTrue();
    assertThat(MarkupGuard.scan(html).refusal()).isEmpty();
    assertParsedWithAllParagraphs(html);
  }

  private static void assertParsedWithAllParagraphs(String html) {
    ParseOutcome o = new PageParser(8 << 20).parse(html.getBytes(StandardCharsets.UTF_8), "https://x.example/r", null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    String body = ((ParseOutcome.Parsed) o).article().body();
    assertThat(body).contains("Paragraph 0 of a long", "Paragraph 1250 of a long", "Paragraph 2499 of a long");
  }

  @Test
  void aBombThatHidesItsRunsIsRefusedAfterParsingWithinBoundedCpu() {
    // "<div><p>" repeated: each <p> breaks the scan's run of always-nesting tags, but every <div> closes the
    // paragraph before it and nests: 150,000 levels in the DOM. Refused by measuring the parsed DOM.
    String bomb = "<html><body>" + "<div><p>x".repeat(150_000) + "</body></html>";
    assertThat(MarkupGuard.scan(bomb).refusal()).isEmpty();
    assertThat(MarkupGuard.scan(bomb).mayBeDeep()).isTrue();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu = mx.getCurrentThreadCpuTime();
    ParseOutcome o = new PageParser(8 << 20).parse(bomb.getBytes(StandardCharsets.UTF_8), "https://x.example/", null);
    double seconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
    assertThat(o).isInstanceOf(ParseOutcome.Rejected.class);
    assertThat(((ParseOutcome.Rejected) o).reason()).isEqualTo(RejectReason.TOO_COMPLEX);
    assertThat(((ParseOutcome.Rejected) o).message()).contains("nested more than 2000");
    assertThat(seconds).as("CPU seconds for a 150,000-deep bomb (about 0.3 s measured)").isLessThan(5);
  }

  @Test
  void aRunOfAlwaysNestingStartTagsIsRefusedBeforeParsing() {
    // Text between the tags does not close them: "<span>x" repeated nests as deep as it is long.
    assertThat(MarkupGuard.check("<span>x".repeat(MarkupGuard.MAX_DEPTH + 1))).get().asString().contains("nested");
    // A tag that may close the open ones ends the run: "<a>" closes the open <a>, so 3,000 of them are shallow.
    assertThat(MarkupGuard.check("<a href=x>y".repeat(3_000))).isEmpty();
  }
}
