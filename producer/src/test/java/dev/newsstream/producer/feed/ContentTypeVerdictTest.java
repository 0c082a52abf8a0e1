package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypeVerdictTest {
  @Test
  void wellFormedTypesAreTrustedWithTheirCharset() {
    assertThat(ContentTypeVerdict.of("text/html; charset=UTF-8"))
        .isEqualTo(new ContentTypeVerdict(ContentTypeVerdict.Kind.HTML, "utf-8"));
    assertThat(ContentTypeVerdict.of("application/xhtml+xml").kind()).isEqualTo(ContentTypeVerdict.Kind.HTML);
    assertThat(ContentTypeVerdict.of("application/javascript").kind()).isEqualTo(ContentTypeVerdict.Kind.OTHER);
    assertThat(ContentTypeVerdict.of("application/json; charset=utf-8").kind()).isEqualTo(ContentTypeVerdict.Kind.OTHER);
    assertThat(ContentTypeVerdict.of("image/png").kind()).isEqualTo(ContentTypeVerdict.Kind.OTHER);
  }

  @Test
  void malformedHeadersStillGiveTheirTypeAndCharset() {
    assertThat(ContentTypeVerdict.of("text/html;; charset=\"windows-1251"))
        .isEqualTo(new ContentTypeVerdict(ContentTypeVerdict.Kind.HTML, "windows-1251"));
    assertThat(ContentTypeVerdict.of("TEXT/HTML;charset=UTF-16").charset()).isEqualTo("utf-16");
  }

  @Test
  void absentOrNonCommittalTypesAreSniffed() {
    assertThat(ContentTypeVerdict.of(null).kind()).isEqualTo(ContentTypeVerdict.Kind.SNIFF);
    assertThat(ContentTypeVerdict.of("  ").kind()).isEqualTo(ContentTypeVerdict.Kind.SNIFF);
    assertThat(ContentTypeVerdict.of("text/plain").kind()).isEqualTo(ContentTypeVerdict.Kind.SNIFF);
    assertThat(ContentTypeVerdict.of("application/octet-stream").kind()).isEqualTo(ContentTypeVerdict.Kind.SNIFF);
    assertThat(ContentTypeVerdict.of("html").kind()).isEqualTo(ContentTypeVerdict.Kind.SNIFF);
  }
}
