package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reported inputs of issue 14 item 4 ({@code ../shared/eval/reported}), through the whole parse stage. */
class ReportedMetadataTest {
  private final PageParser parser = new PageParser(10_000_000);

  private ParsedArticle parse(String relative, String url) {
    ParseOutcome o = parser.parse(SharedEval.bytes(relative), url, null);
    assertThat(o).as(relative).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) o).article();
  }

  @Test
  void titleIsThePostsOwnTitleNotTheSiteNameInTheH1() {
    ParsedArticle a = parse("reported/title-h1-site-name/journal-post.html",
        "https://quietshelf.journal.example/2025/11/24/lighthouse-almanac.html");
    assertThat(a.title()).isEqualTo("Reading notes: the lighthouse keeper's almanac");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a-jsonld-epoch-seconds-number.html", "b-meta-epoch-millis-string.html",
      "c-meta-epoch-seconds-string.html", "d-time-datetime-epoch.html"})
  void epochDatesBecomeTheRightInstant(String file) {
    // a URL without a date in it, so only the page's epoch value can give the date
    ParsedArticle a = parse("reported/epoch-dates/" + file, "https://news.example.com/story");
    assertThat(a.publishedAt()).isNotNull();
    assertThat(a.publishedAt().toInstant()).isEqualTo(Instant.parse("2024-11-25T09:57:00Z"));
  }
}
