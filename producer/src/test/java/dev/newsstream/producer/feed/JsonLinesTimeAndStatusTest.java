package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.schema.RawPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetchedAt numbers (seconds vs milliseconds, implausible times) and HTTP status skips in JSON lines. */
class JsonLinesTimeAndStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RawPageFactory factory = new RawPageFactory("jsonl-test", 1 << 20);
  @TempDir Path dir;

  private List<FeedItem> read(String... lines) throws Exception {
    Path file = Files.writeString(dir.resolve("t.jsonl"), String.join("\n", lines) + "\n");
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, factory)) {
      feed.forEachRemaining(items::add);
    }
    return items;
  }

  private static String page(String path, String extra) {
    return "{\"url\":\"https://a.example/" + path + "\",\"html\":\"<p>x</p>\"" + extra + "}";
  }

  @Test
  void epochSecondsAndMillisecondsAreToldApartByDigitCountAsThePageParserDoes() throws Exception {
    List<FeedItem> items = read(page("s", ",\"fetchedAt\":1733000000"), page("ms", ",\"fetchedAt\":1733000000123"),
        page("str", ",\"fetchedAt\":\"1733000000\""));
    assertThat(items).allMatch(FeedItem.Page.class::isInstance);
    assertThat(items).extracting(i -> ((FeedItem.Page) i).page().getFetchedAt()).containsExactly(
        Instant.parse("2024-11-30T20:53:20Z"), Instant.parse("2024-11-30T20:53:20.123Z"),
        Instant.parse("2024-11-30T20:53:20Z"));
  }

  @Test
  void implausibleCrawlTimesAreDroppedWithAWarningAndThePageKept() throws Exception {
    Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // RawPage keeps ms
    List<FeedItem> items = read(page("old", ",\"fetchedAt\":631151999"), // 9 digits: 1989-12-31, seconds
        page("ahead", ",\"fetchedAt\":\"2099-12-07T00:00:00Z\""),
        page("odd", ",\"fetchedAt\":17330000001"), // 11 digits: neither unit
        page("ok", ",\"fetchedAt\":\"" + before.minus(Duration.ofHours(2)) + "\""));
    assertThat(items).filteredOn(FeedItem.Warning.class::isInstance).extracting(i -> ((FeedItem.Warning) i).message())
        .satisfiesExactly(
            m -> assertThat(m).startsWith("optional field 'fetchedAt' dropped: 'fetchedAt' 631151999 is not a "
                + "plausible crawl time: 1989-12-31T23:59:59Z is before 1990"),
            m -> assertThat(m).contains("2099-12-07T00:00:00Z is more than a day ahead of now"),
            m -> assertThat(m).contains("17330000001 is neither epoch seconds (9-10 digits) nor epoch milliseconds"));
    List<RawPage> pages = items.stream().filter(FeedItem.Page.class::isInstance)
        .map(i -> ((FeedItem.Page) i).page()).toList();
    assertThat(pages).hasSize(4);
    assertThat(pages.subList(0, 3)).as("dropped: the default, now").allSatisfy(
        p -> assertThat(p.getFetchedAt()).isBetween(before, Instant.now()));
    assertThat(pages.get(3).getFetchedAt()).isEqualTo(before.minus(Duration.ofHours(2)));
  }

  @Test
  void theHttpApiRefusesAnImplausibleFetchedAtAndAcceptsOneWithinTheDaysSlack() throws Exception {
    Instant now = Instant.parse("2026-12-07T08:00:00Z");
    assertThatThrownBy(() -> JsonPages.fetchedAt(JSON.readTree("1733000"), now))
        .hasMessageContaining("neither epoch seconds");
    assertThatThrownBy(() -> JsonPages.fetchedAt(JSON.readTree("\"2026-12-08T08:00:01Z\""), now))
        .hasMessageContaining("more than a day ahead");
    assertThat(JsonPages.fetchedAt(JSON.readTree("\"2026-12-08T07:59:59+00:00\""), now))
        .isEqualTo(Instant.parse("2026-12-08T07:59:59Z"));
  }

  @Test
  void recordsWithARedirectOrErrorStatusAreSkippedAndCountedLikeWarcResponses() throws Exception {
    List<FeedItem> items = read(page("ok", ",\"status\":200"), page("moved", ",\"status\":301"),
        page("gone", ",\"status\":404,\"fetchedAt\":\"bad\""), page("err", ",\"httpStatus\":503"),
        page("unknown", ""));
    assertThat(items).extracting(i -> i.getClass().getSimpleName() + " " + i.name().replaceAll(".*:", ""))
        .containsExactly("Page 1", "Skipped 2", "Skipped 3", "Skipped 4", "Page 5");
    assertThat(items).filteredOn(FeedItem.Skipped.class::isInstance).extracting(i -> ((FeedItem.Skipped) i).reason())
        .containsExactly("HTTP 3xx", "HTTP 4xx", "HTTP 5xx");
  }
}
