package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Review 8 #14f: the tails of Chinese articles. A video widget's "精彩视频推荐 / 正在加载..." (recommended videos /
 * loading…) is boilerplate as "Like this: / Loading…" is in English; the closing "[责任编辑:肖春芳]" is a desk note, and
 * the editor it names is not the author when a "作者︱春春" line names the writer. Each kind next to a look-alike
 * that must stay, then the dev pages the review found them on.
 */
class CjkTailKindsTest {
  /** A Chinese prose paragraph, numbered so a test can say which one is missing. */
  private static String zh(int i) {
    return "第" + i + "段讲述了港口、渡轮和小镇的故事，市议会周一表示，疏浚工程将在春季开始，居民对此意见不一，"
        + "有人担心噪音，也有人期待新的码头带来更多游客和工作机会。";
  }

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), "疏浚", null);
  }

  private static ParsedArticle parse(String metaAuthor, String bodyHtml) {
    String html = "<html lang='zh'><head><meta charset='utf-8'><title>疏浚工程将在春季开始</title>"
        + "<meta name='author' content='" + metaAuthor + "'></head><body><article>" + bodyHtml
        + "</article></body></html>";
    ParseOutcome o = new PageParser(50 << 20).parse(html.getBytes(StandardCharsets.UTF_8),
        "https://news.example/zh/1", "utf-8");
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }

  @Test
  void aLoadingLabelIsAWidgetButASentenceAboutLoadingIsText() {
    for (String label : List.of("正在加载...", "正在加载…", "加载中", "載入中…", "読み込み中...", "正在加载，请稍候".replace("，", ""))) {
      assertThat(BodyBoilerplate.isWidgetLabel(label)).as(label).isTrue();
    }
    for (String text : List.of("正在加载的货车在高速公路上发生了事故。", "加载中心的工人周一罢工。")) {
      assertThat(BodyBoilerplate.isWidgetLabel(text)).as(text).isFalse();
    }
  }

  @Test
  void aRecommendedVideosHeadingWithItsLoadingLineEndsTheBodyButARecommendationSentenceStays() {
    String page = "<div class='content'><p>" + zh(1) + "</p><p>" + zh(2) + "</p><p>" + zh(3) + "</p><p>精彩视频推荐</p>"
        + "<div class='video'><p>正在加载...</p></div></div>";
    assertThat(extract(page)).containsExactly(zh(1), zh(2), zh(3));
    // the heading over a list of other stories, not at the very end
    String list = "<div class='content'><p>" + zh(1) + "</p><p>" + zh(2) + "</p><p>" + zh(3) + "</p><p>相关新闻</p>"
        + "<ul><li><a href='/a'>另一条新闻的标题在这里</a></li><li><a href='/b'>第二条新闻的标题在这里</a></li></ul></div>";
    assertThat(extract(list)).containsExactly(zh(1), zh(2), zh(3));
    String sentence = "推荐阅读的三本书都是今年最受欢迎的作品，书店周末的销量翻了一倍。";
    assertThat(extract("<div class='content'><p>" + zh(1) + "</p><p>" + zh(2) + "</p><p>" + sentence + "</p><p>"
        + zh(3) + "</p></div>")).containsExactly(zh(1), zh(2), sentence, zh(3));
  }

  @Test
  void anEditorsCreditIsKnownInSeveralLanguagesButSentencesAboutEditorsAreNot() {
    assertThat(EditorCredits.editors("[责任编辑:肖春芳]")).containsExactly("肖春芳");
    assertThat(EditorCredits.editors("（责编：王伟 李明）")).containsExactly("王伟", "李明");
    assertThat(EditorCredits.editors("Editor: Jane Doe")).containsExactly("Jane", "Doe");
    assertThat(EditorCredits.editors("Edited by Jane Doe")).isNotEmpty();
    assertThat(EditorCredits.editors("Redaktion: Max Muster")).isNotEmpty();
    for (String text : List.of("编辑部表示，该报道将在下周发布。", "The editor said the report would run on Monday.",
        "Editor's note: this story was updated on Monday to correct a date.", "编辑")) {
      assertThat(EditorCredits.editors(text)).as(text).isEmpty();
    }
    assertThat(EditorCredits.writers("作者︱春春")).containsExactly("春春");
    assertThat(EditorCredits.writers("文/李明")).containsExactly("李明");
    assertThat(EditorCredits.writers("文化部周一发布了新的规定。")).isEmpty();
  }

  @Test
  void theClosingCreditLeavesTheBodyAndTheWriterReplacesTheEditorAsAuthor() {
    String credits = "<p>" + zh(1) + "</p><p>" + zh(2) + "</p><p>出品︱科学栏目组</p><p>作者︱春春</p>"
        + "<p>[责任编辑:肖春芳]</p>";
    ParsedArticle a = parse("肖春芳", credits);
    assertThat(a.authors()).containsExactly("春春");
    assertThat(a.paragraphs()).contains(zh(1), zh(2), "作者︱春春").noneMatch(p -> p.contains("责任编辑"));

    // look-alikes: a byline that is not the editor stays; the editor stays the author when no writer is named
    assertThat(parse("王小伟", credits).authors()).containsExactly("王小伟");
    ParsedArticle noWriter = parse("肖春芳", "<p>" + zh(1) + "</p><p>" + zh(2) + "</p><p>[责任编辑:肖春芳]</p>");
    assertThat(noWriter.authors()).containsExactly("肖春芳");
    assertThat(noWriter.paragraphs()).containsExactly(zh(1), zh(2));
    // a credit inside the text is not its tail
    List<String> mid = List.of(zh(1), "[责任编辑:肖春芳]", zh(2));
    assertThat(EditorCredits.dropClosingCredits(mid).paragraphs()).isEqualTo(mid);
  }

  @Test
  void devPageQqEndsWithItsTextNotTheVideoWidget() {
    SharedEvalCases.Case c = SharedEvalCases.get("qq");
    String body = SharedEvalCases.body(c);
    assertThat(body).isNotNull().doesNotContain("正在加载").doesNotContain("精彩视频推荐")
        .endsWith("DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）");
  }

  @Test
  void devPageGmwNamesTheWriterNotTheResponsibleEditor() {
    SharedEvalCases.Case c = SharedEvalCases.get("gmw");
    ParseOutcome o = new PageParser(50 << 20).parse(c.html(), c.url(), null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) o).article();
    assertThat(a.authors()).containsExactly("春春");
    assertThat(String.join("\n", a.paragraphs())).doesNotContain("责任编辑").endsWith("作者︱春春");
  }
}
