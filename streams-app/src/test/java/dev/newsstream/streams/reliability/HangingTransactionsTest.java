package dev.newsstream.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.reliability.HangingTransactions.Coordinator;
import dev.newsstream.streams.reliability.HangingTransactions.Open;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The hanging-transaction rule on the pattern the fault matrix left behind (docs/BENCHMARKS.md "Session 9: CI
 * robustness"): producer 0 wrote offsets at epoch 15 into __consumer_offsets-3, the coordinator committed the
 * transaction as epoch 16 (CompleteCommit) but the marker never reached the partition.
 */
class HangingTransactionsTest {
  private static final String APP = "crash-fm31f8";
  private static final String TXN_ID = APP + "-b2333f8c-9159-4f87-9c30-205c9783bda6-1";
  private static final TopicPartition OFFSETS = new TopicPartition("__consumer_offsets", 3);
  private static final TopicPartition CHANGELOG = new TopicPartition(APP + "-dedup-urls-changelog", 0);
  private static final Open LOST = new Open(OFFSETS, 0L, 15, 0, 69L);

  private static Coordinator coordinator(TransactionState state, int epoch, Set<TopicPartition> partitions) {
    return new Coordinator(TXN_ID, 0L, epoch, state, partitions);
  }

  private static List<Open> hanging(Coordinator c, List<Open> after) {
    return HangingTransactions.hanging(List.of(LOST), Map.of(0L, c), after, APP + "-");
  }

  @Test
  void anOpenTransactionWhoseCoordinatorIsIdleIsHanging() {
    for (TransactionState idle : List.of(TransactionState.COMPLETE_COMMIT, TransactionState.COMPLETE_ABORT,
        TransactionState.EMPTY)) {
      assertThat(hanging(coordinator(idle, 16, Set.of()), List.of(LOST))).as(idle.toString()).containsExactly(LOST);
    }
  }

  @Test
  void markersStillToBeSentAreNotHanging() {
    // Between PrepareCommit and the markers: the normal end of every transaction, even if it takes a while.
    Coordinator preparing = coordinator(TransactionState.PREPARE_COMMIT, 16, Set.of(OFFSETS, CHANGELOG));
    assertThat(hanging(preparing, List.of(LOST))).isEmpty();
    Coordinator aborting = coordinator(TransactionState.PREPARE_ABORT, 16, Set.of(OFFSETS));
    assertThat(hanging(aborting, List.of(LOST))).isEmpty();
  }

  @Test
  void theCurrentTransactionIsNotHanging() {
    Open current = new Open(OFFSETS, 0L, 16, 0, 80L);
    assertThat(HangingTransactions.hanging(List.of(current),
        Map.of(0L, coordinator(TransactionState.ONGOING, 16, Set.of(OFFSETS))), List.of(current), APP + "-"))
        .isEmpty();
  }

  @Test
  void anOlderEpochOutsideTheCoordinatorsCurrentTransactionIsHanging() {
    Coordinator later = coordinator(TransactionState.ONGOING, 18, Set.of(CHANGELOG));
    assertThat(hanging(later, List.of(LOST))).containsExactly(LOST);
    // Same epoch (a client without per-transaction epochs): no proof that it is not the current one.
    assertThat(hanging(coordinator(TransactionState.ONGOING, 15, Set.of(CHANGELOG)), List.of(LOST))).isEmpty();
  }

  @Test
  void aTransactionThatClosedWhileTheCoordinatorWasAskedIsNotHanging() {
    // The markers landed between the two reads: the second read shows the partition without it.
    assertThat(hanging(coordinator(TransactionState.COMPLETE_COMMIT, 16, Set.of()), List.of())).isEmpty();
    // A new transaction of the same producer opened there since: another start offset, not the one judged.
    Open reopened = new Open(OFFSETS, 0L, 17, 0, 90L);
    assertThat(hanging(coordinator(TransactionState.COMPLETE_COMMIT, 16, Set.of()), List.of(reopened))).isEmpty();
  }

  @Test
  void otherAppsAndUnknownProducersAreLeftAlone() {
    Coordinator other = new Coordinator("other-app-1", 0L, 16, TransactionState.COMPLETE_COMMIT, Set.of());
    assertThat(HangingTransactions.hanging(List.of(LOST), Map.of(0L, other), List.of(LOST), APP + "-")).isEmpty();
    assertThat(HangingTransactions.hanging(List.of(LOST), Map.of(), List.of(LOST), APP + "-")).isEmpty();
    // The transactional id now runs under another producer id: the open one's epoch cannot be compared.
    Coordinator moved = new Coordinator(TXN_ID, 7L, 0, TransactionState.EMPTY, Set.of());
    assertThat(HangingTransactions.hanging(List.of(LOST), Map.of(0L, moved), List.of(LOST), APP + "-")).isEmpty();
  }
}
