package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** {@link Queries.AnyOf} selects exactly what jsoup's own evaluator selects for the same selector list. */
class QueriesTest {
  /** Markup that hits every kind of alternative, in upper and mixed case, with and without attributes. */
  private static final String PAGE = """
      <html lang="de"><head><link rel="canonical" href="https://x.example/a"><meta name="author" content="A"></head>
      <body class="single-post">
      <header><h1>Title</h1><H2 CLASS="Byline">By Jane</H2><h3 class="by-line">x</h3></header>
      <div class="ArticleAuthorName">Jo</div><div class="AUTHOR-box">Al</div><span data-testid="ByLine-x">b</span>
      <div data-area="top AUTHOR">c</div><address class="author">Ad</address><a rel="author" href="/a">R</a>
      <a rel=" AUTHOR ">R2</a><a rel="tag nofollow">t</a><p class="contributor">C</p><div data-component="byline">d</div>
      <time datetime="2025-01-01">1 Jan</time><TIME PUBDATE>0 Jan</TIME><time>2 Jan</time><span class="date">3 Jan</span>
      <div class="post-date-x">4</div><div class="Timestamp">5</div><div class="publish">6</div>
      <div hidden><p>h</p></div><div aria-hidden="TRUE">ah</div><div aria-hidden="false">visible</div>
      <svg><path d="M0"></path></svg><amp-ad></amp-ad><dialog>d</dialog><figcaption>f</figcaption>
      <script type="application/ld+json">{}</script><script>var a;</script><noscript>n</noscript>
      <p itemprop="name">N</p><div class="no-class-here" id="author">i</div><div>plain</div>
      </body></html>""";

  @Test
  void selectorListsSelectWhatJsoupSelects() {
    Document doc = Jsoup.parse(PAGE, "https://x.example/a");
    for (String css : List.of(HtmlMetadata.BYLINE, PublicationDates.VISIBLE_DATE, DomCleaner.NEVER_TEXT, "h1, h2, h3",
        "h1", "time", "a[rel~=tag]", "script[type=application/ld+json]", "link[rel=canonical]", "html[lang]",
        "[itemprop=name]", "time[pubdate]", "time, [class*=date], [class*=time], img, svg, button")) {
      assertThat(Queries.compile(css)).as(css).isInstanceOf(Queries.AnyOf.class);
      List<Element> fast = doc.select(Queries.compile(css));
      assertThat(fast).as(css).isNotEmpty().containsExactlyElementsOf(doc.select(QueryParser.parse(css)));
    }
  }

  @Test
  void selectorsWithCombinatorsOrPseudoClassesAreLeftToJsoup() {
    assertThat(Queries.AnyOf.of("article p")).isNull();
    assertThat(Queries.AnyOf.of("h1, div > p")).isNull();
    assertThat(Queries.AnyOf.of("p:has(a)")).isNull();
    assertThat(Queries.AnyOf.of("[class*='quoted value']")).isNull();
    Document doc = Jsoup.parse(PAGE);
    assertThat(Queries.select(doc, "header > h2")).extracting(Element::text).containsExactly("By Jane");
  }
}
