package dev.newsstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.schema.registry.RegistryOutage;
import dev.newsstream.schema.registry.SchemaRegistryException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The registry meters read the outage at scrape time, under the Prometheus names README documents. */
class RegistryGaugesTest {
  private long nanos;

  @Test
  void anOutageShowsAsUnavailableWithItsWaitGrowingAndEndsAtZero() {
    RegistryOutage outage = new RegistryOutage("http://registry:8081", Duration.ZERO, Duration.ofMillis(1),
        Duration.ofMillis(1), () -> nanos, millis -> { }, line -> { }, line -> { });
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    RegistryGauges.bind(registry, outage);
    assertThat(registry.scrape()).contains("newsstream_registry_unavailable 0.0")
        .contains("newsstream_registry_outages_total 0.0").contains("newsstream_registry_wait_seconds_total 0.0");

    assertThatThrownBy(() -> outage.call(() -> {
      throw new SchemaRegistryException("no answer", SchemaRegistryException.NO_ANSWER, null);
    })).isInstanceOf(SchemaRegistryException.class);
    nanos += 30_000_000_000L;
    assertThat(registry.scrape()).contains("newsstream_registry_unavailable 1.0")
        .contains("newsstream_registry_outages_total 1.0").contains("newsstream_registry_wait_seconds_total 30.0");

    outage.call(() -> "ok");
    nanos += 5_000_000_000L;
    assertThat(registry.scrape()).contains("newsstream_registry_unavailable 0.0")
        .contains("newsstream_registry_wait_seconds_total 30.0");
  }
}
