package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.producer.RawPageReader;
import dev.newsstream.schema.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every feed input in {@code ../shared/eval/warc} and {@code ../shared/eval/reported} through {@code produce} to a
 * real broker, one run per file, with the counts each file must give: pages sent, records skipped by reason,
 * failures. Skipped when the eval folder is missing.
 *
 * <p>How the expected counts are known: the record list of each archive from jwarc's own lister
 * ({@code java -cp jwarc.jar org.netpreserve.jwarc.tools.WarcTool ls FILE}, which stops at the first damage),
 * the record starts in the bytes ({@code grep -abo 'WARC/1.0'}, and {@code zcat} for the gzip files), and the
 * damage each file is named and documented for (shared/eval/README.md): e.g. example-trunc.warc is example.warc
 * with the response's gzip body cut short, so its response fails and the request after it is still read;
 * d-wrong-content-length-middle.warc has three responses, the second one's Content-Length 16 bytes short, so all
 * three are sent and the 16 stray bytes are a warning (a framing gap), not a failure. Revisits point to the response with the same payload
 * digest earlier in the same file.
 */
class EvalFeedsIT {
  static final String WARCINFO = "WARC warcinfo record";
  static final String REQUEST = "WARC request record";
  static final String REVISIT_SEEN = "WARC revisit of a capture read earlier in this run";
  static final String NOT_HTML = "not HTML";

  record Expect(int sent, Map<String, Long> skipped, int failed) {}

  static Expect pages(int n) {
    return new Expect(n, Map.of(), 0);
  }

  /** Per file (relative to shared/eval): what it must give. */
  static final Map<String, Expect> EXPECTED = new TreeMap<>(Map.ofEntries(
      Map.entry("warc/example.warc", new Expect(1, Map.of(WARCINFO, 2L, REQUEST, 2L, REVISIT_SEEN, 1L), 0)),
      Map.entry("warc/example.warc.gz", new Expect(1, Map.of(WARCINFO, 2L, REQUEST, 2L, REVISIT_SEEN, 1L), 0)),
      Map.entry("warc/example-bad-non-chunked.warc.gz",
          new Expect(1, Map.of(WARCINFO, 2L, REQUEST, 2L, REVISIT_SEEN, 1L), 0)),
      Map.entry("warc/example-digest.warc", new Expect(0, Map.of(REQUEST, 4L), 0)),
      Map.entry("warc/example-iana.org-chunked.warc", new Expect(1, Map.of(WARCINFO, 1L, REQUEST, 1L), 0)),
      Map.entry("warc/example-space-in-target-uri.warc.gz", new Expect(0, Map.of(WARCINFO, 1L, NOT_HTML, 1L), 0)),
      // Its gzip body lacks the last 2 bytes of the trailer only: the page is whole and is sent.
      Map.entry("warc/example-trunc.warc", new Expect(1, Map.of(WARCINFO, 2L, REQUEST, 1L), 0)),
      Map.entry("warc/example-wrong-chunks.warc.gz", new Expect(1, Map.of(REQUEST, 1L), 0)),
      Map.entry("warc/example.arc.gz", new Expect(1, Map.of(WARCINFO, 1L), 0)),
      Map.entry("reported/cjk-near-duplicates/1-zh-original.html", pages(1)),
      Map.entry("reported/cjk-near-duplicates/2-zh-syndicated-copy.html", pages(1)),
      Map.entry("reported/cjk-near-duplicates/3-zh-unrelated.html", pages(1)),
      Map.entry("reported/epoch-dates/a-jsonld-epoch-seconds-number.html", pages(1)),
      Map.entry("reported/epoch-dates/b-meta-epoch-millis-string.html", pages(1)),
      Map.entry("reported/epoch-dates/c-meta-epoch-seconds-string.html", pages(1)),
      Map.entry("reported/epoch-dates/d-time-datetime-epoch.html", pages(1)),
      Map.entry("reported/idn-host/min-idn-unicode-host.jsonl", pages(1)),
      Map.entry("reported/title-h1-site-name/journal-post.html", pages(1)),
      Map.entry("reported/utf16/page-utf16be-bom.html", pages(1)),
      Map.entry("reported/utf16/page-utf16le-bom.html", pages(1)),
      Map.entry("reported/utf16/utf16-pages.warc", pages(2)),
      Map.entry("reported/warc-encoding/min-gzip-header-plain-body.warc", pages(1)),
      Map.entry("reported/warc-encoding/non-html-records.warc", new Expect(0, Map.of(NOT_HTML, 2L), 0)),
      Map.entry("reported/warc-legacy/c-warc-0.18-lf-only.warc", pages(1)),
      Map.entry("reported/warc-legacy/d-wrong-content-length-middle.warc", new Expect(3, Map.of(), 0))));

  static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    assumeTrue(evalDir() != null, "../shared/eval not found: eval feed counts not checked");
    broker = LocalKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  static Path evalDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path eval = p.resolve("shared/eval");
      if (Files.isDirectory(eval.resolve("warc")) && Files.isDirectory(eval.resolve("reported"))) {
        return eval;
      }
    }
    return null;
  }

  @Test
  void eachEvalFileGivesExactlyItsReadablePages() throws IOException {
    Path eval = evalDir();
    List<Path> files;
    try (Stream<Path> a = Files.walk(eval.resolve("warc")); Stream<Path> b = Files.walk(eval.resolve("reported"))) {
      files = Stream.concat(a, b).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    broker.createTopics(1, "eval.raw");
    List<String> table = new ArrayList<>();
    long sentTotal = 0;
    for (Path file : files) {
      String key = eval.relativize(file).toString().replace('\\', '/');
      assertThat(EXPECTED).as("expected counts for %s (a new eval file: read it and add its counts)", key)
          .containsKey(key);
      Expect expect = EXPECTED.get(key);
      ProduceCommand produce = new ProduceCommand();
      String out = run(produce, "-b", broker.bootstrapServers(), "-t", "eval.raw", "-q", file.toString());
      List<PageProducer.Failure> failures = produce.lastFailures();
      table.add(String.format("%-62s sent %d skipped %s failed %d", key, produce.lastSentCount(),
          produce.lastSummary().skippedByReason(), failures.size()));
      assertThat(produce.lastSentCount()).as("%s sent%n%s", key, out).isEqualTo(expect.sent());
      assertThat(produce.lastSummary().skippedByReason()).as("%s skipped%n%s", key, out).isEqualTo(expect.skipped());
      assertThat(failures).as("%s failures%n%s", key, out).hasSize(expect.failed())
          .allSatisfy(f -> assertThat(f.reason()).isNotBlank());
      if (key.endsWith("d-wrong-content-length-middle.warc")) {
        assertThat(out).as(key).contains("1 warning (no page lost):", "framing gap: bytes 1640-1656");
      }
      sentTotal += expect.sent();
    }
    System.out.println(String.join("\n", table));
    List<RawPage> pages = RawPageReader.readAll(broker.bootstrapServers(), "eval.raw", (int) sentTotal,
        Duration.ofSeconds(30));
    assertThat(pages).hasSize((int) sentTotal);
    // The UTF-16 pages arrive with the charset their byte-order mark says.
    assertThat(pages).filteredOn(p -> p.getUrl().contains("vendanges")).extracting(RawPage::getCharset)
        .containsOnly("utf-16le", "utf-16be").hasSize(4);
  }

  private static String run(ProduceCommand produce, String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      new CommandLine(produce).execute(args);
    } finally {
      System.setOut(stdout);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
