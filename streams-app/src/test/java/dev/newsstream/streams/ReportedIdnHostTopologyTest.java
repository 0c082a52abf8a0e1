package dev.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.url.CanonicalUrl;
import java.net.IDN;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared reported case {@code idn-host} through the whole topology: a page whose URL has a non-ASCII host comes
 * out as a clean article whose id is that of the URL's punycode spelling, and the punycode spelling of the same page
 * is then the same article (SAME_URL), not a second one. The article's site, which people read, is the host in its
 * Unicode form (session 11: it was the punycode).
 */
class ReportedIdnHostTopologyTest {
  static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../../shared/eval/reported/idn-host").normalize();
  private static final AvroSerde<RawPage> RAW = new AvroSerde<>(RawPage.class);
  @TempDir Path stateDir;

  @Test
  void unicodeHostPageIsOneArticleWithThePunycodeId() throws Exception {
    assumeTrue(Files.isDirectory(DIR), "shared eval data not found at " + DIR + " (needs ../shared beside the repo)");
    List<Path> files;
    try (var list = Files.list(DIR)) {
      files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no .jsonl file in " + DIR);
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString()));
    try (PipelineTestDriver pipeline = PipelineTestDriver.start(cfg)) {
      TestInputTopic<String, byte[]> raw = pipeline.raw();
      TestOutputTopic<String, Article> clean = pipeline.clean();
      TestOutputTopic<String, ?> duplicates = pipeline.duplicates();
      Instant t = Instant.parse("2025-11-25T08:00:00Z");
      for (Path file : files) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode page = new ObjectMapper().readTree(line);
          String url = page.get("url").asText();
          String authority = new URI(url).getRawAuthority();
          String punycode = url.replace(authority, IDN.toASCII(authority));
          raw.pipeInput(new TestRecord<>(url, rawPage(url, page.get("html").asText(), t), t));
          raw.pipeInput(new TestRecord<>(punycode, rawPage(punycode, page.get("html").asText(), t.plusSeconds(60)),
              t.plusSeconds(60)));
          t = t.plusSeconds(3600);

          String host = authority.replaceFirst(":\\d+$", ""); // as written: URI.getHost is null for a non-ASCII host
          String shownSite = host.startsWith("www.") ? host.substring(4) : host;
          assertThat(clean.readValuesToList()).as(url).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo(CanonicalUrl.of(punycode).id());
            assertThat(a.getCanonicalUrl()).as("the URL keeps the ASCII host").contains("xn--");
            // The page names no site of its own: the site shown is its host, in Unicode as written, not punycode.
            assertThat(a.getSite()).isEqualTo(shownSite).doesNotContain("xn--");
          });
          assertThat(duplicates.readValuesToList()).as("the punycode spelling is the same article").hasSize(1);
        }
      }
    }
  }

  private static byte[] rawPage(String url, String html, Instant fetched) {
    RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setSource("reported")
        .setContentType("text/html").setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
        .setHeaders(Map.of()).build();
    return RAW.serializer().serialize("pages.raw", raw);
  }
}
