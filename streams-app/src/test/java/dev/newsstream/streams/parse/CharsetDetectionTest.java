package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages in legacy charsets, declared or not, and with a wrong HTTP header: decoded text never has mojibake. */
class CharsetDetectionTest {
  static final String FRENCH = "Café « crème » à l’été — naïve façade, 20 €";
  static final String RUSSIAN = "Драматический театр вернулся в отреставрированное здание после реставрации";

  static byte[] page(String metaCharset, String text, Charset cs) {
    String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
    return ("<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>").getBytes(cs);
  }

  @Test
  void windows1252DeclaredInMeta() {
    Charset cs = Charset.forName("windows-1252");
    assertThat(CharsetDetection.decode(page("windows-1252", FRENCH, cs), null)).contains(FRENCH);
  }

  @Test
  void latin1LabelMeansWindows1252AsInBrowsers() {
    Charset cs = Charset.forName("windows-1252");
    assertThat(CharsetDetection.decode(page("iso-8859-1", FRENCH, cs), null)).contains(FRENCH); // € and ’ survive
  }

  @Test
  void iso88595AndKoi8rDeclared() {
    assertThat(CharsetDetection.decode(page("iso-8859-5", RUSSIAN, Charset.forName("ISO-8859-5")), null)).contains(RUSSIAN);
    assertThat(CharsetDetection.decode(page("koi8-r", RUSSIAN, Charset.forName("KOI8-R")), null)).contains(RUSSIAN);
    String httpEquiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>"
        + RUSSIAN + "</body></html>";
    assertThat(CharsetDetection.decode(httpEquiv.getBytes(Charset.forName("KOI8-R")), null)).contains(RUSSIAN);
  }

  @Test
  void undeclaredCyrillicIsGuessedByLetterCase() {
    assertThat(CharsetDetection.decode(page(null, RUSSIAN, Charset.forName("windows-1251")), null)).contains(RUSSIAN);
    assertThat(CharsetDetection.decode(page(null, RUSSIAN, Charset.forName("KOI8-R")), null)).contains(RUSSIAN);
  }

  @Test
  void undeclaredGermanWindows1252IsNotTakenForCyrillic() {
    // Mostly lower-case umlauts and ß: by letter case alone the bytes look like windows-1251 ("sдmtliche ьber").
    String german = "Aufgrund der derzeitigen Unsicherheiten haben wir uns dazu entschieden, sämtliche Dateien nicht, "
        + "wie bislang üblich, über fremde Server zu laden. Größere Änderungen für die Nutzer gibt es nicht; "
        + "die Vorlagen können wie gewohnt genutzt werden, außer dass sie nun schöner und schneller laden. "
        + "Übrigens: für ältere Vorlagen gilt das ebenso, ob groß oder klein, süß oder sauer, früh oder spät.";
    assertThat(CharsetDetection.decode(page(null, german, Charset.forName("windows-1252")), null)).contains(german);
  }

  @Test
  void headerCharsetWinsWhenRight() {
    assertThat(CharsetDetection.decode(page(null, RUSSIAN, Charset.forName("windows-1251")), "windows-1251"))
        .contains(RUSSIAN);
  }

  @Test
  void wrongHeaderDoesNotProduceMojibake() {
    // Server says Latin-1, page is UTF-8 (and says so).
    assertThat(CharsetDetection.decode(page("utf-8", FRENCH, StandardCharsets.UTF_8), "ISO-8859-1")).contains(FRENCH);
    // Server says UTF-8, page is windows-1251 and says so in its meta.
    assertThat(CharsetDetection.decode(page("windows-1251", RUSSIAN, Charset.forName("windows-1251")), "utf-8"))
        .contains(RUSSIAN);
    // Server says a Latin default, page is KOI8-R per its meta.
    assertThat(CharsetDetection.decode(page("koi8-r", RUSSIAN, Charset.forName("KOI8-R")), "iso-8859-1"))
        .contains(RUSSIAN);
    // Unknown header label is ignored.
    assertThat(CharsetDetection.decode(page("utf-8", FRENCH, StandardCharsets.UTF_8), "x-no-such")).contains(FRENCH);
  }

  @Test
  void byteOrderMarkWins() {
    byte[] utf8 = page("windows-1252", FRENCH, StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(CharsetDetection.decode(withBom, "windows-1252")).startsWith("<html>").contains(FRENCH);
    byte[] utf16 = ("\uFEFF" + "<html><body>" + RUSSIAN + "</body></html>").getBytes(StandardCharsets.UTF_16BE);
    assertThat(CharsetDetection.decode(utf16, null)).contains(RUSSIAN);
  }

  @Test
  void utf8ValidatorIsStrict() {
    assertThat(CharsetDetection.isValidUtf8("plain ascii é ж 東 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(CharsetDetection.isValidUtf8(new byte[] {(byte) 0xC3})).isFalse(); // truncated
    assertThat(CharsetDetection.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse(); // overlong
    assertThat(CharsetDetection.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
    assertThat(CharsetDetection.isValidUtf8("café".getBytes(Charset.forName("windows-1252")))).isFalse();
  }

  @Test
  void endToEndTitleAndBodyAreClean() {
    String html = "<html><head><meta charset=\"windows-1251\"><title>Театр вернулся</title></head><body><article>"
        + "<h1>Театр вернулся</h1><p>" + RUSSIAN + ". Первый спектакль на обновлённой сцене покажут в субботу вечером, "
        + "сообщили в театре.</p></article></body></html>";
    ParseOutcome out = new PageParser(1 << 20).parse(html.getBytes(Charset.forName("windows-1251")),
        "https://example.ru/a", "utf-8");
    assertThat(out).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) out).article();
    assertThat(a.title()).isEqualTo("Театр вернулся");
    assertThat(a.body()).contains(RUSSIAN).doesNotContain("\uFFFD");
    assertThat(a.language()).isEqualTo("ru");
  }
}
