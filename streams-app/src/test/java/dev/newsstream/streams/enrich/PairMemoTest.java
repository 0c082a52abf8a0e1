package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairMemoTest {
  @Test
  void equalStringsShareAnIdAndDistinctOnesDoNot() {
    PairMemo memo = new PairMemo();
    long a = memo.intern("Xxxx");
    assertThat(memo.intern(new String("Xxxx"))).isEqualTo(a);
    assertThat(memo.intern("xxxx")).isNotEqualTo(a);
    assertThat(memo.typeId()).isNotEqualTo(memo.typeId());
  }

  @Test
  void aSlotAnswersOnlyForItsOwnKeyAndKeysThatShareASlotReplaceEachOther() {
    PairMemo memo = new PairMemo();
    // Find two keys of the same template that map to one slot.
    int slot = PairMemo.slot(2, 1, 2, 0);
    long other = 3;
    while (PairMemo.slot(2, 1, other, 0) != slot) {
      other++;
    }
    memo.put(slot, new PairMemo.Entry(2, 1, 2, 0, 42));
    assertThat(memo.get(slot, 2, 1, 2, 0).value()).isEqualTo(42);
    assertThat(memo.get(slot, 2, 1, other, 0)).isNull();
    assertThat(memo.get(slot, 3, 1, 2, 0)).as("same ids, other template").isNull();
    memo.put(slot, new PairMemo.Entry(2, 1, other, 0, 7));
    assertThat(memo.get(slot, 2, 1, 2, 0)).isNull();
    assertThat(memo.get(slot, 2, 1, other, 0).value()).isEqualTo(7);
  }

  @Test
  void slotsSpreadOverTheTable() {
    Set<Integer> used = new HashSet<>();
    for (long a = 0; a < 1000; a++) {
      used.add(PairMemo.slot(0, a, 5, 0));
    }
    assertThat(used.size()).isGreaterThan(990);
  }
}
