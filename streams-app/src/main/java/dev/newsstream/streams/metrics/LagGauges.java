package dev.newsstream.streams.metrics;

import dev.newsstream.streams.lag.GroupLag;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lag as Prometheus gauges, fed by {@link LagMonitor}:
 * {@code newsstream_consumer_lag_records{group,topic,partition}},
 * {@code newsstream_consumer_lag_seconds{group,topic,partition}} (NaN when unknown) and
 * {@code newsstream_consumer_group_status{group}} (0 OK, 1 WARN, 2 STALL, 3 STOP, 4 ERR).
 * Series of partitions the group no longer has are removed.
 */
public final class LagGauges {
  private final MeterRegistry registry;
  private final Map<String, PartitionValues> partitions = new HashMap<>();
  private final Map<String, double[]> groupStatus = new HashMap<>();

  private static final class PartitionValues {
    volatile double lag;
    volatile double seconds = Double.NaN;
    List<Gauge> gauges;
  }

  public LagGauges(MeterRegistry registry) {
    this.registry = registry;
  }

  public synchronized void update(GroupLag group) {
    double[] status = groupStatus.computeIfAbsent(group.group(), g -> {
      double[] holder = new double[1];
      Gauge.builder("newsstream.consumer.group.status", holder, h -> h[0]).tag("group", g)
          .description("Burrow-style group status: 0 OK, 1 WARN, 2 STALL, 3 STOP, 4 ERR").register(registry);
      return holder;
    });
    status[0] = group.status().ordinal();
    Set<String> seen = new HashSet<>();
    for (GroupLag.PartitionLag p : group.partitions()) {
      String key = group.group() + '\u0000' + p.topic() + '\u0000' + p.partition();
      seen.add(key);
      PartitionValues v = partitions.computeIfAbsent(key, k -> register(group.group(), p));
      v.lag = p.lag();
      v.seconds = p.lagSeconds() == null ? Double.NaN : p.lagSeconds();
    }
    partitions.entrySet().removeIf(e -> {
      boolean gone = e.getKey().startsWith(group.group() + '\u0000') && !seen.contains(e.getKey());
      if (gone) {
        e.getValue().gauges.forEach(registry::remove);
      }
      return gone;
    });
  }

  private PartitionValues register(String group, GroupLag.PartitionLag p) {
    PartitionValues v = new PartitionValues();
    Tags tags = Tags.of("group", group, "topic", p.topic(), "partition", String.valueOf(p.partition()));
    v.gauges = List.of(
        Gauge.builder("newsstream.consumer.lag.records", v, x -> x.lag).tags(tags)
            .description("End offset minus committed offset").register(registry),
        Gauge.builder("newsstream.consumer.lag.seconds", v, x -> x.seconds).tags(tags)
            .description("Age of the oldest unconsumed record").register(registry));
    return v;
  }
}
