package dev.newsstream.producer.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes a small crawl as a real WARC file with jwarc's writer: the mix of records a crawler leaves. */
final class WarcFixtures {
  static final Instant FETCHED = Instant.parse("2025-11-25T10:15:30Z");
  static final String CYRILLIC_URL = "https://example.ru/news/2025/11/25/talks.html";
  static final String GZIP_URL = "https://example.com/world/gzip-story";
  static final Charset CP1251 = Charset.forName("windows-1251");

  private WarcFixtures() {}

  static String cyrillicHtml() {
    return "<html><head><title>Переговоры в Женеве</title></head><body><article><h1>Переговоры в Женеве</h1>"
        + "<p>Делегации провели в Женеве второй день переговоров о мирном урегулировании и договорились продолжить "
        + "работу на уровне экспертов на следующей неделе.</p></article></body></html>";
  }

  static String englishHtml() {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Storm hits coast</title></head><body><article>"
        + "<p>A storm hit the northern coast on Tuesday, cutting power to thousands of homes and closing two ports "
        + "for the rest of the week, officials said.</p></article></body></html>";
  }

  /** Writes: request, HTML 200 (cp1251), PNG 200, 301, 404, gzip-encoded HTML 200 (no charset). */
  static Path writeCrawl(Path file, boolean gzip) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      writer.write(new WarcRequest.Builder(URI.create(CYRILLIC_URL)).date(FETCHED)
          .body(new HttpRequest.Builder("GET", "/news/2025/11/25/talks.html").addHeader("Host", "example.ru").build())
          .build());
      writer.write(response(CYRILLIC_URL, new HttpResponse.Builder(200, "OK")
          .addHeader("Content-Type", "text/html; charset=windows-1251")
          .addHeader("Server", "nginx")
          .body(MediaType.parse("text/html; charset=windows-1251"), cyrillicHtml().getBytes(CP1251)).build()));
      writer.write(response("https://example.ru/logo.png", new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).build()));
      writer.write(response("https://example.ru/old", new HttpResponse.Builder(301, "Moved Permanently")
          .addHeader("Location", CYRILLIC_URL).body(MediaType.HTML, new byte[0]).build()));
      writer.write(response("https://example.ru/missing", new HttpResponse.Builder(404, "Not Found")
          .body(MediaType.HTML, "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)).build()));
      writer.write(response(GZIP_URL, new HttpResponse.Builder(200, "OK")
          .addHeader("Content-Type", "text/html")
          .addHeader("Content-Encoding", "gzip")
          .body(MediaType.HTML, gzip(englishHtml().getBytes(StandardCharsets.UTF_8))).build()));
    }
    return file;
  }

  private static WarcResponse response(String url, HttpResponse http) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
