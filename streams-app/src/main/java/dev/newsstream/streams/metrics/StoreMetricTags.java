package dev.newsstream.streams.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * One tag layout for every Kafka Streams state-store meter, so Prometheus keeps them all.
 *
 * <p>Kafka Streams tags a store's metrics with a key named after the store type ({@code rocksdb-state-id},
 * {@code rocksdb-window-state-id}, {@code in-memory-state-id}, ...: {@code StreamsMetricsImpl.storeLevelTagMap}),
 * so the same metric name (e.g. {@code kafka.stream.state.estimate.num.keys}) arrives with different tag keys for a
 * key-value and a window store. Prometheus requires one set of tag keys per name, and Micrometer's registry drops
 * (one WARN, then debug-level logs) every meter whose keys differ from the first one registered: the
 * window stores' RocksDB meters went missing from /metrics. This filter rewrites that key to {@code store} (the
 * store's name) plus {@code store.type} (the type the key named, e.g. {@code rocksdb-window}).
 */
public final class StoreMetricTags implements MeterFilter {
  /** Micrometer's Kafka binder writes Kafka's tag keys with dots ({@code rocksdb.window.state.id}). */
  private static final String[] STATE_ID_SUFFIXES = {".state.id", "-state-id"};

  /** A Prometheus registry with this filter in place before any meter is registered (filters apply to new meters). */
  public static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(new StoreMetricTags());
    return registry;
  }

  @Override
  public Meter.Id map(Meter.Id id) {
    if (!id.getName().startsWith("kafka.stream.state.")) {
      return id;
    }
    List<Tag> tags = new ArrayList<>(id.getTags().size() + 1);
    boolean changed = false;
    for (Tag tag : id.getTags()) {
      String type = storeType(tag.getKey());
      if (type != null) {
        tags.add(Tag.of("store", tag.getValue()));
        tags.add(Tag.of("store.type", type));
        changed = true;
      } else {
        tags.add(tag);
      }
    }
    return changed ? id.replaceTags(tags) : id;
  }

  /** {@code rocksdb.window.state.id} -> {@code rocksdb-window}; null for a key that names no store type. */
  static String storeType(String key) {
    for (String suffix : STATE_ID_SUFFIXES) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        return key.substring(0, key.length() - suffix.length()).replace('.', '-');
      }
    }
    return null;
  }
}
