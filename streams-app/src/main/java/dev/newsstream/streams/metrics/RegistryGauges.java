package dev.newsstream.streams.metrics;

import dev.newsstream.schema.registry.RegistryOutage;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The schema registry's availability as the app saw it ({@link RegistryOutage}). Prometheus names:
 * <ul>
 *   <li>{@code newsstream_registry_unavailable}: 1 while registry calls are waiting for the registry, else 0;</li>
 *   <li>{@code newsstream_registry_wait_seconds_total}: seconds the registry has been unavailable in total, the
 *       outage in progress included (rate() of it is the share of time spent waiting);</li>
 *   <li>{@code newsstream_registry_outages_total}: outages seen.</li>
 * </ul>
 * Values are read at scrape time, so an instance waiting at start-up shows its wait growing.
 */
public final class RegistryGauges {
  private RegistryGauges() {}

  /** Registers the three meters in {@code registry}, tagged with nothing: one registry per app. */
  public static void bind(MeterRegistry registry, RegistryOutage outage) {
    Gauge.builder("newsstream.registry.unavailable", outage, o -> o.unavailable() ? 1 : 0)
        .description("1 while schema registry calls wait for a registry that does not answer").register(registry);
    FunctionCounter.builder("newsstream.registry.wait.seconds", outage, RegistryOutage::waitedSeconds)
        .description("Seconds the schema registry has been unavailable, the current outage included")
        .register(registry);
    FunctionCounter.builder("newsstream.registry.outages", outage, o -> (double) o.outages())
        .description("Schema registry outages seen").register(registry);
  }
}
