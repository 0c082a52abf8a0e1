package dev.newsstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.lag.GroupLag;
import dev.newsstream.streams.lag.GroupLag.PartitionLag;
import dev.newsstream.streams.lag.LagStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagGaugesTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final LagGauges gauges = new LagGauges(registry);

  private double gauge(String name, String partition) {
    return registry.get(name).tag("group", "app").tag("partition", partition).gauge().value();
  }

  @Test
  void gaugesFollowTheLatestObservationAndDropVanishedPartitions() {
    gauges.update(new GroupLag("app", "STABLE", LagStatus.STALL, null, 0, List.of(
        new PartitionLag("pages.raw", 0, 10, 4, 6, 2.5, "record", LagStatus.STALL),
        new PartitionLag("pages.raw", 1, 5, 5, 0, 0.0, "caught-up", LagStatus.OK))));
    assertThat(gauge("newsstream.consumer.lag.records", "0")).isEqualTo(6);
    assertThat(gauge("newsstream.consumer.lag.seconds", "0")).isEqualTo(2.5);
    assertThat(registry.get("newsstream.consumer.group.status").tag("group", "app").gauge().value()).isEqualTo(2);

    gauges.update(new GroupLag("app", "STABLE", LagStatus.OK, null, 1, List.of(
        new PartitionLag("pages.raw", 0, 12, 12, 0, null, null, LagStatus.OK))));
    assertThat(gauge("newsstream.consumer.lag.records", "0")).isZero();
    assertThat(gauge("newsstream.consumer.lag.seconds", "0")).isNaN();
    assertThat(registry.find("newsstream.consumer.lag.records").tag("partition", "1").gauge()).isNull();
    assertThat(registry.get("newsstream.consumer.group.status").tag("group", "app").gauge().value()).isZero();
  }
}
