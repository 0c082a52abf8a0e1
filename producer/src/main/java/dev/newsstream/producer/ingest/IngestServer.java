package dev.newsstream.producer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.newsstream.producer.PageProducer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 *
 * <p>Under faults: while {@link KafkaAvailability} says the raw topic cannot take pages (missing topic, stalled or
 * unreachable broker), {@code POST /pages} answers 503 with Retry-After before sending anything, and a request
 * already waiting for acknowledgements gives up within one probe interval when that happens (its pages may still
 * land; a resend is an exact re-send the pipeline recognises). Requests run on a bounded pool of page workers;
 * when all are busy and the queue is full, 429 at once. {@code /health} runs on the server's own dispatch threads,
 * apart from the page workers, so it answers while they are blocked: 200 ready, 503 not ready with the reason.
 * With a bearer token set, {@code POST /pages} without {@code Authorization: Bearer <token>} is 401.
 */
public final class IngestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestSettings settings;
  private final IngestAccess access;
  private final PageProducer producer;
  private final Supplier<KafkaAvailability.State> kafka;
  private final InFlightLimit limit;
  private final IngestCounts counts = new IngestCounts();
  private final HttpServer server;
  private final ExecutorService dispatch;
  private final ThreadPoolExecutor workers;
  private boolean closed;

  private IngestServer(IngestSettings settings, IngestAccess access, PageProducer producer,
      Supplier<KafkaAvailability.State> kafka) throws IOException {
    this.settings = settings;
    this.access = access;
    this.producer = producer;
    this.kafka = kafka;
    this.limit = new InFlightLimit(settings.maxInFlightPages(), settings.maxInFlightBytes());
    InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
    if (access.tls() != null) {
      HttpsServer https = HttpsServer.create(address, 128);
      https.setHttpsConfigurator(new HttpsConfigurator(access.tls()));
      this.server = https;
    } else {
      this.server = HttpServer.create(address, 128);
    }
    this.dispatch = Executors.newFixedThreadPool(2, daemon("newsstream-ingest-dispatch"));
    // Bounded queue: a burst beyond the workers waits briefly, beyond that it is told 429 instead of piling up.
    this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(settings.threads() * 4), daemon("newsstream-ingest"));
    server.setExecutor(dispatch);
    server.createContext("/pages", this::dispatchPages);
    server.createContext("/health", this::handleHealth);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Open access, Kafka assumed available (tests of the HTTP contract). */
  public static IngestServer start(IngestSettings settings, PageProducer producer) throws IOException {
    return start(settings, IngestAccess.open(), producer, () -> new KafkaAvailability.State(true, "not probed"));
  }

  public static IngestServer start(IngestSettings settings, IngestAccess access, PageProducer producer,
      Supplier<KafkaAvailability.State> kafka) throws IOException {
    IngestServer s = new IngestServer(settings, access, producer, kafka);
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

  /** Pages answered accepted / failed so far, and late acks (see {@link IngestCounts}). */
  public IngestCounts counts() {
    return counts;
  }

  private void dispatchPages(HttpExchange ex) throws IOException {
    try {
      workers.execute(() -> {
        try {
          handlePages(ex);
        } catch (IOException | RuntimeException e) {
          ex.close(); // the client went away or the answer could not be written
        }
      });
    } catch (RejectedExecutionException full) {
      try (ex) {
        ex.getResponseHeaders().set("Retry-After", String.valueOf(settings.retryAfterSeconds()));
        error(ex, 429, "busy: all " + settings.threads() + " page workers and their queue are taken; retry after "
            + settings.retryAfterSeconds() + " s");
      }
    }
  }

  private void handlePages(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("POST")) {
        ex.getResponseHeaders().set("Allow", "POST");
        error(ex, 405, "use POST /pages");
        return;
      }
      if (!access.authorised(ex.getRequestHeaders().getFirst("Authorization"))) {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        error(ex, 401, "missing or wrong bearer token (Authorization: Bearer <token>)");
        return;
      }
      KafkaAvailability.State state = kafka.get();
      if (!state.available()) {
        // Before reading or sending anything: nothing of this request can land later as an extra copy.
        ex.getResponseHeaders().set("Retry-After", String.valueOf(settings.retryAfterSeconds()));
        error(ex, 503, "Kafka cannot take pages now: " + state.reason() + "; retry after "
            + settings.retryAfterSeconds() + " s");
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
    IngestCounts.Page[] pages = new IngestCounts.Page[entries.size()];
    for (IngestRequest.Entry e : valid) {
      long pageBytes = e.page().getBody().remaining();
      String name = "POST /pages #" + e.index() + " " + e.page().getUrl();
      IngestCounts.Page page = counts.page();
      pages[e.index()] = page;
      producer.send(name, e.page(), (metadata, error) -> {
        outcomes.set(e.index(), error != null ? error : metadata); // before kafkaAnswered: answer() may read it
        page.kafkaAnswered(error == null);
        limit.release(1, pageBytes); // room frees as Kafka acknowledges, not when the client reads the answer
        acked.countDown();
      });
    }
    boolean done = false;
    String unavailable = null;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.ackTimeoutMillis());
    try {
      // Wait in short steps: a broker that stalls meanwhile is seen by the probe, and the client hears 503 then.
      while (!done && unavailable == null && System.nanoTime() < deadline) {
        done = acked.await(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
            TimeUnit.MILLISECONDS);
        KafkaAvailability.State state = kafka.get();
        unavailable = done || state.available() ? null : state.reason();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Each page's answer is decided once, against its callback (IngestCounts): an ack that arrives from here on is
    // a late ack, and the client hears "failed" for that page, consistently with the counts.
    AtomicReferenceArray<Object> answered = new AtomicReferenceArray<>(entries.size());
    boolean anyFailed = !done;
    for (IngestRequest.Entry e : valid) {
      boolean accepted = pages[e.index()].answer(); // first: if true, the callback has set the metadata already
      Object outcome = outcomes.get(e.index());
      answered.set(e.index(), accepted || !(outcome instanceof RecordMetadata) ? outcome : null);
      anyFailed |= !accepted;
    }
    if (anyFailed) {
      ex.getResponseHeaders().set("Retry-After", String.valueOf(settings.retryAfterSeconds()));
    }
    respond(ex, anyFailed ? 503 : 202, results(entries, answered, anyFailed
        ? "Kafka did not acknowledge every page" + (done ? "" : unavailable != null ? " (" + unavailable + ")"
            : " within " + settings.ackTimeoutMillis() + " ms") + ": retry the failed ones" : null));
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
      KafkaAvailability.State state = kafka.get();
      ObjectNode h = JSON.createObjectNode().put("status", state.available() ? "ready" : "not-ready")
          .put("ready", state.available()).put("kafka", state.reason())
          .put("busyWorkers", workers.getActiveCount()).put("queuedRequests", workers.getQueue().size())
          .put("inFlightPages", limit.pages()).put("inFlightBytes", limit.bytes())
          .put("maxInFlightPages", limit.maxPages()).put("maxInFlightBytes", limit.maxBytes())
          .put("acked", counts.acked()).put("failed", counts.failed()).put("lateAcks", counts.lateAcks());
      respond(ex, state.available() ? 200 : 503, h);
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
    workers.shutdownNow();
    dispatch.shutdownNow();
  }
}
