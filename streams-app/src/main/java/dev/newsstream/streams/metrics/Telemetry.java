package dev.newsstream.streams.metrics;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.lag.LagProbe;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Everything the running app exposes: Kafka Streams and client metrics (Micrometer's KafkaStreamsMetrics), JVM
 * metrics, our {@link PipelineMetrics} (already in the registry), lag gauges for the app's own group, and the
 * HTTP endpoint. Nothing when {@code metrics.port} is -1.
 */
public final class Telemetry implements AutoCloseable {
  private final List<AutoCloseable> resources;
  private final MetricsServer server;

  private Telemetry(List<AutoCloseable> resources, MetricsServer server) {
    this.resources = resources;
    this.server = server;
  }

  public static Telemetry start(StreamsAppConfig cfg, KafkaStreams streams, PrometheusMeterRegistry registry) {
    StreamsAppConfig.Metrics settings = cfg.metrics();
    List<AutoCloseable> resources = new ArrayList<>();
    if (settings.port() < 0) {
      return new Telemetry(resources, null);
    }
    KafkaStreamsMetrics kafkaMetrics = new KafkaStreamsMetrics(streams);
    kafkaMetrics.bindTo(registry);
    resources.add(kafkaMetrics);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    resources.add(gc);
    MetricsServer server = MetricsServer.start(settings.port(), registry, streams::state);
    resources.add(server);
    if (settings.lagIntervalSeconds() > 0) {
      resources.add(LagMonitor.start(LagProbe.clientProperties(cfg), List.of(cfg.applicationId()),
          Duration.ofSeconds(settings.lagIntervalSeconds()), new LagGauges(registry)));
    }
    return new Telemetry(resources, server);
  }

  /** The bound HTTP port, or -1 when the endpoint is off. */
  public int port() {
    return server == null ? -1 : server.port();
  }

  @Override
  public void close() {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception ignored) {
        // Shutting down: the next resource still gets closed.
      }
    }
  }
}
