package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Canonical links as browsers read them: trimmed, scheme in any case, relative ones resolved against a base. */
class PageSnifferCanonicalTest {
  private static byte[] page(String head) {
    return ("<html><head>" + head + "</head><body><p>x</p></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  private static PageSniffer.DeclaredUrl find(String head, String pageUrl) {
    return PageSniffer.findDeclaredUrl(page(head), null, pageUrl);
  }

  @Test
  void upperCaseSchemeAndSurroundingSpacesAreAccepted() {
    assertThat(find("<link rel=canonical href='HTTPS://m.example/news/x1'>", null).url())
        .contains("https://m.example/news/x1");
    assertThat(find("<link rel=canonical href=' https://m.example/news/x7 '>", null).url())
        .contains("https://m.example/news/x7");
    assertThat(find("<meta property=og:url content='\thttp://m.example/og\n'>", null).url())
        .contains("http://m.example/og");
  }

  @Test
  void relativeAndProtocolRelativeLinksResolveAgainstTheBaseElementOrThePageUrl() {
    assertThat(find("<base href='https://b.example/dir/'><link rel=canonical href='/news/r1'>", null).url())
        .contains("https://b.example/news/r1");
    assertThat(find("<link rel=canonical href='/news/r1'>", "https://p.example/a/b.html").url())
        .contains("https://p.example/news/r1");
    assertThat(find("<link rel=canonical href='//m.example/news/x6'>", "http://p.example/a").url())
        .contains("http://m.example/news/x6");
    assertThat(find("<link rel=canonical href='../x'>", "https://p.example/a/b/c.html").url())
        .contains("https://p.example/a/x");
  }

  @Test
  void aRelativeLinkWithoutABaseIsReportedAsFoundButUnresolvedAndLaterAbsoluteOnesStillWin() {
    PageSniffer.DeclaredUrl relative = find("<link rel=canonical href='/news/relative-1'>", null);
    assertThat(relative.url()).isEmpty();
    assertThat(relative.unresolvedHref()).isEqualTo("/news/relative-1");
    PageSniffer.DeclaredUrl protocolRelative = find("<link rel=canonical href=' //m.example/x6'>", null);
    assertThat(protocolRelative.url()).isEmpty();
    assertThat(protocolRelative.unresolvedHref()).isEqualTo("//m.example/x6");
    assertThat(find("<link rel=canonical href='/news/r'><meta property=og:url content='https://m.example/og'>", null)
        .url()).contains("https://m.example/og");
    PageSniffer.DeclaredUrl none = find("<link rel=canonical href='ftp://m.example/x'><title>t</title>", null);
    assertThat(none.url()).isEmpty();
    assertThat(none.unresolvedHref()).as("another scheme is not a relative link").isNull();
  }
}
