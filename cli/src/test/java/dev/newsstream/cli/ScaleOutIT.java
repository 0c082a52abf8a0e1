package dev.newsstream.cli;

import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProducerSettings;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.bench.BenchPages;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out: two instances with the same application.id (as two JVMs would be) split the partitions of a
 * 4-partition raw topic between them, and together turn every page into exactly one outcome.
 */
class ScaleOutIT {
  private static final int PAGES = 40;
  @TempDir Path dir;

  @Test
  void twoInstancesSplitThePartitionsAndTogetherProcessEveryPage() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      StreamsAppConfig a = config(broker, dir.resolve("state-a"));
      StreamsAppConfig b = config(broker, dir.resolve("state-b"));
      TopicSetup.create(a, 4);
      EventSerdes serdes = EventSerdes.plainAvro();
      try (StreamsRunner one = StreamsRunner.start(a, ArticleTopology.build(a, serdes));
           StreamsRunner two = StreamsRunner.start(b, ArticleTopology.build(b, serdes))) {
        awaitSplit(one.streams(), two.streams(), a.topics().raw());
        Set<TopicPartition> ofOne = rawPartitions(one.streams(), a.topics().raw());
        Set<TopicPartition> ofTwo = rawPartitions(two.streams(), a.topics().raw());
        assertThat(ofOne).isNotEmpty().doesNotContainAnyElementsOf(ofTwo);
        assertThat(ofTwo).isNotEmpty();
        assertThat(union(ofOne, ofTwo)).hasSize(4);

        List<RawPage> pages = BenchPages.from(Path.of("../../shared/samples"), 11).generate(0, PAGES);
        try (PageProducer producer = new PageProducer(new ProducerSettings(broker.bootstrapServers(),
            a.topics().raw(), "scale-test", 1 << 20, new Properties()))) {
          pages.forEach(p -> producer.send(p.getUrl(), p));
          producer.flush();
          assertThat(producer.acked()).isEqualTo(PAGES);
        }

        try (OutputReader reader = new OutputReader(a, serdes)) {
          reader.readUntil(PAGES, Duration.ofSeconds(90));
          assertThat(reader.total()).isEqualTo(PAGES);
          assertThat(reader.articles()).extracting(r -> r.value().getUrl())
              .containsExactlyInAnyOrderElementsOf(pages.stream().map(RawPage::getUrl).toList());
          assertThat(reader.articles().stream().map(r -> r.value()).map(Article::getId).distinct()).hasSize(PAGES);
        }
        double byOne = processed(one.streams());
        double byTwo = processed(two.streams());
        assertThat(byOne).as("pages processed by instance one").isPositive();
        assertThat(byTwo).as("pages processed by instance two").isPositive();
        assertThat(byOne + byTwo).isGreaterThanOrEqualTo(PAGES);
      }
    }
  }

  private static StreamsAppConfig config(LocalKafkaBroker broker, Path stateDir) {
    return StreamsAppConfig.load(null, Map.of(), Map.of(
        "bootstrap.servers", broker.bootstrapServers(),
        "application.id", "newsstream-scale-out",
        "state.dir", stateDir.toString(),
        "replication.factor", "1"));
  }

  /** Waits until both instances run and share the four raw partitions between them. */
  private static void awaitSplit(KafkaStreams one, KafkaStreams two, String raw) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (one.state() == KafkaStreams.State.RUNNING && two.state() == KafkaStreams.State.RUNNING) {
        Set<TopicPartition> a = rawPartitions(one, raw);
        Set<TopicPartition> b = rawPartitions(two, raw);
        if (!a.isEmpty() && !b.isEmpty() && union(a, b).size() == 4) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("instances did not split the partitions: " + one.state() + " "
        + rawPartitions(one, raw) + " / " + two.state() + " " + rawPartitions(two, raw));
  }

  private static Set<TopicPartition> rawPartitions(KafkaStreams streams, String raw) {
    Set<TopicPartition> out = new HashSet<>();
    streams.metadataForLocalThreads().forEach(t -> t.activeTasks().forEach(task ->
        task.topicPartitions().stream().filter(tp -> tp.topic().equals(raw)).forEach(out::add)));
    return out;
  }

  private static Set<TopicPartition> union(Set<TopicPartition> a, Set<TopicPartition> b) {
    Set<TopicPartition> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  /** Records processed by this instance's stream threads (thread-level process-total). */
  private static double processed(KafkaStreams streams) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
      if (e.getKey().name().equals("process-total") && e.getKey().group().equals("stream-thread-metrics")) {
        total += ((Number) e.getValue().metricValue()).doubleValue();
      }
    }
    return total;
  }
}
