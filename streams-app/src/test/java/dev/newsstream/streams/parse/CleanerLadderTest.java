package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Issue 14 item 1: class/id words and boilerplate tags never delete the article; the gentler-retry ladder. */
class CleanerLadderTest {
  private static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), null, null);
  }

  @Test
  void wrapperNamedWidgetOrSidebarAroundTheParagraphsIsKept() {
    String html = "<div class='sidebar-layout'><div class='widget Blog'><div class='post-body'>"
        + "<p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p></div></div>"
        + "<div class='widget BlogArchive'><ul><li><a href='/1'>March 2020</a></li><li><a href='/2'>April</a>"
        + "</li></ul></div></div>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3));
  }

  @Test
  void asideOrHeaderAroundThePostIsKept() {
    String html = "<header><a href='/'>Site</a></header><aside class='vertical-ad-con'><div>"
        + "<p>" + para(1) + "</p><p>" + para(2) + "</p></div></aside>";
    assertThat(extract(html)).containsExactly(para(1), para(2));
  }

  @Test
  void namesStillRemoveBoxesThatAreNotAncestorsOfTheText() {
    String html = "<div class='content'><p>" + para(1) + "</p><p>" + para(2) + "</p><p>" + para(3) + "</p>"
        + "<p>" + para(4) + "</p></div><div class='sidebar'><p>Sidebar box text that is long enough to look like a "
        + "sentence, about something else entirely.</p></div>";
    assertThat(extract(html)).containsExactly(para(1), para(2), para(3), para(4));
  }

  @Test
  void shortResultRetriesWithoutNameRemoval() {
    // Text in <br>-separated lines (no <p>, so nothing marks it as the densest paragraphs) inside a wrapper whose
    // name reads as boilerplate: the strict pass finds almost nothing, the retry without name removal finds it.
    String lines = String.join("<br><br>", para(1), para(2), para(3), para(4), para(5));
    String html = "<div id='main-rail'><div class='gallery-text'>" + lines + "</div></div>"
        + "<div class='footer-note'>Short note.</div>";
    List<String> out = extract(html);
    assertThat(String.join("\n", out)).contains(para(1), para(3), para(5));
  }

  @Test
  void undoPutsTheRemovedElementsBackInPlace() {
    Document doc = Jsoup.parse("<div id=a><nav>n</nav><p>one</p><div class='share'>s</div><p>two</p>"
        + "<aside>x</aside></div><footer>f</footer>");
    String before = doc.body().html();
    DomCleaner.removeNeverText(doc.body());
    DomCleaner.Removal r = DomCleaner.clean(doc.body(), DomCleaner.Mode.FULL);
    assertThat(doc.body().select("nav, aside, footer, .share")).isEmpty();
    r.undo();
    assertThat(doc.body().html()).isEqualTo(before);
  }

  @Test
  void minimalModeRemovesOnlyHiddenAndNeverText() {
    Document doc = Jsoup.parse("<nav>n</nav><div class='share'>s</div><div style='display:none'>h</div>"
        + "<script>x</script>");
    DomCleaner.clean(doc.body(), DomCleaner.Mode.MINIMAL);
    assertThat(doc.body().select("nav")).hasSize(1);
    assertThat(doc.body().select(".share")).hasSize(1);
    assertThat(doc.body().select("script")).isEmpty();
    assertThat(doc.body().text()).doesNotContain("h");
  }
}
