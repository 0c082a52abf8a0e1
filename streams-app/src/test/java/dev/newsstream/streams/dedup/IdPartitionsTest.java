package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The URL and decision stages share one sub-topology reading {@code dedup-by-id} and {@code dedup-decide-by-id}, so
 * an article and its band replies meet in the task of its partition: both topics need the same partition count
 * ({@code dedup.id.partitions}).
 */
class IdPartitionsTest {
  private static StreamsAppConfig config(Map<String, String> settings) {
    return StreamsAppConfig.load(null, Map.of(), settings);
  }

  private static Set<String> topics(TopologyDescription.Subtopology s) {
    return s.nodes().stream()
        .flatMap(n -> n instanceof TopologyDescription.Source src ? src.topicSet().stream()
            : n instanceof TopologyDescription.Sink sink ? java.util.stream.Stream.of("sink:" + sink.topic())
            : java.util.stream.Stream.empty())
        .collect(Collectors.toSet());
  }

  private static Set<String> processors(TopologyDescription.Subtopology s) {
    return s.nodes().stream().map(TopologyDescription.Node::name).collect(Collectors.toSet());
  }

  @Test
  void urlAndDecisionStagesAreOneSubTopologyReadingBothIdTopicsAndTheArticleNeverCrossesKafkaTwice() {
    TopologyDescription d = ArticleTopology.build(config(Map.of("enrich.enabled", "false")), EventSerdes.plainAvro())
        .describe();
    List<TopologyDescription.Subtopology> withById = d.subtopologies().stream()
        .filter(s -> topics(s).contains("dedup-by-id-repartition")).toList();
    assertThat(withById).hasSize(1);
    TopologyDescription.Subtopology urlAndDecide = withById.get(0);
    assertThat(topics(urlAndDecide)).contains("dedup-by-id-repartition", "dedup-decide-by-id-repartition")
        // It sends probes to the band stage but nothing by id: the article goes to the decision in memory.
        .contains("sink:dedup-by-band-repartition").doesNotContain("sink:dedup-decide-by-id-repartition");
    assertThat(processors(urlAndDecide)).contains("dedup-url", "dedup-decide");
    // Only the band stage writes to the replies' topic.
    List<TopologyDescription.Subtopology> writers = d.subtopologies().stream()
        .filter(s -> topics(s).contains("sink:dedup-decide-by-id-repartition")).toList();
    assertThat(writers).hasSize(1);
    assertThat(processors(writers.get(0))).contains("dedup-band").doesNotContain("dedup-url", "dedup-decide");
  }

  @Test
  void idPartitionsDefaultToSixAndAreValidated() {
    assertThat(config(Map.of()).dedup().idPartitions()).isEqualTo(StreamsAppConfig.Dedup.DEFAULT_ID_PARTITIONS)
        .isEqualTo(6);
    assertThat(config(Map.of("dedup.id.partitions", "12")).dedup().idPartitions()).isEqualTo(12);
    for (String bad : List.of("0", "-3", "1025")) {
      assertThatThrownBy(() -> config(Map.of("dedup.id.partitions", bad)))
          .isInstanceOf(ConfigSource.ConfigException.class)
          .hasMessageContaining("dedup.id.partitions").hasMessageContaining(bad);
    }
    assertThatThrownBy(() -> config(Map.of("dedup.id.partitions", "six")))
        .isInstanceOf(ConfigSource.ConfigException.class).hasMessageContaining("dedup.id.partitions must be a whole number");
    assertThatThrownBy(() -> new StreamsAppConfig.Dedup(java.time.Duration.ofDays(1), 0.5, 20, 3, 3, 2, 0))
        .isInstanceOf(ConfigSource.ConfigException.class).hasMessageContaining("dedup.id.partitions");
  }
}
