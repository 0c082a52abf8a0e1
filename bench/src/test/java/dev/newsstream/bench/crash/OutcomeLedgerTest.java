package dev.newsstream.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RejectedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeLedgerTest {
  private static final CrashPages.Input A = new CrashPages.Input("https://x.example/a", new byte[0], CrashPages.Kind.HTML, "https://x.example/a");
  private static final CrashPages.Input JUNK = new CrashPages.Input("not-avro-1", new byte[0], CrashPages.Kind.NOT_AVRO, "not-avro-1");

  private static Article article(String url, String id, int version) {
    return Article.newBuilder().setId(id).setVersion(version).setUrl(url).setCanonicalUrl(url).setBody("b")
        .setContentHash("h").setIngestedAt(Instant.EPOCH).setParserVersion("p").build();
  }

  private static RejectedPage rejected(String url, String key, long offset) {
    return RejectedPage.newBuilder().setUrl(url).setReason("BAD_RECORD").setMessage("m").setStage("parse")
        .setSourceTopic("raw").setSourcePartition(0).setSourceOffset(offset)
        .setOriginalKey(key == null ? null : ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)))
        .setRejectedAt(Instant.EPOCH).build();
  }

  @Test
  void oneOutcomePerPageIsClean() {
    OutcomeLedger ledger = new OutcomeLedger(List.of(A, JUNK));
    ledger.article(article(A.outcomeKey(), "id-a", 1));
    ledger.rejected(rejected(null, "not-avro-1", 1));
    assertThat(ledger.violations(true)).isEmpty();
    assertThat(ledger.outcomes()).isEqualTo(2);
  }

  @Test
  void aMissingOrDoubledOutcomeIsAViolation() {
    OutcomeLedger ledger = new OutcomeLedger(List.of(A, JUNK));
    ledger.article(article(A.outcomeKey(), "id-a", 1));
    ledger.article(article(A.outcomeKey(), "id-a", 1));
    assertThat(ledger.violations(false)).containsExactlyInAnyOrder(
        "https://x.example/a: 2 outcome(s) for 1 input page(s)",
        "article id id-a (https://x.example/a) 2 times among first versions (allowed 1)",
        "not-avro-1: 0 outcome(s) for 1 input page(s)");
  }

  @Test
  void aResentPageNeedsOneOutcomePerSendAndWithDedupOnlyOneFirstVersion() {
    OutcomeLedger withDedup = new OutcomeLedger(List.of(A, A));
    withDedup.article(article(A.outcomeKey(), "id-a", 1));
    withDedup.duplicate(DuplicateNotice.newBuilder().setId("id-a").setUrl(A.outcomeKey()).setCanonicalUrl(A.outcomeKey())
        .setKind(DuplicateKind.SAME_URL).setDuplicateOf("id-a").setDetectedAt(Instant.EPOCH).build());
    assertThat(withDedup.violations(true)).isEmpty();

    OutcomeLedger noDedup = new OutcomeLedger(List.of(A, A));
    noDedup.article(article(A.outcomeKey(), "id-a", 1));
    noDedup.article(article(A.outcomeKey(), "id-a", 1));
    assertThat(noDedup.violations(false)).isEmpty();
    assertThat(noDedup.violations(true)).hasSize(1);
  }

  @Test
  void theSameSourceRecordRejectedTwiceIsAViolation() {
    OutcomeLedger ledger = new OutcomeLedger(List.of(JUNK));
    ledger.rejected(rejected(null, "not-avro-1", 7));
    ledger.rejected(rejected(null, "not-avro-1", 7));
    assertThat(ledger.violations(true)).contains("source record raw-0@7 rejected 2 times");
  }
}
