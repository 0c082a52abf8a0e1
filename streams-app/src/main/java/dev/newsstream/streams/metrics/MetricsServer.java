package dev.newsstream.streams.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import dev.newsstream.config.ConfigSource.ConfigException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The app's HTTP endpoint (JDK HttpServer, no framework): {@code /metrics} in Prometheus text format,
 * {@code /health} (200 when ready, else 503), {@code /health/live} and {@code /health/ready} for probes.
 * Health bodies are JSON. Other endpoints (the analytics queries) are mounted with {@link #mount}.
 */
public final class MetricsServer implements AutoCloseable {
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Listens on all interfaces at {@code port} (0 = any free port) and serves until closed. */
  public static MetricsServer start(int port, PrometheusMeterRegistry registry, Supplier<KafkaStreams.State> state) {
    return start(port, registry, state, () -> null);
  }

  /** As above; {@code waiting} says what the instance waits for (null: nothing), shown in /health bodies. */
  public static MetricsServer start(int port, PrometheusMeterRegistry registry, Supplier<KafkaStreams.State> state,
      Supplier<String> waiting) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(port), 0);
    } catch (IOException e) {
      // A setting to change, not a crash: run prints it as one error line and exits 2.
      throw new ConfigException("cannot listen on metrics.port " + port + ": " + e.getMessage() + " (in use? set "
          + "metrics.port or --metrics-port: 0 for any free port, -1 for none)");
    }
    server.createContext("/metrics", ex -> respond(ex, 200, PROMETHEUS_TEXT, registry.scrape()));
    server.createContext("/health", ex -> {
      StreamsHealth health = StreamsHealth.of(state.get(), waiting.get());
      boolean ok = switch (ex.getRequestURI().getPath()) {
        case "/health/live" -> health.live();
        case "/health", "/health/", "/health/ready" -> health.ready();
        default -> {
          respond(ex, 404, "text/plain; charset=utf-8", "not found\n");
          yield false;
        }
      };
      if (ex.getResponseCode() < 0) {
        respond(ex, ok ? 200 : 503, "application/json", health.json() + "\n");
      }
    });
    server.createContext("/", ex -> respond(ex, 404, "text/plain; charset=utf-8",
        "newsstream: see /metrics, /health, /health/live, /health/ready\n"));
    // A few threads, not one: an interactive query may wait for a peer instance that is at the same time asking
    // this one (docs/ANALYTICS.md), and a scrape must not wait behind a slow query.
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "newsstream-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new MetricsServer(server, executor);
  }

  /** Serves each handler under its path prefix (the longest matching prefix wins, as in the JDK server). */
  public void mount(Map<String, HttpHandler> routes) {
    routes.forEach(server::createContext);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
