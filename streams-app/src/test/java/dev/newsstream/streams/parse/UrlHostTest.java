package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlHostTest {
  @Test
  void theHostAsWrittenOrNull() {
    assertThat(UrlHost.of("https://News.Example.org:8443/a/b?c=1")).isEqualTo("News.Example.org");
    assertThat(UrlHost.of("  https://www.example.com/x  ")).isEqualTo("www.example.com");
    assertThat(UrlHost.of(null)).isNull();
    assertThat(UrlHost.of("")).isNull();
    assertThat(UrlHost.of("/relative/path")).isNull();
    assertThat(UrlHost.of("https://exa mple.com/")).isNull(); // does not parse
  }
}
