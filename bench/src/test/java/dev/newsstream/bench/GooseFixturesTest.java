package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.streams.parse.PageParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GooseFixturesTest {
  private static final String LEAD = "The harbour ferry will stop running in January, the council said on Tuesday, "
      + "after years of falling passenger numbers and rising costs.";

  @Test
  void readsPagesWithTheirTruthAndScoresThemWithTheRealParser(@TempDir Path dir) throws IOException {
    String body = "<p>" + LEAD + "</p><p>Second paragraph of the story about the harbour, long enough to count as "
        + "prose, with commas, and a full stop.</p><p>A third paragraph closes the story, with more words in it.</p>";
    Files.writeString(dir.resolve("test_ferry.html"), "<html><head><title>Ferry to stop | Harbour News</title></head>"
        + "<body><div class=\"nav\"><a href=\"/\">Home</a></div><article><h1>Ferry to stop</h1>" + body
        + "</article></body></html>");
    Files.writeString(dir.resolve("test_ferry.json"), "{\"url\":\"https://harbour.example/ferry\",\"expected\":"
        + "{\"cleaned_text\":\"" + LEAD.substring(0, 60) + "\",\"title\":\"Ferry to stop\"}}");
    Files.writeString(dir.resolve("test_tags.html"), "<html><body><a href=\"/t\">tag</a></body></html>");
    Files.writeString(dir.resolve("test_tags.json"), "{\"url\":\"\",\"expected\":{\"tags\":[\"x\"]}}");
    Files.writeString(dir.resolve("test_orphan.html"), "<html></html>"); // no truth beside it: ignored

    List<GooseFixtures.Fixture> pages = GooseFixtures.load(dir);
    assertThat(pages).extracting(GooseFixtures.Fixture::id).containsExactly("test_ferry", "test_tags");
    assertThat(pages.get(1).url()).isEqualTo("https://goose.example/test_tags");
    assertThat(pages.get(1).lead()).isNull();

    LeadScore score = GooseBenchCommand.score(pages, new PageParser(1 << 20));
    assertThat(score.pages()).isEqualTo(1);
    assertThat(score.startsWith()).isEqualTo(1);
    assertThat(score.titlesRight()).isEqualTo(1);
    assertThat(score.rejected()).as("the tag page is not an article").isEqualTo(1);
  }

  @Test
  void aMissingOrEmptyDirectorySaysHowToGetThePages(@TempDir Path dir) {
    assertThatThrownBy(() -> GooseFixtures.load(dir.resolve("nope"))).hasMessageContaining("bench/goose/fetch.sh");
    assertThatThrownBy(() -> GooseFixtures.load(dir)).hasMessageContaining("no test_*.html");
  }
}
