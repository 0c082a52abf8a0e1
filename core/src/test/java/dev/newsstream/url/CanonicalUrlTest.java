package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

  @Test
  void lowerCasesHostDropsFragmentDefaultPortAndTrackingAndSortsQuery() {
    CanonicalUrl url = CanonicalUrl.of(
        "HTTPS://WWW.Example.COM:443/News/Story.html?b=2&utm_source=x&a=1&fbclid=abc&gclid=z#comments");
    assertThat(url.toString()).isEqualTo("https://www.example.com/News/Story.html?a=1&b=2");
  }

  @Test
  void keepsNonDefaultPortAndResolvesDotSegments() {
    assertThat(CanonicalUrl.of("http://example.com:8080/a/./b/../c").toString())
        .isEqualTo("http://example.com:8080/a/c");
  }

  @Test
  void sameArticleThroughDifferentLinksHasSameId() {
    CanonicalUrl a = CanonicalUrl.of("https://example.com/story?utm_campaign=rss");
    CanonicalUrl b = CanonicalUrl.of("https://EXAMPLE.com/story#top");
    assertThat(a).isEqualTo(b);
    assertThat(a.id()).isEqualTo(b.id()).hasSize(32);
    assertThat(CanonicalUrl.of("https://example.com/other").id()).isNotEqualTo(a.id());
  }

  @Test
  void siteIgnoresWwwAndMobilePrefixes() {
    assertThat(CanonicalUrl.of("https://www.bbc.co.uk/x").site()).isEqualTo("bbc.co.uk");
    assertThat(CanonicalUrl.of("https://m.bbc.co.uk/x").sameSiteAs(CanonicalUrl.of("https://bbc.co.uk/y"))).isTrue();
    assertThat(CanonicalUrl.of("https://a.com/x").sameSiteAs(CanonicalUrl.of("https://b.com/x"))).isFalse();
  }

  @Test
  void rejectsNonHttpAndMalformedWithAReason() {
    assertThatThrownBy(() -> CanonicalUrl.of("ftp://example.com/x")).hasMessageContaining("Not an http(s) URL");
    assertThatThrownBy(() -> CanonicalUrl.of("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> CanonicalUrl.of("https:///nohost")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CanonicalUrl.isValid("not a url")).isFalse();
  }

  @Test
  void internationalisedHostBecomesPunycodeHoweverItIsSpelled() {
    String punycode = "https://www.xn--zeitung-mritz-4ob.example/lokales/neue-faehre.html";
    for (String spelling : List.of("https://www.zeitung-müritz.example/lokales/neue-faehre.html",
        "https://WWW.Zeitung-MÜRITZ.example/lokales/neue-faehre.html",
        "https://www.zeitung-m%C3%BCritz.example/lokales/neue-faehre.html",
        "https://www.XN--ZEITUNG-MRITZ-4OB.example./lokales/neue-faehre.html")) {
      assertThat(CanonicalUrl.of(spelling).toString()).as(spelling).isEqualTo(punycode);
    }
    assertThat(CanonicalUrl.of("http://例え。テスト/").toString()).isEqualTo("http://xn--r8jz45g.xn--zckzah/");
    assertThat(CanonicalUrl.of(punycode).host()).isEqualTo("www.xn--zeitung-mritz-4ob.example");
    assertThatThrownBy(() -> CanonicalUrl.of("http://a_b.example/")).hasMessageContaining("host");
    assertThatThrownBy(() -> CanonicalUrl.of("http://bad%FF.example/")).hasMessageContaining("host");
  }

  @Test
  void percentEncodingIsNormalised() {
    String canonical = "https://example.com/caf%C3%A9/%2F~a-b?q=%C3%BC%2B1&x=%3D";
    for (String spelling : List.of("https://example.com/caf%c3%a9/%2f%7Ea%2Db?q=%c3%bc%2b1&x=%3d",
        "https://example.com/café/%2F~a-b?q=ü%2B1&x=%3D", "https://example.com/caf%C3%A9/%2F%7e%61-b?x=%3D&q=ü%2B1")) {
      assertThat(CanonicalUrl.of(spelling).toString()).as(spelling).isEqualTo(canonical);
    }
    // Reserved characters keep their spelling: an encoded slash is not a path separator.
    assertThat(CanonicalUrl.of("https://example.com/a%2Fb").id()).isNotEqualTo(CanonicalUrl.of("https://example.com/a/b").id());
    assertThat(CanonicalUrl.of("https://example.com/a b|c\\d").toString()).isEqualTo("https://example.com/a%20b%7Cc%5Cd");
    assertThat(CanonicalUrl.of("https://example.com/100%").toString()).isEqualTo("https://example.com/100%25");
  }

  @Test
  void dotSegmentsAreRemovedPerRfc3986() {
    assertThat(CanonicalUrl.of("http://a.example/b/c/./../../g").toString()).isEqualTo("http://a.example/g");
    assertThat(CanonicalUrl.of("http://a.example/b/..").toString()).isEqualTo("http://a.example/");
    assertThat(CanonicalUrl.of("http://a.example/../../b/%2E%2e/c").toString()).isEqualTo("http://a.example/c");
    assertThat(CanonicalUrl.of("http://a.example/b/.").toString()).isEqualTo("http://a.example/b/");
    assertThat(CanonicalUrl.of("http://a.example/b//c").toString()).as("empty segments are kept")
        .isEqualTo("http://a.example/b//c");
    assertThat(CanonicalUrl.of("http://a.example/b.../.c").toString()).isEqualTo("http://a.example/b.../.c");
  }
}
