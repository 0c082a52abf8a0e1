package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupGuardTest {

  @Test
  void normalPagesPass() {
    String page = "<html><head><script>if (a<b && c<d) { x = '<div>'; }</script></head><body>"
        + "<p>one<p>two<ul><li>a<li>b</ul><img src=x><br>" + "<div><span>x</span></div>".repeat(5000) + "</body></html>";
    assertThat(MarkupGuard.check(page)).isEmpty();
  }

  @Test
  void deepNestingAndTagFloodsAreCaught() {
    assertThat(MarkupGuard.check("<div>".repeat(MarkupGuard.MAX_DEPTH + 1))).get().asString().contains("nested");
    assertThat(MarkupGuard.check("<i></i>".repeat(MarkupGuard.MAX_TAGS))).get().asString().contains("tags");
    // Implicitly closed elements do not count as nesting.
    assertThat(MarkupGuard.check("<p>x".repeat(MarkupGuard.MAX_DEPTH * 2))).isEmpty();
  }
}
