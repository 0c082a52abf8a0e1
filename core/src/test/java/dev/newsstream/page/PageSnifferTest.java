package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageSnifferTest {

  @Test
  void recognisesTheTextDumpHeaderEvenWithLeadingSpaceAndBom() {
    String dump = "\uFEFF date 2025-11-25 https://example.com/a.html\nTitle\n";
    assertThat(TextDumpHeader.parse(dump)).contains(new TextDumpHeader(LocalDate.of(2025, 11, 25), "https://example.com/a.html"));
    assertThat(PageSniffer.kind(dump.getBytes(StandardCharsets.UTF_8))).isEqualTo(PageSniffer.Kind.TEXT_DUMP);
    assertThat(PageSniffer.declaredUrl(dump.getBytes(StandardCharsets.UTF_8))).contains("https://example.com/a.html");
  }

  @Test
  void rejectsHeadersWithBadDatesOrNoUrl() {
    assertThat(TextDumpHeader.parse("date 2025-13-45 https://example.com")).isEmpty();
    assertThat(TextDumpHeader.parse("date 2025-11-25")).isEmpty();
    assertThat(TextDumpHeader.parse("updated 2025-11-25 https://example.com")).isEmpty();
  }

  @Test
  void takesHtmlUrlFromCanonicalLinkThenOgUrl() {
    byte[] canonical = "<html><head><link rel=canonical href='https://ex.com/c'><meta property='og:url' content='https://ex.com/og'></head></html>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] og = "<html><head><meta property='og:url' content='https://ex.com/og'></head></html>".getBytes(StandardCharsets.UTF_8);
    byte[] none = "<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(PageSniffer.declaredUrl(canonical)).contains("https://ex.com/c");
    assertThat(PageSniffer.declaredUrl(og)).contains("https://ex.com/og");
    assertThat(PageSniffer.declaredUrl(none)).isEmpty();
  }

  @Test
  void readsDeclaredCharsetAndCallsOtherBytesUnknown() {
    assertThat(PageSniffer.declaredCharset("<html><meta charset=\"windows-1251\">".getBytes(StandardCharsets.UTF_8)))
        .contains("windows-1251");
    assertThat(PageSniffer.kind("just some words".getBytes(StandardCharsets.UTF_8))).isEqualTo(PageSniffer.Kind.UNKNOWN);
  }

  @Test
  void utf16WithByteOrderMarkIsHtmlWithItsUrlAndCharset() {
    String html = "<!DOCTYPE html><html><head><link rel=\"canonical\" href=\"https://ex.com/été\"></head>"
        + "<body><p>Vendanges</p></body></html>";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, html.getBytes(StandardCharsets.UTF_16BE));
    assertThat(PageSniffer.kind(le)).isEqualTo(PageSniffer.Kind.HTML);
    assertThat(PageSniffer.kind(be)).isEqualTo(PageSniffer.Kind.HTML);
    assertThat(PageSniffer.declaredUrl(le)).contains("https://ex.com/été");
    assertThat(PageSniffer.declaredCharset(le)).contains("utf-16le");
    assertThat(PageSniffer.declaredCharset(be)).contains("utf-16be");
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByTheHeaderCharset() {
    byte[] be = "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_16BE);
    byte[] le = "\n<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(PageSniffer.kind(be, "utf-16")).isEqualTo(PageSniffer.Kind.HTML);
    assertThat(PageSniffer.kind(le, "UTF-16LE")).isEqualTo(PageSniffer.Kind.HTML);
    assertThat(PageSniffer.kind(le, "UTF-16")).as("byte order from the NUL positions").isEqualTo(PageSniffer.Kind.HTML);
  }

  @Test
  void findsTheDocumentBehindMoreThan4KbOfInlineStyle() {
    String html = "<style>" + ".c { color: red; }\n".repeat(3000) + "</style>\n<!DOCTYPE html><html><head>"
        + "<link rel=canonical href='https://ex.com/styled'></head><body><p>Text</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(50_000);
    assertThat(PageSniffer.kind(body)).isEqualTo(PageSniffer.Kind.HTML);
    assertThat(PageSniffer.declaredUrl(body)).contains("https://ex.com/styled");
    // Plain prose of the same length is still not HTML: the deep look is only for markup prefixes.
    assertThat(PageSniffer.kind(("word ".repeat(20_000) + "<p>").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(PageSniffer.Kind.UNKNOWN);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
