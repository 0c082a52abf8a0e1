package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hosts shown to people: punycode labels in Unicode, unless a label mixes scripts as no language does. */
class DisplayHostTest {
  @Test
  void punycodeLabelsAreShownInUnicode() {
    assertThat(DisplayHost.of("xn--zeitung-mritz-4ob.example")).isEqualTo("zeitung-müritz.example");
    assertThat(DisplayHost.of("www.xn--bcher-kva.example")).isEqualTo("www.bücher.example");
    assertThat(DisplayHost.of("xn--wgv71a119e.xn--wgv71a119e")).isEqualTo("日本語.日本語");
    // Latin with Han and Kana is how Japanese is written: one of UTS #39's allowed mixes.
    assertThat(DisplayHost.of("xn--jp-mg4a6fuerew50w0sh.example")).isEqualTo("ドメイン名例jp.example");
  }

  @Test
  void asciiHostsAndBrokenPunycodeStayAsTheyAre() {
    String plain = "news.city-daily.example";
    assertThat(DisplayHost.of(plain)).isSameAs(plain);
    assertThat(DisplayHost.of("xn--zz.example")).as("not valid punycode").isEqualTo("xn--zz.example");
    assertThat(DisplayHost.of(null)).isNull();
  }

  @Test
  void aLabelMixingLatinWithACyrillicLookAlikeStaysInPunycode() {
    // "аpple" with a Cyrillic а: shown in Unicode it would read as the Latin name.
    assertThat(DisplayHost.of("xn--pple-43d.example")).isEqualTo("xn--pple-43d.example");
    assertThat(DisplayHost.of("www.xn--pple-43d.xn--bcher-kva.example")).isEqualTo("www.xn--pple-43d.bücher.example");
  }

  @Test
  void theCanonicalUrlKeepsPunycodeAndItsDisplaySiteIsUnicode() {
    CanonicalUrl unicode = CanonicalUrl.of("https://www.zeitung-müritz.example/lokales/fähre.html");
    CanonicalUrl ascii = CanonicalUrl.of("https://www.xn--zeitung-mritz-4ob.example/lokales/f%C3%A4hre.html");
    assertThat(unicode).isEqualTo(ascii);
    assertThat(unicode.toString()).startsWith("https://www.xn--zeitung-mritz-4ob.example/");
    assertThat(unicode.site()).isEqualTo("xn--zeitung-mritz-4ob.example");
    assertThat(unicode.displaySite()).isEqualTo("zeitung-müritz.example");
    assertThat(CanonicalUrl.of("https://www.city-daily.example/a").displaySite()).isEqualTo("city-daily.example");
  }
}
