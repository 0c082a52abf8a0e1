package dev.newsstream.streams.metrics;

import dev.newsstream.schema.registry.RegistryOutage;
import dev.newsstream.schema.registry.SchemaRegistryClient;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Everything the running app exposes: Kafka Streams and client metrics (Micrometer's KafkaStreamsMetrics), JVM
 * metrics, our {@link PipelineMetrics} (already in the registry), lag gauges for the app's own group, the schema
 * registry's availability ({@link RegistryGauges}) and the HTTP endpoint. Nothing when {@code metrics.port} is -1.
 */
public final class Telemetry implements AutoCloseable {
  /** How often newly created Kafka client metrics (e.g. a newly assigned task's stores) are bound. */
  static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

  private final List<AutoCloseable> resources;
  private final MetricsServer server;
  private final PrometheusMeterRegistry registry;

  private Telemetry(List<AutoCloseable> resources, MetricsServer server, PrometheusMeterRegistry registry) {
    this.resources = resources;
    this.server = server;
    this.registry = registry;
  }

  public static Telemetry start(StreamsAppConfig cfg, KafkaStreams streams, PrometheusMeterRegistry registry) {
    Telemetry telemetry = start(cfg, registry, streams::state);
    telemetry.bind(streams);
    return telemetry;
  }

  /**
   * Everything but the Kafka Streams client metrics, before there is a client: {@code run} serves /metrics and
   * /health while it waits for the schema registry at start-up, with {@code state} saying CREATED (not ready)
   * until the client runs. Then {@link #bind} the client.
   */
  public static Telemetry start(StreamsAppConfig cfg, PrometheusMeterRegistry registry,
      Supplier<KafkaStreams.State> state) {
    StreamsAppConfig.Metrics settings = cfg.metrics();
    List<AutoCloseable> resources = new ArrayList<>();
    if (settings.port() < 0) {
      return new Telemetry(resources, null, registry);
    }
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    resources.add(gc);
    RegistryOutage outage = cfg.schemaRegistryUrl()
        .map(url -> SchemaRegistryClient.forUrl(url.toString()).outage()).orElse(null);
    if (outage != null) {
      RegistryGauges.bind(registry, outage);
    }
    MetricsServer server = MetricsServer.start(settings.port(), registry, state,
        outage == null ? () -> null : outage::waitingReason);
    resources.add(server);
    if (settings.lagIntervalSeconds() > 0) {
      resources.add(LagMonitor.start(LagProbe.clientProperties(cfg), List.of(cfg.applicationId()),
          Duration.ofSeconds(settings.lagIntervalSeconds()), new LagGauges(registry)));
    }
    return new Telemetry(resources, server, registry);
  }

  /** Adds the Kafka Streams and client metrics of {@code streams} (nothing when the endpoint is off). */
  public void bind(KafkaStreams streams) {
    if (server == null) {
      return;
    }
    // Micrometer finds the client's new metrics (a task's stores after a rebalance) by polling: every 60 s by
    // default, so a store's meters were missing for the first minute after each assignment.
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsstream-kafka-metrics-refresh");
      t.setDaemon(true);
      return t;
    });
    resources.add(refresher::shutdownNow);
    KafkaStreamsMetrics kafkaMetrics = new KafkaStreamsMetrics(streams, List.of(), refresher, KAFKA_METRICS_REFRESH);
    kafkaMetrics.bindTo(registry);
    resources.add(kafkaMetrics);
  }

  /** Adds endpoints to the HTTP server (path prefix -> handler); nothing when the endpoint is off. */
  public void mount(java.util.Map<String, com.sun.net.httpserver.HttpHandler> routes) {
    if (server != null) {
      server.mount(routes);
    }
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
