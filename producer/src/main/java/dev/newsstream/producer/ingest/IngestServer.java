package dev.newsstream.producer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsstream.producer.PageProducer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * HTTP ingest for crawlers in any language: {@code POST /pages} and {@code GET /health} on the JDK's HTTP server.
 *
 * <p>A request is answered once Kafka has acknowledged its pages (or refused them), so a 202 means the pages are
 * stored. Pages awaiting acknowledgement count against {@link InFlightLimit}; a request that does not fit gets
 * 429 with Retry-After, and the crawler retries later. Status codes: 202 accepted (per-page results, some may be
 * invalid), 400 malformed body or no valid page, 413 body or batch too large, 415 unsupported Content-Type,
 * 429 in-flight limit full, 503 Kafka did not acknowledge (retry; pages are keyed by URL, so a retry is harmless).
 */
public final class IngestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestSettings settings;
  private final PageProducer producer;
  private final InFlightLimit limit;
  private final HttpServer server;
  private final ExecutorService executor;
  private boolean closed;

  private IngestServer(IngestSettings settings, PageProducer producer) throws IOException {
    this.settings = settings;
    this.producer = producer;
    this.limit = new InFlightLimit(settings.maxInFlightPages(), settings.maxInFlightBytes());
    this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
    this.executor = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "newsstream-ingest");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/pages", this::handlePages);
    server.createContext("/health", this::handleHealth);
  }

  public static IngestServer start(IngestSettings settings, PageProducer producer) throws IOException {
    IngestServer s = new IngestServer(settings, producer);
    s.server.start();
    return s;
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  public InFlightLimit limit() {
    return limit;
  }

  private void handlePages(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("POST")) {
        ex.getResponseHeaders().set("Allow", "POST");
        error(ex, 405, "use POST /pages");
        return;
      }
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(settings.maxRequestBytes() + 1);
      }
      if (body.length > settings.maxRequestBytes()) {
        error(ex, 413, "request body over " + settings.maxRequestBytes() + " bytes: split the batch");
        return;
      }
      List<IngestRequest.Entry> entries;
      try {
        entries = IngestRequest.parse(ex.getRequestHeaders().getFirst("Content-Type"), ex.getRequestURI().getRawQuery(),
            body, producer.pages());
      } catch (IngestRequest.BadRequest e) {
        error(ex, e.status(), e.getMessage());
        return;
      }
      List<IngestRequest.Entry> valid = entries.stream().filter(IngestRequest.Entry::valid).toList();
      if (valid.isEmpty()) {
        respond(ex, 400, results(entries, new AtomicReferenceArray<>(entries.size()), "no valid page in the request"));
        return;
      }
      long bytes = valid.stream().mapToLong(e -> e.page().getBody().remaining()).sum();
      if (!limit.fits(valid.size(), bytes)) {
        error(ex, 413, "batch of " + valid.size() + " pages / " + bytes + " bytes exceeds the in-flight limit ("
            + limit.maxPages() + " pages / " + limit.maxBytes() + " bytes): send smaller batches");
        return;
      }
      if (!limit.tryAcquire(valid.size(), bytes)) {
        ex.getResponseHeaders().set("Retry-After", String.valueOf(settings.retryAfterSeconds()));
        error(ex, 429, "busy: " + limit.pages() + " pages / " + limit.bytes() + " bytes await Kafka's acknowledgement; "
            + "retry after " + settings.retryAfterSeconds() + " s");
        return;
      }
      sendAndAnswer(ex, entries, valid);
    }
  }

  private void sendAndAnswer(HttpExchange ex, List<IngestRequest.Entry> entries, List<IngestRequest.Entry> valid)
      throws IOException {
    AtomicReferenceArray<Object> outcomes = new AtomicReferenceArray<>(entries.size());
    CountDownLatch acked = new CountDownLatch(valid.size());
    for (IngestRequest.Entry e : valid) {
      long pageBytes = e.page().getBody().remaining();
      String name = "POST /pages #" + e.index() + " " + e.page().getUrl();
      producer.send(name, e.page(), (metadata, error) -> {
        outcomes.set(e.index(), error != null ? error : metadata);
        limit.release(1, pageBytes); // room frees as Kafka acknowledges, not when the client reads the answer
        acked.countDown();
      });
    }
    boolean done;
    try {
      done = acked.await(settings.ackTimeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done = false;
    }
    boolean anyFailed = !done;
    for (IngestRequest.Entry e : valid) {
      anyFailed |= !(outcomes.get(e.index()) instanceof RecordMetadata);
    }
    if (anyFailed) {
      ex.getResponseHeaders().set("Retry-After", String.valueOf(settings.retryAfterSeconds()));
    }
    respond(ex, anyFailed ? 503 : 202, results(entries, outcomes, anyFailed
        ? "Kafka did not acknowledge every page" + (done ? "" : " within " + settings.ackTimeoutMillis() + " ms")
            + ": retry the failed ones" : null));
  }

  private static ObjectNode results(List<IngestRequest.Entry> entries, AtomicReferenceArray<Object> outcomes,
      String message) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = JSON.createArrayNode();
    int accepted = 0;
    int invalid = 0;
    int failed = 0;
    for (IngestRequest.Entry e : entries) {
      ObjectNode r = list.addObject().put("index", e.index());
      r.put("url", e.url());
      Object outcome = outcomes.get(e.index());
      if (!e.valid()) {
        invalid++;
        r.put("status", "invalid").put("error", e.error());
      } else if (outcome instanceof RecordMetadata m) {
        accepted++;
        r.put("status", "accepted").put("partition", m.partition()).put("offset", m.offset());
      } else {
        failed++;
        r.put("status", "failed").put("error", outcome == null ? "no acknowledgement in time" : outcome.toString());
      }
    }
    root.put("accepted", accepted).put("invalid", invalid).put("failed", failed);
    if (message != null) {
      root.put("error", message);
    }
    root.set("results", list);
    return root;
  }

  private void handleHealth(HttpExchange ex) throws IOException {
    try (ex) {
      ObjectNode h = JSON.createObjectNode().put("status", "ok")
          .put("inFlightPages", limit.pages()).put("inFlightBytes", limit.bytes())
          .put("maxInFlightPages", limit.maxPages()).put("maxInFlightBytes", limit.maxBytes())
          .put("acked", producer.acked()).put("failed", producer.failureCount());
      respond(ex, 200, h);
    }
  }

  private static void error(HttpExchange ex, int status, String message) throws IOException {
    respond(ex, status, JSON.createObjectNode().put("error", message));
  }

  private static void respond(HttpExchange ex, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(1);
    executor.shutdownNow();
  }
}
