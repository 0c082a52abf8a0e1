package dev.newsstream.producer.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Small crawls written with jwarc's writer, record by record, so that tests can damage single records. */
final class DamagedWarcs {
  static final Instant DATE = Instant.parse("2025-11-25T10:15:30Z");

  private DamagedWarcs() {}

  static String url(int i) {
    return "https://news.example/2025/story-" + i + ".html";
  }

  static String html(int i) {
    return "<!DOCTYPE html><html><head><title>Story " + i + "</title></head><body><article><p>Story number " + i
        + " tells what happened in the harbour on Tuesday and what the council will do next.</p></article>"
        + "</body></html>";
  }

  /** One HTML 200 response record for story {@code i}, as its own byte block (gzip member when {@code gzip}). */
  static byte[] response(int i, boolean gzip) throws IOException {
    return record(new WarcResponse.Builder(URI.create(url(i))).date(DATE)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
            .body(MediaType.HTML_UTF8, html(i).getBytes(StandardCharsets.UTF_8)).build())
        .build(), gzip);
  }

  static byte[] response(String url, String contentType, byte[] body, String contentEncoding,
      String payloadDigest) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK");
    if (contentType != null) {
      http.addHeader("Content-Type", contentType);
    }
    if (contentEncoding != null) {
      http.addHeader("Content-Encoding", contentEncoding);
    }
    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(DATE)
        .body(http.body(null, body).build());
    if (payloadDigest != null) {
      b.payloadDigest(new WarcDigest(payloadDigest));
    }
    return record(b.build(), false);
  }

  static byte[] revisit(String url, String payloadDigest) throws IOException {
    WarcRevisit.Builder b = new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0)
        .date(DATE.plusSeconds(3600)).payloadDigest(new WarcDigest(payloadDigest))
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").body(null, new byte[0])
            .build());
    return record(b.build(), false);
  }

  static byte[] record(org.netpreserve.jwarc.WarcRecord record, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      writer.write(record);
    }
    return out.toByteArray();
  }

  static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  static List<byte[]> responses(int n, boolean gzip) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(response(i, gzip));
    }
    return out;
  }
}
