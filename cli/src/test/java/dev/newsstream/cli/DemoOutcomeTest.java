package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The demo's summary is the clean topic's final state: a copy published, then withdrawn, is not clean. */
class DemoOutcomeTest {
  private static Article article(String id, int version) {
    return Article.newBuilder().setId(id).setUrl("https://x.example/" + id).setCanonicalUrl("https://x.example/" + id)
        .setBody("b").setContentHash("h").setIngestedAt(Instant.EPOCH).setParserVersion("t").setVersion(version)
        .build();
  }

  private static ConsumerRecord<String, Article> at(int offset, String key, Article value) {
    return new ConsumerRecord<>("articles.clean", 0, offset, key, value);
  }

  @Test
  void aSyndicatedCopyPublishedThenTombstonedIsWithdrawnNotClean() {
    Article original = article("orig", 1);
    Article copy = article("copy", 1);
    Article updatedV1 = article("upd", 1);
    Article updatedV2 = article("upd", 2);
    DemoOutcome outcome = DemoOutcome.of(List.of(at(0, "orig", original), at(1, "copy", copy),
        at(2, "upd", updatedV1), at(3, "copy", null), at(4, "upd", updatedV2)));
    assertThat(outcome.clean()).containsExactly(original, updatedV2);
    assertThat(outcome.withdrawn()).containsExactly(copy);
  }

  @Test
  void republishedAfterATombstoneIsCleanAgainAndALoneTombstoneIsNothing() {
    Article v1 = article("a", 1);
    Article v2 = article("a", 2);
    DemoOutcome outcome = DemoOutcome.of(List.of(at(0, "a", v1), at(1, "a", null), at(2, "a", v2),
        at(3, "never-published", null)));
    assertThat(outcome.clean()).containsExactly(v2);
    assertThat(outcome.withdrawn()).isEmpty();
  }

  @Test
  void onlyTheLastVersionOfAnArticleStandsAndATombstoneWithdrawsIt() {
    Article v1 = article("a", 1);
    Article v2 = article("a", 2);
    Article c = article("c", 1);
    List<ConsumerRecord<String, Article>> records = List.of(at(0, "a", v1), at(1, "c", c), at(2, "a", v2),
        at(3, "c", null));
    assertThat(DemoOutcome.of(records).clean()).containsExactly(v2);
  }

  @Test
  void aWithdrawnCopyIsPrintedAsOneWithdrawnLineNotAsAnArticle() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ArticlePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).printWithdrawn(article("copy", 1));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("WITHDRAWN https://x.example/copy  (id copy, version 1:"
        + " published, then withdrawn as a duplicate; see its notice below)" + System.lineSeparator());
  }
}
