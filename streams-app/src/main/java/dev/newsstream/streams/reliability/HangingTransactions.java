package dev.newsstream.streams.reliability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;

/**
 * Which open transactions on a partition can never end by themselves ("hanging"): the pure decision behind
 * {@link HangingTransactionRepair}, without Kafka.
 *
 * <p>Why this exists: a single-node KRaft broker (broker and controller in one process, as the demo, the
 * docker-compose file and the tests run it) stopped while one of our transactions was between PrepareCommit and its
 * markers comes back with the old leadership in its metadata. Its transaction coordinator reloads the PrepareCommit
 * and retries the markers; when the controller fences the old broker registration (broker.session.timeout.ms, 9 s),
 * every partition is briefly leaderless, and Kafka's marker sender takes "no leader" for "partition deleted": it drops
 * the markers and writes CompleteCommit (Kafka 4.3.1, TransactionMarkerChannelManager; docs/BENCHMARKS.md "Session 9:
 * CI robustness"). The transaction's records stay open on every partition it wrote: pending offsets in
 * {@code __consumer_offsets} make every offset fetch of the restarted app fail with UNSTABLE_OFFSET_COMMIT, and
 * read_committed readers of its outputs stop at it, for ever.
 *
 * <p>Rule: an open transaction is hanging when the transactional id that owns its producer id belongs to this app
 * (prefix {@code <application.id>-}) and the coordinator will send it no marker: it is idle (Empty, CompleteCommit,
 * CompleteAbort), or busy with a later epoch whose partitions do not include this one. It must be seen open at the
 * same start offset before and after the coordinator was asked, so that a transaction whose markers were written in
 * between is never taken for hanging.
 */
public final class HangingTransactions {
  private static final Set<TransactionState> IDLE =
      EnumSet.of(TransactionState.EMPTY, TransactionState.COMPLETE_COMMIT, TransactionState.COMPLETE_ABORT);
  private static final Set<TransactionState> BUSY =
      EnumSet.of(TransactionState.ONGOING, TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

  private HangingTransactions() {}

  /**
   * An open transaction as a partition's leader reports it (Admin describeProducers).
   *
   * @param startOffset offset of its first record on {@code partition}
   * @param coordinatorEpoch epoch of the coordinator that last wrote a marker there, -1 if none
   */
  public record Open(TopicPartition partition, long producerId, int producerEpoch, int coordinatorEpoch,
      long startOffset) {}

  /** What the transaction coordinator holds for one transactional id (Admin describeTransactions). */
  public record Coordinator(String transactionalId, long producerId, int producerEpoch, TransactionState state,
      Set<TopicPartition> partitions) {}

  /**
   * The hanging ones among {@code before} (in its order).
   *
   * @param before open transactions read first
   * @param coordinators the coordinator's view, keyed by producer id, read after {@code before}
   * @param after open transactions read again after {@code coordinators}
   * @param transactionalIdPrefix only transactions of ids with this prefix are judged (this app's)
   */
  public static List<Open> hanging(List<Open> before, Map<Long, Coordinator> coordinators, List<Open> after,
      String transactionalIdPrefix) {
    List<Open> result = new ArrayList<>();
    for (Open open : before) {
      Coordinator c = coordinators.get(open.producerId());
      if (c != null && c.transactionalId().startsWith(transactionalIdPrefix) && after.contains(open)
          && noMarkerComing(open, c)) {
        result.add(open);
      }
    }
    return result;
  }

  static boolean noMarkerComing(Open open, Coordinator c) {
    if (c.producerId() != open.producerId()) {
      return false; // The id moved on to another producer id: nothing to compare the epochs with.
    }
    if (IDLE.contains(c.state())) {
      return true;
    }
    // Markers go to the partitions of the coordinator's current transaction only; an older epoch elsewhere is lost.
    return BUSY.contains(c.state()) && !c.partitions().contains(open.partition())
        && open.producerEpoch() < c.producerEpoch();
  }
}
