package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdTopicLayoutTest {
  private static final List<String> TOPICS = IdTopicLayout.topics("app");

  @Test
  void namesBothByIdRepartitionTopicsAndTheChangelogsOfTheUrlAndDecisionStores() {
    assertThat(TOPICS).containsExactly("app-dedup-by-id-repartition", "app-dedup-decide-by-id-repartition",
        "app-dedup-urls-changelog", "app-dedup-pending-changelog", "app-dedup-pending-articles-changelog",
        "app-dedup-verdicts-changelog");
  }

  @Test
  void aFreshClusterOrTheSameCountIsFine() {
    assertThat(IdTopicLayout.mismatch(6, Map.of())).isNull();
    Map<String, Integer> same = new LinkedHashMap<>();
    TOPICS.forEach(t -> same.put(t, 6));
    assertThat(IdTopicLayout.mismatch(6, same)).isNull();
  }

  @Test
  void anyTopicWithAnotherCountIsAClearErrorNamingItAndTheWayOut() {
    Map<String, Integer> old = new LinkedHashMap<>();
    TOPICS.forEach(t -> old.put(t, 6));
    old.put("app-dedup-decide-by-id-repartition", 4);
    String error = IdTopicLayout.mismatch(6, old);
    assertThat(error).contains("dedup.id.partitions is 6", "app-dedup-decide-by-id-repartition=4",
        "kafka-streams-application-reset").doesNotContain("app-dedup-by-id-repartition=");
    assertThat(IdTopicLayout.mismatch(2, old)).contains("app-dedup-by-id-repartition=6",
        "app-dedup-verdicts-changelog=6", "app-dedup-decide-by-id-repartition=4");
  }
}
