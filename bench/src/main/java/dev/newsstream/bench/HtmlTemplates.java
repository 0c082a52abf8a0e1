package dev.newsstream.bench;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * HTML page shapes for the benchmark: a news site with metadata, JSON-LD and boilerplate around the story, a
 * plain blog post, and a minimal article. Enough variety that the parser's metadata and body paths all run.
 */
final class HtmlTemplates {
  static final int COUNT = 3;

  /** Extra vocabulary, so that generated text reads like news even without samples. */
  static final String SEED_TEXT = "The government announced on Tuesday that negotiations with regional partners "
      + "would continue next week, according to officials familiar with the talks. Ministers said the agreement "
      + "covers energy, trade and security, while opposition leaders criticised the lack of parliamentary oversight. "
      + "Markets reacted calmly as analysts expected the central bank to keep interest rates unchanged. Residents "
      + "of the coastal city reported flooding after heavy rain, and emergency services evacuated several districts. "
      + "The company reported quarterly revenue above forecasts and plans to hire engineers in three countries.";

  private HtmlTemplates() {}

  static String render(int kind, String url, String title, List<String> paragraphs) {
    String t = Entities.escape(title);
    StringBuilder ps = new StringBuilder();
    for (String p : paragraphs) {
      ps.append("<p>").append(Entities.escape(p)).append("</p>\n");
    }
    return switch (kind) {
      case 0 -> """
          <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Bench Daily</title>
          <link rel="canonical" href="%2$s"><meta property="og:title" content="%1$s">
          <meta property="og:site_name" content="Bench Daily"><meta name="author" content="Jane Doe">
          <meta property="article:published_time" content="2025-11-25T09:57:00Z">
          <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s","datePublished":"2025-11-25T09:57:00Z"}</script>
          </head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
          <main><article><h1>%1$s</h1><div class="byline">By Jane Doe</div><div class="article-body">
          %3$s</div><div class="share">Share this on social media</div></article>
          <aside class="related"><ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul></aside>
          </main><footer>© 2025 Bench Daily. All rights reserved.</footer></body></html>
          """.formatted(t, url, ps);
      case 1 -> """
          <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%1$s</title>
          <meta property="og:url" content="%2$s"></head><body><div id="menu"><a href="/">Blog</a></div>
          <div class="post"><h2>%1$s</h2><div class="entry-content">
          %3$s</div></div><div class="comments">No comments yet.</div></body></html>
          """.formatted(t, url, ps);
      default -> """
          <html><head><title>%1$s</title></head><body><article><h1>%1$s</h1>
          %3$s</article></body></html>
          """.formatted(t, url, ps);
    };
  }
}
