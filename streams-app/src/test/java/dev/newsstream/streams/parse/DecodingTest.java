package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 14 item 5, parse side: bytes to text without whole-page mojibake, UTF-16 parsed, CJK-Latin spaces kept. */
class DecodingTest {
  private static final String PROSE = "<p>Die Stadtwerke erhöhen die Gebühren für Müllabfuhr und Straßenreinigung "
      + "ab Jänner um drei Prozent, teilte die Geschäftsführung am Montag mit; Härtefälle können Ermäßigung beantragen.</p>";
  private final PageParser parser = new PageParser(10_000_000);

  private static byte[] utf8WithBadBytes(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] good = html.getBytes(StandardCharsets.UTF_8);
    out.write(good, 0, good.length);
    // a pasted windows-1252 quote and a truncated sequence: invalid UTF-8
    out.write(new byte[] {' ', (byte) 0x93, 'x', (byte) 0x94, ' ', (byte) 0xC3}, 0, 6);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "utf-8", "UTF-8"})
  void utf8WithAFewInvalidBytesReplacesOnlyThoseBytes(String header) {
    String html = "<html><head><meta charset=\"utf-8\"><title>Gebühren</title></head><body>" + PROSE + PROSE + "</body></html>";
    String text = CharsetDetection.decode(utf8WithBadBytes(html), header.isEmpty() ? null : header);
    assertThat(text).startsWith(html).contains("erhöhen", "Straßenreinigung").doesNotContain("Ã");
    assertThat(text.substring(html.length())).isEqualTo(" \uFFFDx\uFFFD \uFFFD");
  }

  @Test
  void legacyTextIsNotTakenForUtf8() {
    byte[] latin = ("<p>" + "Gebühren für Straßenreinigung, Härtefälle. ".repeat(5) + "</p>").getBytes(Charset.forName("windows-1252"));
    assertThat(CharsetDetection.isMostlyUtf8(latin)).isFalse();
    assertThat(CharsetDetection.decode(latin, "windows-1252")).contains("Gebühren für Straßenreinigung");
    assertThat(CharsetDetection.isMostlyUtf8("Gebühren für Straßenreinigung".getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void textDumpWithAFewInvalidBytesIsNotDecodedAsWindows1252() {
    byte[] bytes = utf8WithBadBytes("Gebühren für Straßenreinigung steigen, Härtefälle können Ermäßigung beantragen.");
    assertThat(PageParser.decodeText(bytes, null)).startsWith("Gebühren für Straßenreinigung");
  }

  private static byte[] withBom(String text, Charset cs, byte... bom) {
    byte[] body = text.getBytes(cs);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Gebühren steigen</title></head>"
      + "<body><article><h1>Gebühren steigen</h1>" + PROSE + PROSE + "</article></body></html>";

  @Test
  void utf16WithByteOrderMarkParsesAsText() {
    for (byte[] page : new byte[][] {withBom(PAGE, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
        withBom(PAGE, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)}) {
      ParseOutcome o = parser.parse(page, "https://news.example.com/a", null);
      assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
      ParsedArticle a = ((ParseOutcome.Parsed) o).article();
      assertThat(a.title()).isEqualTo("Gebühren steigen");
      assertThat(a.body()).contains("Straßenreinigung");
    }
  }

  @Test
  void utf16DeclaredInTheHttpHeaderParsesAsText() {
    ParseOutcome o = parser.parse(PAGE.getBytes(StandardCharsets.UTF_16LE), "https://news.example.com/a", "UTF-16LE");
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    assertThat(((ParseOutcome.Parsed) o).article().body()).contains("Straßenreinigung");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reported/utf16/page-utf16le-bom.html", "reported/utf16/page-utf16be-bom.html"})
  void reportedUtf16PagesParse(String file) {
    // The parse stage on its own: whether a feed passes these bytes on is the producer's sniffing.
    ParseOutcome o = parser.parse(SharedEval.bytes(file), "https://news.example.com/utf16", null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    ParsedArticle a = ((ParseOutcome.Parsed) o).article();
    assertThat(a.title()).isNotBlank().doesNotContain("\u0000").doesNotContain("\uFFFD");
    assertThat(a.body()).doesNotContain("\u0000").doesNotContain("\uFFFD");
    assertThat(TextNormalizer.wordCount(a.body())).isGreaterThan(50);
  }

  @Test
  void spacesBetweenCjkAndLatinWordsAreKept() {
    String html = "<html><head><title>東京で Apple が新製品を発表</title></head><body><article><h1>東京で Apple が新製品を発表</h1>"
        + "<p><span>東京で</span> <span>Apple</span> が新しい <a href=\"/i\">iPhone</a> 16 を発表した。会場には多くの記者が集まり、CEO の\n"
        + "Tim Cook 氏が登壇した。新製品は来月から販売される予定で、価格は 12 万円からとなる。</p>"
        + "<p>北京的<em> Google </em>办公室今天宣布了新的\u3000AI 计划，该计划将在明年启动。这是 Google 在中国的第一个大型项目，引起了广泛关注。</p>"
        + "</article></body></html>";
    ParsedArticle a = ((ParseOutcome.Parsed) parser.parse(html.getBytes(StandardCharsets.UTF_8),
        "https://news.example.com/jp", null)).article();
    assertThat(a.body()).contains("東京で Apple が新しい iPhone 16 を", "CEO の Tim Cook 氏", "北京的 Google 办公室",
        "新的\u3000AI 计划");
    assertThat(TextNormalizer.normalize(a.body())).contains("東京で apple が新しい iphone 16");
  }
}
