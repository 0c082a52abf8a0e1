package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsstream.schema.RawPage;
import dev.newsstream.url.CanonicalUrl;
import java.net.IDN;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared reported case {@code idn-host}: JSON-lines pages whose URL has a non-ASCII host were refused with
 * "URL has no host". Each must be accepted, with the article id of the URL's punycode spelling.
 */
class ReportedIdnHostTest {
  static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../../shared/eval/reported/idn-host").normalize();

  @Test
  void pagesWithUnicodeHostsAreAcceptedUnderThePunycodeId() throws Exception {
    assumeTrue(Files.isDirectory(DIR), "shared eval data not found at " + DIR + " (needs ../shared beside the repo)");
    List<Path> files;
    try (var list = Files.list(DIR)) {
      files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no .jsonl file in " + DIR);
    RawPageFactory factory = new RawPageFactory("reported", 5 << 20);
    for (Path file : files) {
      List<FeedItem> items = new ArrayList<>();
      try (PageFeed feed = FeedFormat.AUTO.open(file, null, factory)) {
        feed.forEachRemaining(items::add);
      }
      assertThat(items).as(file.toString()).isNotEmpty().allSatisfy(item -> {
        assertThat(item).as(item.name()).isInstanceOf(FeedItem.Page.class);
        RawPage page = ((FeedItem.Page) item).page();
        // The punycode spelling, built with the JDK's URI and IDN only: host to ASCII, the rest as given.
        URI uri = new URI(page.getUrl().replace(hostOf(page.getUrl()), IDN.toASCII(hostOf(page.getUrl()))));
        assertThat(uri.getHost()).as("punycode spelling parses with an ASCII host").isNotNull();
        assertThat(CanonicalUrl.of(page.getUrl()).id()).isEqualTo(CanonicalUrl.of(uri.toString()).id());
        assertThat(CanonicalUrl.of(page.getUrl()).host()).matches("[a-z0-9.-]+").contains("xn--").isEqualTo(uri.getHost());
      });
    }
  }

  private static String hostOf(String url) throws Exception {
    return new URI(url).getRawAuthority();
  }
}
