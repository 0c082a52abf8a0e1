package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON-LD articleBody written as entity-escaped HTML must not replace the page's paragraphs with one block. */
class JsonLdBodyTest {
  private static final String P1 = "The council approved the new bridge plan on Monday after a long debate about costs.";
  private static final String P2 = "Officials said work would start in the spring once the contracts had been signed.";
  private static final String P3 = "Residents asked for a footpath on both sides, which the engineers agreed to study.";

  @Test
  void escapedHtmlArticleBodyKeepsItsParagraphs() {
    // the publisher escaped the markup: &lt;p&gt;... and an entity inside the text (&amp;eacute;)
    String ld = "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge plan approved\",\"articleBody\":\""
        + "&lt;p class=&quot;text&quot;&gt;" + P1 + " Caf&amp;eacute; owners agreed.&lt;/p&gt;&lt;p&gt;" + P2
        + "&lt;/p&gt;&lt;p&gt;" + P3 + " " + P3 + "&lt;/p&gt;\"}";
    byte[] page = ("<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body>"
        + "<article><h1>Bridge plan approved</h1><p>" + P1 + " Café owners agreed.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    ParsedArticle a = ((ParseOutcome.Parsed) new PageParser(1_000_000).parse(page, "https://news.example.com/b", null))
        .article();
    assertThat(a.paragraphs()).containsExactly(P1 + " Café owners agreed.", P2, P3 + " " + P3);
    assertThat(a.body()).doesNotContain("&lt;").doesNotContain("<p");
  }
}
