package dev.newsstream.producer.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What ingest told its clients, page by page, and what Kafka did after: the figures of {@code /health} and the stop
 * line. A page's Kafka callback and the answer to its client race (the answer does not wait past the ack timeout or
 * an outage), so each page is a small state machine and whichever of the two comes second decides:
 * <ul>
 *   <li>acknowledged, then answered: counted {@link #acked} (the client heard "accepted");
 *   <li>failed by Kafka, or not yet acknowledged when answered: counted {@link #failed} (the client heard "failed");
 *   <li>answered failed, then acknowledged by Kafka: also counted {@link #lateAcks}. The page is on the topic although
 *       the client was told it failed, so the client's resend lands as a second copy (same key and bytes: the
 *       pipeline reports it as a SAME_URL duplicate, not a new article).
 * </ul>
 * Thread-safe: callbacks run on the producer's I/O thread, answers on page workers.
 */
public final class IngestCounts {
  private static final int PENDING = 0;
  private static final int KAFKA_ACKED = 1;
  private static final int KAFKA_FAILED = 2;
  private static final int TOLD_FAILED = 3;
  private static final int TOLD_ACCEPTED = 4;

  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong lateAcks = new AtomicLong();

  /** One page sent for a request; {@link #kafkaAnswered} from the send callback, {@link #answer} once. */
  public final class Page {
    private final AtomicInteger state = new AtomicInteger(PENDING);

    /** Kafka's verdict: {@code ok} = acknowledged (stored). */
    public void kafkaAnswered(boolean ok) {
      if (state.compareAndSet(PENDING, ok ? KAFKA_ACKED : KAFKA_FAILED)) {
        return;
      }
      if (ok && state.get() == TOLD_FAILED) {
        lateAcks.incrementAndGet();
      }
    }

    /**
     * The client is answered now: true if this page is reported accepted (Kafka acknowledged it before), false if
     * failed (Kafka refused it, or has not answered yet: a later acknowledgement then counts as a late ack).
     */
    public boolean answer() {
      // Re-read after a lost CAS: Kafka's ack can land between "not acked yet" and "mark told failed", and deciding
      // "failed" then would count the stored page neither as an ack nor as a late ack.
      while (true) {
        int s = state.get();
        if (s == KAFKA_ACKED) {
          state.set(TOLD_ACCEPTED); // only answer() leaves KAFKA_ACKED, so no CAS is needed here
          acked.incrementAndGet();
          return true;
        }
        if (s != PENDING || state.compareAndSet(PENDING, TOLD_FAILED)) {
          failed.incrementAndGet();
          return false;
        }
      }
    }
  }

  public Page page() {
    return new Page();
  }

  /** Pages answered "accepted" (Kafka had acknowledged them). */
  public long acked() {
    return acked.get();
  }

  /** Pages answered "failed" (Kafka refused them, or did not acknowledge them in time or before an outage). */
  public long failed() {
    return failed.get();
  }

  /** Pages answered "failed" that Kafka acknowledged afterwards: on the topic; a resend of them is a second copy. */
  public long lateAcks() {
    return lateAcks.get();
  }

  /** The stop line's figures, e.g. "604 pages acknowledged, 3 failed (late acks: 2 — ...)". */
  public String summary() {
    return acked() + " pages acknowledged, " + failed() + " answered failed" + (lateAcks() == 0 ? ""
        : " (late acks: " + lateAcks() + " of them were stored by Kafka after the client was told failed; a crawler"
            + " resend may duplicate them, the pipeline reports such copies as SAME_URL duplicates)");
  }
}
