package dev.newsstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreMetricTagsTest {
  private static final String NAME = "kafka.stream.state.estimate.num.keys";

  /** Registers the same store metric as Micrometer's Kafka binder does for a key-value and for a window store. */
  private static List<String> registerBothStoreKinds(PrometheusMeterRegistry registry) {
    List<String> failures = new ArrayList<>();
    registry.config().onMeterRegistrationFailed((id, reason) -> failures.add(id.getName() + ": " + reason));
    Gauge.builder(NAME, () -> 3).tags(Tags.of("thread-id", "t1", "task-id", "0_0", "rocksdb.state.id", "dedup-urls"))
        .register(registry);
    Gauge.builder(NAME, () -> 5).tags(Tags.of("thread-id", "t1", "task-id", "2_0",
        "rocksdb.window.state.id", "analytics-trends-1h")).register(registry);
    return failures;
  }

  @Test
  void withoutTheFilterPrometheusDropsTheSecondStoreKind() {
    PrometheusMeterRegistry plain = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    List<String> failures = registerBothStoreKinds(plain);
    String scrape = plain.scrape();
    assertThat(scrape).contains("dedup-urls");
    // The fault this class exists for: the window store's meter is not exported.
    assertThat(failures.isEmpty() && scrape.contains("analytics-trends-1h")).isFalse();
  }

  @Test
  void everyStoreKindIsExportedUnderOneTagLayout() {
    PrometheusMeterRegistry registry = StoreMetricTags.newRegistry();
    List<String> failures = registerBothStoreKinds(registry);
    String scrape = registry.scrape();
    assertThat(failures).isEmpty();
    assertThat(scrape).contains(
        "kafka_stream_state_estimate_num_keys{store=\"dedup-urls\",store_type=\"rocksdb\",task_id=\"0_0\",thread_id=\"t1\"} 3.0",
        "kafka_stream_state_estimate_num_keys{store=\"analytics-trends-1h\",store_type=\"rocksdb-window\",task_id=\"2_0\",thread_id=\"t1\"} 5.0");
  }

  @Test
  void storeTypeIsReadFromKafkasKeyInEitherSpelling() {
    assertThat(StoreMetricTags.storeType("rocksdb.window.state.id")).isEqualTo("rocksdb-window");
    assertThat(StoreMetricTags.storeType("in-memory-lru-state-id")).isEqualTo("in-memory-lru");
    assertThat(StoreMetricTags.storeType("rocksdb.state.id")).isEqualTo("rocksdb");
    assertThat(StoreMetricTags.storeType("task.id")).isNull();
    assertThat(StoreMetricTags.storeType(".state.id")).isNull();
  }

  @Test
  void otherMetersAndTagsAreLeftAlone() {
    PrometheusMeterRegistry registry = StoreMetricTags.newRegistry();
    Gauge.builder("kafka.stream.thread.process.rate", () -> 1).tags(Tags.of("thread-id", "t1")).register(registry);
    Gauge.builder("kafka.stream.record.cache.hit.ratio.avg", () -> 1)
        .tags(Tags.of("record-cache-id", "s", "task-id", "0_0")).register(registry);
    // A tag key that only looks similar keeps its name.
    Gauge.builder("kafka.stream.state.other", () -> 1).tags(Tags.of("-state-id", "x")).register(registry);
    String scrape = registry.scrape();
    assertThat(scrape).contains("kafka_stream_thread_process_rate{thread_id=\"t1\"} 1.0",
        "record_cache_id=\"s\"", "kafka_stream_state_other{_state_id=\"x\"} 1.0");
  }
}
