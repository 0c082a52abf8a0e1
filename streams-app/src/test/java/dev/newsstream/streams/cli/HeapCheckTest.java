package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapCheckTest {
  private static final long MB = 1024 * 1024;

  @Test
  void aHeapBelowTheMinimumWithNerOnIsNamedWithHowToSetIt() {
    String w = HeapCheck.warning(256 * MB, true);
    assertThat(w).contains("heap is 256 MB").contains("minimum of 768 MB")
        .contains("NEWSSTREAM_JAVA_OPTS=-Xmx768m").contains("enrich.enabled=false");
  }

  @Test
  void theMinimumItselfAndMoreAreEnoughEvenAsReportedByCollectorsThatLeaveASurvivorSpaceOut() {
    assertThat(HeapCheck.warning(768 * MB, true)).isNull();
    assertThat(HeapCheck.warning(740 * MB, true)).as("-Xmx768m under Parallel GC").isNull();
    assertThat(HeapCheck.warning(4096 * MB, true)).isNull();
    assertThat(HeapCheck.warning(Long.MAX_VALUE, true)).isNull();
    assertThat(HeapCheck.warning(700 * MB, true)).isNotNull();
  }

  @Test
  void withoutNerNoMinimumIsDocumentedSoNothingIsSaid() {
    assertThat(HeapCheck.warning(128 * MB, false)).isNull();
  }
}
