package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The per-page race between Kafka's callback and the answer to the client, and the counts it gives. */
class IngestCountsTest {
  @Test
  void ackedBeforeTheAnswerIsAcknowledgedToTheClient() {
    IngestCounts counts = new IngestCounts();
    IngestCounts.Page p = counts.page();
    p.kafkaAnswered(true);
    assertThat(p.answer()).isTrue();
    assertThat(counts.acked()).isEqualTo(1);
    assertThat(counts.failed()).isZero();
    assertThat(counts.lateAcks()).isZero();
    assertThat(counts.summary()).isEqualTo("1 pages acknowledged, 0 answered failed");
  }

  @Test
  void aPageAnsweredFailedThatKafkaStoresLaterIsFailedToTheClientAndALateAckNotAnAck() {
    IngestCounts counts = new IngestCounts();
    IngestCounts.Page p = counts.page();
    assertThat(p.answer()).isFalse(); // 503 "no acknowledgement in time"
    p.kafkaAnswered(true);            // ...and then it lands on the topic
    assertThat(counts.acked()).isZero();
    assertThat(counts.failed()).isEqualTo(1);
    assertThat(counts.lateAcks()).isEqualTo(1);
    assertThat(counts.summary()).startsWith("0 pages acknowledged, 1 answered failed (late acks: 1")
        .contains("SAME_URL");
  }

  @Test
  void refusedByKafkaIsFailedAndNeverLate() {
    IngestCounts counts = new IngestCounts();
    IngestCounts.Page before = counts.page();
    before.kafkaAnswered(false);
    assertThat(before.answer()).isFalse();
    IngestCounts.Page after = counts.page();
    assertThat(after.answer()).isFalse();
    after.kafkaAnswered(false);
    assertThat(counts.failed()).isEqualTo(2);
    assertThat(counts.lateAcks()).isZero();
    assertThat(counts.acked()).isZero();
  }

  @Test
  void underARaceEveryPageIsCountedOnceAndLateAcksAreExactlyTheAckedPagesAnsweredFailed() throws Exception {
    IngestCounts counts = new IngestCounts();
    int n = 20_000;
    List<IngestCounts.Page> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(counts.page());
    }
    boolean[] answeredAccepted = new boolean[n];
    CountDownLatch go = new CountDownLatch(1);
    Thread kafka = new Thread(() -> {
      await(go);
      for (int i = 0; i < n; i++) {
        pages.get(i).kafkaAnswered(i % 7 != 0); // every 7th refused
      }
    });
    Thread answers = new Thread(() -> {
      await(go);
      for (int i = 0; i < n; i++) {
        answeredAccepted[i] = pages.get(i).answer();
      }
    });
    kafka.start();
    answers.start();
    go.countDown();
    kafka.join();
    answers.join();
    long accepted = 0;
    long failedButStored = 0;
    for (int i = 0; i < n; i++) {
      accepted += answeredAccepted[i] ? 1 : 0;
      failedButStored += !answeredAccepted[i] && i % 7 != 0 ? 1 : 0;
      if (i % 7 == 0) {
        assertThat(answeredAccepted[i]).as("refused page %d", i).isFalse();
      }
    }
    assertThat(counts.acked()).isEqualTo(accepted);
    assertThat(counts.failed()).isEqualTo(n - accepted);
    assertThat(counts.lateAcks()).isEqualTo(failedButStored);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
