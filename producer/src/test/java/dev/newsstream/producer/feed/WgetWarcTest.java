package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newsstream.schema.RawPage;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A WARC written by a real crawler: wget --warc-file against a local HTTP server. Skipped without wget. */
class WgetWarcTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "compressed={0}")
  @ValueSource(booleans = {true, false})
  void readsWhatWgetWrote(boolean compressed) throws Exception {
    assumeTrue(wgetInstalled(), "wget not installed (apt-get install -y wget): skipping the wget WARC test");
    byte[] latin1 = ("<html><head><title>Caf\u00e9 news</title></head><body><p>Le caf\u00e9 a rouvert ses portes "
        + "apr\u00e8s trois mois de travaux.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story.html", ex -> reply(ex, 200, "text/html; charset=iso-8859-1", latin1));
    server.createContext("/logo.png", ex -> reply(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    server.createContext("/gone", ex -> reply(ex, 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
    server.start();
    Instant before = Instant.now().minusSeconds(2);
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> cmd = new ArrayList<>(List.of("wget", "--quiet", "--no-proxy", "--tries=1", "--timeout=10",
          "--warc-file=" + dir.resolve("crawl"), "--directory-prefix=" + dir.resolve("files")));
      if (!compressed) {
        cmd.add("--no-warc-compression");
      }
      cmd.addAll(List.of(base + "/story.html", base + "/logo.png", base + "/gone"));
      Process wget = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("wget.log").toFile()).start();
      assertThat(wget.waitFor(60, TimeUnit.SECONDS)).isTrue();
      // wget exits 8 because of the 404; the WARC is complete.
      Path warc = dir.resolve(compressed ? "crawl.warc.gz" : "crawl.warc");
      assertThat(warc).exists();

      List<FeedItem> items = new ArrayList<>();
      try (PageFeed feed = FeedFormat.AUTO.open(warc, null, new RawPageFactory("wget", 1 << 20))) {
        feed.forEachRemaining(items::add);
      }
      // Besides the HTTP records, wget writes warcinfo, request and metadata records, and its arguments and log as
      // text resources (metadata://gnu.org/... targets): all skipped, none sent.
      assertThat(items).filteredOn(FeedItem.Skipped.class::isInstance)
          .filteredOn(i -> !i.name().contains("metadata://") && !((FeedItem.Skipped) i).reason().startsWith("WARC "))
          .extracting(i -> ((FeedItem.Skipped) i).reason())
          .containsExactlyInAnyOrder("not HTML", "HTTP 4xx");
      assertThat(items).filteredOn(i -> i.name().contains("metadata://")).isNotEmpty()
          .allMatch(FeedItem.Skipped.class::isInstance);
      RawPage page = items.stream().filter(FeedItem.Page.class::isInstance).map(i -> ((FeedItem.Page) i).page())
          .reduce((a, b) -> { throw new AssertionError("more than one page: " + a.getUrl() + ", " + b.getUrl()); })
          .orElseThrow();
      assertThat(page.getUrl()).isEqualTo(base + "/story.html");
      assertThat(page.getHttpStatus()).isEqualTo(200);
      assertThat(page.getCharset()).isEqualTo("iso-8859-1");
      assertThat(page.getFetchedAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(2)));
      assertThat(WarcFeedTest.bytes(page.getBody())).isEqualTo(latin1);
    } finally {
      server.stop(0);
    }
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  static boolean wgetInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, "wget").canExecute()) {
        return true;
      }
    }
    return false;
  }
}
