package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
