package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzed canonicalisation, 50k inputs: for any string, CanonicalUrl.of either throws IllegalArgumentException (with
 * a message) or gives a canonical URL that is a fixed point: of(of(x).toString()) equals of(x), same id and site.
 */
class CanonicalUrlPropertiesTest {

  @Property(tries = 25_000)
  void anyStringIsEitherRejectedOrCanonicalAndIdempotent(@ForAll String raw) {
    assertCanonicalOrRejected(raw);
  }

  @Property(tries = 25_000)
  void urlLikeStringsAreEitherRejectedOrCanonicalAndIdempotent(@ForAll("urlLike") String raw) {
    assertCanonicalOrRejected(raw);
  }

  private static void assertCanonicalOrRejected(String raw) {
    CanonicalUrl url;
    try {
      url = CanonicalUrl.of(raw);
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).isNotBlank();
      return;
    }
    CanonicalUrl again = CanonicalUrl.of(url.toString());
    assertThat(again).isEqualTo(url);
    assertThat(again.toString()).isEqualTo(url.toString());
    assertThat(again.id()).isEqualTo(url.id());
    assertThat(url.toString()).startsWith("http").doesNotContain(" ").doesNotContain("#");
    assertThat(url.site()).isNotNull();
  }

  @Provide
  Arbitrary<String> urlLike() {
    Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "HtTpS://", "ftp://", "", "//",
        "http:/", "https:///", "javascript:", "mailto:");
    Arbitrary<String> userInfo = Arbitraries.of("", "", "", "user@", "u:p@", "@", "a%40b@");
    Arbitrary<String> host = Arbitraries.of("example.com", "EXAMPLE.com.", "www.news.example", "xn--bcher-kva.example",
        "127.0.0.1", "[::1]", "[2001:db8::1]", "ex ample.com", "", "a..b", "-bad-.example", "über.example",
        "localhost", "a_b.example", "%41.example");
    Arbitrary<String> port = Arbitraries.of("", "", ":80", ":443", ":8080", ":0", ":65535", ":99999", ":", ":x");
    Arbitrary<String> segment = Arbitraries.strings().withChars("abcXYZ019-._~%/!$&'()*+,;=:@ äø\\<>\"{}|^`[]")
        .ofMaxLength(12);
    Arbitrary<String> path = segment.list().ofMaxSize(6).map(parts -> "/" + String.join("/", parts));
    Arbitrary<String> dots = Arbitraries.of("", "/.", "/..", "/../..", "/./a/../b", "//", "/%2e%2e/");
    Arbitrary<String> query = Arbitraries.strings().withChars("abc=&?%20+utm_source=x;#").ofMaxLength(30)
        .map(q -> q.isEmpty() ? "" : "?" + q);
    Arbitrary<String> fragment = Arbitraries.of("", "", "#top", "#", "#a#b");
    return Combinators.combine(scheme, userInfo, host, port, path, dots, query, fragment)
        .as((s, u, h, p, pa, d, q, f) -> s + u + h + p + pa + d + q + f);
  }
}
