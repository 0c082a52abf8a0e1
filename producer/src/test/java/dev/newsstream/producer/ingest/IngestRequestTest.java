package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.producer.feed.RawPageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestRequestTest {
  private final RawPageFactory factory = new RawPageFactory("http", 1000);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBatchGivesOneEntryPerPageWithPerPageErrors() throws Exception {
    List<IngestRequest.Entry> entries = IngestRequest.parse("application/json; charset=utf-8", null, utf8("["
        + "{\"url\":\"https://a.example/1\",\"html\":\"<p>1</p>\"},"
        + "{\"url\":\"https://a.example/2\",\"html\":\"" + "x".repeat(2000) + "\"},"
        + "\"just a string\"]"), factory);
    assertThat(entries).extracting(IngestRequest.Entry::index).containsExactly(0, 1, 2);
    assertThat(entries.get(0).valid()).isTrue();
    assertThat(entries.get(1).error()).startsWith("page too large: 2000 bytes");
    assertThat(entries.get(1).url()).isEqualTo("https://a.example/2");
    assertThat(entries.get(2).error()).isEqualTo("expected a JSON object with url and html or text, got string");
  }

  @Test
  void rawHtmlTakesUrlStatusAndTimeFromTheQueryAndCharsetFromContentType() throws Exception {
    List<IngestRequest.Entry> entries = IngestRequest.parse("text/html; charset=\"Windows-1252\"",
        "url=https%3A%2F%2Fa.example%2Fx%3Fa%3D1&status=203&fetchedAt=2025-11-25T10:00:00Z&source=nutch",
        new byte[] {'<', 'p', '>', (byte) 0xE9, '<', '/', 'p', '>'}, factory);
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.page().getUrl()).isEqualTo("https://a.example/x?a=1");
      assertThat(e.page().getHttpStatus()).isEqualTo(203);
      assertThat(e.page().getFetchedAt()).isEqualTo(Instant.parse("2025-11-25T10:00:00Z"));
      assertThat(e.page().getCharset()).isEqualTo("windows-1252");
      assertThat(e.page().getSource()).isEqualTo("nutch");
    });
  }

  @Test
  void wholeRequestErrorsCarryTheirStatus() {
    assertThatThrownBy(() -> IngestRequest.parse("application/json", null, utf8("{\"url\": "), factory))
        .isInstanceOf(IngestRequest.BadRequest.class).hasMessageStartingWith("body is not valid JSON")
        .satisfies(e -> assertThat(((IngestRequest.BadRequest) e).status()).isEqualTo(400));
    assertThatThrownBy(() -> IngestRequest.parse("application/json", null, utf8("[]"), factory))
        .hasMessage("empty batch: the array holds no pages");
    assertThatThrownBy(() -> IngestRequest.parse("application/json", null, utf8("42"), factory))
        .hasMessageStartingWith("body must be a page object");
    assertThatThrownBy(() -> IngestRequest.parse("application/json", null, new byte[0], factory))
        .hasMessage("empty request body");
    assertThatThrownBy(() -> IngestRequest.parse(null, null, utf8("x"), factory))
        .satisfies(e -> assertThat(((IngestRequest.BadRequest) e).status()).isEqualTo(415));
  }

  @Test
  void inFlightLimitIsAllOrNothing() {
    InFlightLimit limit = new InFlightLimit(3, 100);
    assertThat(limit.tryAcquire(2, 60)).isTrue();
    assertThat(limit.tryAcquire(2, 10)).as("pages full").isFalse();
    assertThat(limit.tryAcquire(1, 50)).as("bytes full").isFalse();
    assertThat(limit.pages()).isEqualTo(2);
    limit.release(2, 60);
    assertThat(limit.tryAcquire(3, 100)).isTrue();
    assertThat(limit.fits(4, 1)).isFalse();
    assertThat(limit.fits(3, 100)).isTrue();
  }
}
