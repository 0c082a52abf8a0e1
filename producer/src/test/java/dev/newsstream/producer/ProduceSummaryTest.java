package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.producer.feed.FeedItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each skipped item is named under its own reason, with its detail, never under another reason's heading. */
class ProduceSummaryTest {
  @Test
  void skippedItemsAreListedUnderTheirReasonWithTheirDetail() {
    ProduceSummary summary = new ProduceSummary();
    summary.skipped(new FeedItem.Skipped("a.warc@10 https://x.org/app.js", "not HTML"));
    summary.skipped(new FeedItem.Skipped("a.warc@20 https://x.org/logo.png", "not HTML"));
    summary.skipped(new FeedItem.Skipped("a.warc@30 https://x.org/", "WARC revisit of a capture read earlier in this run",
        "same payload as a.warc@0"));
    String out = print(summary);
    assertThat(out).contains("  skipped 2: not HTML\n    a.warc@10 https://x.org/app.js\n"
        + "    a.warc@20 https://x.org/logo.png\n");
    assertThat(out).contains("  skipped 1: WARC revisit of a capture read earlier in this run\n"
        + "    a.warc@30 https://x.org/: same payload as a.warc@0\n");
  }

  @Test
  void manyItemsOfOneReasonAreCountedAndTheFirstFewNamed() {
    ProduceSummary summary = new ProduceSummary();
    for (int i = 0; i < 8; i++) {
      summary.skipped(new FeedItem.Skipped("f" + i, "HTTP 4xx"));
    }
    assertThat(summary.skippedExamples("HTTP 4xx")).containsExactly("f0", "f1", "f2", "f3", "f4");
    assertThat(print(summary)).contains("  skipped 8: HTTP 4xx\n", "    f4\n    ... and 3 more\n")
        .doesNotContain("f5");
  }

  private static String print(ProduceSummary summary) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    summary.print(out, 0, 0, "pages.raw", "localhost:9092", 1.0, List.of());
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
