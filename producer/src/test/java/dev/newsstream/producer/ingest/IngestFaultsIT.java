package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.LocalTls;
import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProducerSettings;
import dev.newsstream.producer.RawPageReader;
import dev.newsstream.schema.RawPage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} under faults on a real broker: the raw topic missing at start and while running, a loopback load
 * test (every 202-acknowledged page on the topic exactly once per acknowledging request), a stalled broker (SIGSTOP:
 * 429/503 within ~a second, /health answering apart from the blocked page workers), the bearer token and TLS.
 */
class IngestFaultsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static LocalKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = LocalKafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static ProducerSettings settings(String topic) {
    return IngestStartup.boundedProducer(new ProducerSettings(broker.bootstrapServers(), topic, "http-test", 1 << 20,
        new Properties()));
  }

  private static KafkaAvailability probe(ProducerSettings s) {
    return KafkaAvailability.start(IngestStartup.adminProperties(s), s.topic(), IngestStartup.PROBE_INTERVAL,
        IngestStartup.PROBE_TIMEOUT);
  }

  private static IngestSettings ingest(int threads, int maxInFlightPages) {
    return new IngestSettings("127.0.0.1", 0, threads, maxInFlightPages, 1 << 24, 1 << 20, IngestStartup.ACK_TIMEOUT_MS, 1);
  }

  private static String page(String url) {
    return "{\"url\":\"" + url + "\",\"text\":\"Text of " + url + ".\"}";
  }

  private static HttpRequest post(String base, String json) {
    return HttpRequest.newBuilder(URI.create(base + "/pages")).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static HttpResponse<String> health(String base) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aMissingRawTopicRefusesTheStartOrIsCreatedWhenAsked() {
    ProducerSettings s = settings("ingest.absent");
    assertThat(IngestStartup.checkRawTopic(s, false, 1)).isEqualTo("topic ingest.absent does not exist on "
        + broker.bootstrapServers() + ": create it with 'newsstream run --create-topics' or start ingest with --create-topic");
    assertThat(IngestStartup.checkRawTopic(s, true, 2)).isNull();
    assertThat(IngestStartup.checkRawTopic(s, false, 1)).as("now it exists").isNull();
  }

  @Test
  void aTopicDeletedWhileRunningAnswers503AtOnceAndHealthSaysNotReady() throws Exception {
    broker.createTopics(1, "ingest.deleted");
    ProducerSettings s = settings("ingest.deleted");
    try (PageProducer producer = new PageProducer(s); KafkaAvailability kafka = probe(s);
         IngestServer server = IngestServer.start(ingest(2, 100), IngestAccess.open(), producer, kafka::state)) {
      String base = "http://127.0.0.1:" + server.port();
      assertThat(HTTP.send(post(base, page("https://news.example/before")), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(202);
      assertThat(health(base).statusCode()).isEqualTo(200);

      broker.admin().deleteTopics(List.of("ingest.deleted")).all().get();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (health(base).statusCode() == 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      HttpResponse<String> h = health(base);
      assertThat(h.statusCode()).isEqualTo(503);
      assertThat(JSON.readTree(h.body()).get("status").asText()).isEqualTo("not-ready");
      assertThat(JSON.readTree(h.body()).get("kafka").asText()).contains("topic ingest.deleted does not exist");

      long t0 = System.nanoTime();
      HttpResponse<String> r = HTTP.send(post(base, page("https://news.example/after")), HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).contains("1");
      assertThat(JSON.readTree(r.body()).get("error").asText()).contains("does not exist");
      assertThat(millis).as("answered in %d ms", millis).isLessThan(1000);
      System.out.println("ingest: 503 for a deleted topic in " + millis + " ms");
    }
  }

  @Test
  void loadTestEveryAcknowledgedPageIsOnTheTopicExactlyOncePerAcknowledgingRequest() throws Exception {
    broker.createTopics(3, "ingest.load");
    // linger.ms=100 holds pages unacknowledged a little, so the in-flight limit fills and clients meet 429s.
    ProducerSettings bounded = settings("ingest.load");
    Properties lingering = new Properties();
    lingering.putAll(bounded.kafkaOverrides());
    lingering.put("linger.ms", "100");
    ProducerSettings s = new ProducerSettings(bounded.bootstrapServers(), bounded.topic(), bounded.source(),
        bounded.maxPageBytes(), lingering);
    int requests = 400;
    Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger tooBusy = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    long t0 = System.nanoTime();
    try (PageProducer producer = new PageProducer(s); KafkaAvailability kafka = probe(s);
         IngestServer server = IngestServer.start(ingest(8, 20), IngestAccess.open(), producer, kafka::state)) {
      String base = "http://127.0.0.1:" + server.port();
      ExecutorService clients = Executors.newFixedThreadPool(12);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int n = 1 + i % 8;
        List<String> urls = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          urls.add("https://load.example/" + i + "/" + j);
        }
        String body = "[" + String.join(",", urls.stream().map(IngestFaultsIT::page).toList()) + "]";
        done.add(clients.submit(() -> {
          for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> r = HTTP.send(post(base, body), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 202) {
              JsonNode results = JSON.readTree(r.body()).get("results");
              for (JsonNode e : results) {
                assertThat(e.get("status").asText()).isEqualTo("accepted");
                acknowledged.computeIfAbsent(e.get("url").asText(), u -> new AtomicInteger()).incrementAndGet();
                accepted.incrementAndGet();
              }
              return null;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
            tooBusy.incrementAndGet();
            Thread.sleep(50); // a real client waits Retry-After; short here to keep the test bounded
          }
          throw new AssertionError("request never accepted");
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      clients.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<RawPage> onTopic = RawPageReader.readAll(broker.bootstrapServers(), "ingest.load", accepted.get(),
        Duration.ofSeconds(60));
    Map<String, Integer> copies = new HashMap<>();
    onTopic.forEach(p -> copies.merge(p.getUrl(), 1, Integer::sum));
    Map<String, Integer> expected = new HashMap<>();
    acknowledged.forEach((url, n) -> expected.put(url, n.get()));
    assertThat(copies).isEqualTo(expected);
    assertThat(accepted.get()).isEqualTo(requests / 8 * 36);
    assertThat(tooBusy.get()).as("the load met the in-flight limit").isPositive();
    System.out.printf("ingest load: %d requests, %d pages acknowledged, %d on the topic, %d answers 429, %.1f s%n",
        requests, accepted.get(), onTopic.size(), tooBusy.get(), seconds);
  }

  @Test
  void aStalledBrokerGets429And503WithinASecondAndHealthStillAnswers() throws Exception {
    broker.createTopics(1, "ingest.stall");
    ProducerSettings s = settings("ingest.stall");
    ProcessHandle brokerProcess = ProcessHandle.current().children()
        .filter(p -> p.info().commandLine().orElse("").contains("kafka")).findFirst().orElseThrow();
    try (PageProducer producer = new PageProducer(s); KafkaAvailability kafka = probe(s);
         IngestServer server = IngestServer.start(ingest(2, 4), IngestAccess.open(), producer, kafka::state)) {
      String base = "http://127.0.0.1:" + server.port();
      assertThat(HTTP.send(post(base, page("https://stall.example/warm")), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(202);
      signal("STOP", brokerProcess.pid());
      try {
        List<CompletableFuture<long[]>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          long t0 = System.nanoTime();
          answers.add(HTTP.sendAsync(post(base, page("https://stall.example/" + i)), HttpResponse.BodyHandlers.ofString())
              .thenApply(r -> new long[] {r.statusCode(), (System.nanoTime() - t0) / 1_000_000}));
        }
        Thread.sleep(300);
        long h0 = System.nanoTime();
        HttpResponse<String> during = health(base);
        long healthMillis = (System.nanoTime() - h0) / 1_000_000;
        Map<Long, Integer> statuses = new HashMap<>();
        long slowest = 0;
        for (CompletableFuture<long[]> a : answers) {
          long[] r = a.get();
          statuses.merge(r[0], 1, Integer::sum);
          slowest = Math.max(slowest, r[1]);
        }
        System.out.printf("ingest stalled broker: statuses %s, slowest answer %d ms, /health in %d ms (%d)%n",
            statuses, slowest, healthMillis, during.statusCode());
        assertThat(statuses.keySet()).containsOnly(429L, 503L);
        assertThat(statuses).containsKeys(429L, 503L);
        // Detection takes up to one probe (750 ms timeout after a 250 ms pause), then the answer is immediate.
        assertThat(slowest).isLessThan(2000);
        assertThat(healthMillis).as("/health is not stuck behind the page workers").isLessThan(1000);
        HttpResponse<String> later = health(base);
        assertThat(later.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(later.body()).get("kafka").asText()).contains("no answer within");
      } finally {
        signal("CONT", brokerProcess.pid());
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (health(base).statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(health(base).statusCode()).as("ready again after the broker resumed").isEqualTo(200);
      HttpResponse<String> after = HTTP.send(post(base, page("https://stall.example/after")),
          HttpResponse.BodyHandlers.ofString());
      assertThat(after.statusCode()).as(after.body()).isEqualTo(202);
      producer.flush();
      // Pages answered 503 after they were sent may still land: counted as late acks, not as acknowledged. What is
      // on the topic is exactly what clients heard accepted plus the late acks (one send each, idempotent producer).
      IngestCounts counts = server.counts();
      int expected = (int) (counts.acked() + counts.lateAcks());
      List<RawPage> onTopic = RawPageReader.readAll(broker.bootstrapServers(), "ingest.stall", expected + 1,
          Duration.ofSeconds(8));
      System.out.printf("ingest stalled broker counts: %s; %d on the topic%n", counts.summary(), onTopic.size());
      assertThat(onTopic).hasSize(expected);
      assertThat(counts.acked()).isEqualTo(2); // warm and after
      JsonNode h = JSON.readTree(health(base).body());
      assertThat(h.get("acked").asLong()).isEqualTo(counts.acked());
      assertThat(h.get("failed").asLong()).isEqualTo(counts.failed());
      assertThat(h.get("lateAcks").asLong()).isEqualTo(counts.lateAcks());
    }
  }

  @Test
  void aBearerTokenAndTlsProtectTheEndpoint(@TempDir Path dir) throws Exception {
    broker.createTopics(1, "ingest.secure");
    LocalTls tls = LocalTls.create(dir);
    ProducerSettings s = settings("ingest.secure");
    IngestAccess access = new IngestAccess("t0ken-for-test", IngestStartup.tls(tls.keystore(), tls.password()));
    HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(tls)).build();
    try (PageProducer producer = new PageProducer(s); KafkaAvailability kafka = probe(s);
         IngestServer server = IngestServer.start(ingest(2, 100), access, producer, kafka::state)) {
      String base = "https://localhost:" + server.port();
      HttpResponse<String> none = trusting.send(post(base, page("https://secure.example/a")), HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(none.body()).doesNotContain("t0ken");
      HttpResponse<String> wrong = trusting.send(HttpRequest.newBuilder(URI.create(base + "/pages"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer nope")
          .POST(HttpRequest.BodyPublishers.ofString(page("https://secure.example/a"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> right = trusting.send(HttpRequest.newBuilder(URI.create(base + "/pages"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer t0ken-for-test")
          .POST(HttpRequest.BodyPublishers.ofString(page("https://secure.example/a"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(right.statusCode()).as(right.body()).isEqualTo(202);
      // Plain HTTP on the TLS port gets no answer it could mistake for one.
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> HTTP.send(post("http://localhost:" + server.port(),
          page("https://secure.example/b")), HttpResponse.BodyHandlers.ofString()))).isNotNull();
    }
    assertThat(RawPageReader.readAll(broker.bootstrapServers(), "ingest.secure", 1, Duration.ofSeconds(30)))
        .extracting(RawPage::getUrl).containsExactly("https://secure.example/a");
  }

  private static SSLContext trusting(LocalTls tls) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(tls.truststore())) {
      trust.load(in, tls.password().toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static void signal(String signal, long pid) throws Exception {
    assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start().waitFor()).isZero();
  }
}
