package dev.newsstream.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a WARC.gz shaped like a Common Crawl segment file, with jwarc's writer: one warcinfo, then per capture a
 * request, a response and a metadata record, each its own gzip member. Like Common Crawl, payloads are stored
 * decoded (the original encoding kept as X-Crawler-Content-Encoding), most responses are HTML 200s, and some are
 * redirects or other types. Page sizes vary like real news pages (9-50 KB with inline style and script).
 */
final class CrawlArchiveGenerator {
  /** What was written: responses by kind, and the file size. */
  record Written(int htmlPages, int redirects, int otherTypes, long bytes) {
    int responses() {
      return htmlPages + redirects + otherTypes;
    }
  }

  private CrawlArchiveGenerator() {}

  static Written write(Path file, int responses, long seed) throws IOException {
    Random random = new Random(seed);
    Instant start = Instant.parse("2025-11-25T00:00:00Z");
    int html = 0;
    int redirects = 0;
    int other = 0;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      Warcinfo info = new Warcinfo.Builder().date(start).fields(java.util.Map.of(
          "software", List.of("newsstream bench warc"), "format", List.of("WARC File Format 1.1"),
          "description", List.of("Common-Crawl-shaped synthetic crawl"))).build();
      writer.write(info);
      for (int i = 0; i < responses; i++) {
        String host = "news" + (i % 97) + ".example";
        String url = "https://" + host + "/2025/11/" + (i % 28 + 1) + "/story-" + i + ".html";
        Instant date = start.plusMillis(i * 137L);
        int roll = random.nextInt(100);
        HttpResponse http;
        byte[] payload;
        if (roll < 3) {
          redirects++;
          http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Date", "Tue, 25 Nov 2025 10:00:00 GMT")
              .addHeader("Location", url.replace("https://", "https://www.")).addHeader("Server", "nginx")
              .body(MediaType.HTML, new byte[0]).build();
          payload = new byte[0];
        } else if (roll < 6) {
          other++;
          byte[] bytes = new byte[2_000 + random.nextInt(20_000)];
          random.nextBytes(bytes);
          payload = bytes;
          http = new HttpResponse.Builder(200, "OK").addHeader("Date", "Tue, 25 Nov 2025 10:00:00 GMT")
              .addHeader("Server", "nginx").body(MediaType.parse(roll == 3 ? "image/jpeg" : "application/pdf"), bytes)
              .build();
        } else {
          html++;
          byte[] page = page(random, i, url).getBytes(StandardCharsets.UTF_8);
          payload = page;
          http = new HttpResponse.Builder(200, "OK").addHeader("Date", "Tue, 25 Nov 2025 10:00:00 GMT")
              .addHeader("Server", "nginx").addHeader("Cache-Control", "max-age=300")
              .addHeader("X-Crawler-Content-Encoding", "gzip")
              .addHeader("X-Crawler-Content-Length", Integer.toString(page.length / 4))
              .body(MediaType.parse("text/html; charset=utf-8"), page).build();
        }
        URI target = URI.create(url);
        WarcRequest request = new WarcRequest.Builder(target).date(date)
            .body(new HttpRequest.Builder("GET", target.getRawPath()).addHeader("Host", host)
                .addHeader("User-Agent", "CCBot/2.0 (https://commoncrawl.org/faq/)")
                .addHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .addHeader("Accept-Encoding", "br,gzip").build())
            .build();
        WarcResponse response = new WarcResponse.Builder(target).date(date).concurrentTo(request.id())
            .body(http).payloadDigest(sha1(payload)).build();
        WarcMetadata metadata = new WarcMetadata.Builder().targetURI(target).date(date)
            .body(MediaType.WARC_FIELDS, ("fetchTimeMs: " + (50 + random.nextInt(900)) + "\r\ncharset-detected: UTF-8\r\n"
                + "languages-cld2: {\"reliable\":true,\"languages\":[{\"code\":\"en\",\"code-iso-639-3\":\"eng\"}]}\r\n")
                .getBytes(StandardCharsets.UTF_8))
            .build();
        writer.write(request);
        writer.write(response);
        writer.write(metadata);
      }
    }
    return new Written(html, redirects, other, Files.size(file));
  }

  private static WarcDigest sha1(byte[] payload) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(payload);
      return new WarcDigest(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A news page of about 9-50 KB (27 KB on average): HtmlTemplates' article shapes behind inline CSS and script. */
  static String page(Random random, int i, String url) {
    List<String> paragraphs = new ArrayList<>();
    String[] sentences = HtmlTemplates.SEED_TEXT.split("(?<=\\.) ");
    int n = 6 + random.nextInt(14);
    for (int p = 0; p < n; p++) {
      StringBuilder text = new StringBuilder("Story " + i + ", part " + p + ": ");
      for (int s = 0; s < 3 + random.nextInt(4); s++) {
        text.append(sentences[random.nextInt(sentences.length)]).append(' ');
      }
      paragraphs.add(text.toString().strip());
    }
    String article = HtmlTemplates.render(i % HtmlTemplates.COUNT, url, "Story " + i + " from the coast", paragraphs);
    StringBuilder style = new StringBuilder("<style>");
    int rules = 150 + random.nextInt(900);
    for (int r = 0; r < rules; r++) {
      style.append(".c").append(r).append("{margin:").append(r % 17).append("px;color:#").append(Integer.toHexString(0x100000 + r * 37))
          .append("}\n");
    }
    style.append("</style>");
    String script = "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        + "gtag('js',new Date());gtag('config','G-" + (i % 1000) + "');</script>";
    int head = article.indexOf("</head>");
    return head < 0 ? style + article : article.substring(0, head) + style + script + article.substring(head);
  }
}
