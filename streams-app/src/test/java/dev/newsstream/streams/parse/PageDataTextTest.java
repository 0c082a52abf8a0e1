package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Issue 14 item 6: text that exists only as page data (JSON/JS string literal) in a script. */
class PageDataTextTest {
  private static final String P1 = "The harbour board met on Monday and agreed to dredge the channel before the "
      + "autumn storms, a job that has been put off for three winters.";
  private static final String P2 = "Fishermen said the silt had already grounded two boats, and the ferry now waits "
      + "for the tide, which costs the town an hour every morning.";
  private static final String P3 = "Work starts in September and should take six weeks, the board said, and the "
      + "channel will stay open to small boats at high tide while the dredger is at work.";

  @Test
  void readsTheArticleFromAnAssignedPageDataObject() {
    String content = ("<p>" + P1 + "<\\/p>\\n<p>" + P2 + "<\\/p>\\n<p>" + P3 + "<\\/p>").replace("\"", "\\\"");
    String html = "<html><head><title>Harbour</title></head><body><div id='app'><nav><a href='/'>Home</a></nav>"
        + "</div><script>var preinit = {}; preinit.articleData = {\"status\":\"ok\",\"post\":{\"id\":4,"
        + "\"title\":\"Harbour\",\"content\":\"" + content + "\",\"excerpt\":\"<p>Short<\\/p>\"}};</script>"
        + "</body></html>";
    List<String> out = HtmlBodyExtractor.extract(Jsoup.parse(html), "Harbour", null);
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void readsUnicodeEscapedHtmlFromAJsonScript() {
    String content = "\\u003cp\\u003e" + P1 + "\\u003c/p\\u003e\\u003cp\\u003e" + P2 + "\\u003c/p\\u003e"
        + "\\u003cp\\u003e" + P3 + "\\u003c/p\\u003e";
    String html = "<html><body><div id='__next'></div><script id='__NEXT_DATA__' type='application/json'>"
        + "{\"props\":{\"pageProps\":{\"story\":{\"body\":\"" + content + "\"}}}}</script></body></html>";
    assertThat(HtmlBodyExtractor.extract(Jsoup.parse(html), null, null)).containsExactly(P1, P2, P3);
  }

  @Test
  void pageDataIsNotUsedWhenTheDomHasTheText() {
    String dom = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("harbour", "town")
        + "</p><p>" + P2.replace("ferry", "bus") + "</p>";
    String other = "<p>Something else entirely, a teaser list with a different text for the sidebar.</p>".repeat(8)
        .replace("\"", "\\\"");
    String html = "<html><body><article>" + dom + "</article><script>window.data={\"x\":\"" + other
        + "\"};</script></body></html>";
    List<String> out = HtmlBodyExtractor.extract(Jsoup.parse(html), null, null);
    assertThat(String.join("\n", out)).contains(P3).doesNotContain("Something else");
  }

  @Test
  void literalScannerSkipsShortAndBrokenLiteralsAndDecodesEscapes() {
    String longHtml = "<p>" + "x".repeat(420) + "</p>";
    String script = "a = \"short <p>\"; b = \"unterminated\n c = \"" + longHtml.replace("/", "\\/") + "\";";
    assertThat(PageDataText.htmlLiterals(script)).containsExactly(longHtml);
  }
}
