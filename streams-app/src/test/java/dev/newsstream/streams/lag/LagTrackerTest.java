package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.lag.GroupLag.PartitionLag;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagTrackerTest {
  private static GroupSnapshot snap(long at, boolean active, GroupSnapshot.Partition... parts) {
    return new GroupSnapshot("g", active ? "STABLE" : "EMPTY", active, at, List.of(parts), null);
  }

  private static GroupSnapshot.Partition p(int partition, long committed, long end, Long oldestTs) {
    return new GroupSnapshot.Partition("t", partition, committed, end, oldestTs);
  }

  @Test
  void lagInRecordsAndSecondsPerPartitionSortedWithTheWorstStatusForTheGroup() {
    LagTracker tracker = new LagTracker(10);
    GroupLag first = tracker.record(snap(10_000, true, p(1, 5, 9, 4_000L), p(0, 7, 7, null)));
    assertThat(first.partitions()).extracting(PartitionLag::partition).containsExactly(0, 1);
    assertThat(first.partitions().get(0).lag()).isZero();
    assertThat(first.partitions().get(0).lagSeconds()).isZero();
    assertThat(first.partitions().get(1).lag()).isEqualTo(4);
    assertThat(first.partitions().get(1).lagSeconds()).isEqualTo(6.0);
    assertThat(first.partitions().get(1).lagSecondsSource()).isEqualTo("record");
    assertThat(first.totalLag()).isEqualTo(4);
    assertThat(first.maxLagSeconds()).isEqualTo(6.0);
    assertThat(first.status()).isEqualTo(LagStatus.OK);

    // Second look: partition 1 has not moved while members are present: STALL for the partition and the group.
    GroupLag second = tracker.record(snap(20_000, true, p(1, 5, 12, 4_000L), p(0, 7, 8, null)));
    assertThat(second.partitions().get(1).status()).isEqualTo(LagStatus.STALL);
    assertThat(second.status()).isEqualTo(LagStatus.STALL);
    // Partition 0 was caught up at the first look: OK, and its seconds interpolate from the end-offset history.
    assertThat(second.partitions().get(0).status()).isEqualTo(LagStatus.OK);
    assertThat(second.partitions().get(0).lagSecondsSource()).isEqualTo("interpolated");
    assertThat(second.partitions().get(0).lagSeconds()).isEqualTo(10.0);
  }

  @Test
  void windowOnlyLooksAtTheMostRecentObservations() {
    LagTracker tracker = new LagTracker(2);
    tracker.record(snap(0, true, p(0, 10, 10, null)));   // caught up, then falls behind for good
    tracker.record(snap(1_000, true, p(0, 10, 20, null)));
    GroupLag third = tracker.record(snap(2_000, true, p(0, 10, 30, null)));
    assertThat(third.status()).isEqualTo(LagStatus.STALL);
  }

  @Test
  void unreadableOrEmptyGroupsAreErrors() {
    LagTracker tracker = new LagTracker(10);
    assertThat(tracker.record(GroupSnapshot.failed("g", 1, "TimeoutException: x")).status()).isEqualTo(LagStatus.ERR);
    GroupLag none = tracker.record(new GroupSnapshot("g", "DEAD", false, 1, List.of(), null));
    assertThat(none.status()).isEqualTo(LagStatus.ERR);
    assertThat(none.error()).contains("no committed offsets");
  }

  @Test
  void rejectsAnImpossibleWindow() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LagTracker(0)).hasMessageContaining("window");
  }
}
