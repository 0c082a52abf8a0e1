package dev.newsstream.streams.analytics;

import static dev.newsstream.streams.analytics.AnalyticsFixtures.article;
import static dev.newsstream.streams.analytics.AnalyticsFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.MetricsServer;
import dev.newsstream.streams.serde.EventSerdes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 on a real broker: two instances of the analytics sub-topology (fed with clean articles that already
 * carry entities, and duplicate notices, so no NER model is loaded), each serving the HTTP queries on its own port
 * as application.server. A story query sent to the instance that does not own the key gets the owner's answer;
 * the trends query merges both instances' counts; an update replaces its contribution.
 */
class InteractiveQueriesIT {
  private static final String CLEAN = "it.clean";
  private static final String NOTICES = "it.notices";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path work;

  @Test
  void anyInstanceAnswersWithTheOwnersStoryAndTheMergedTrends() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start()) {
      int portA = freePort();
      int portB = freePort();
      StreamsAppConfig a = config(broker, "a", portA);
      StreamsAppConfig b = config(broker, "b", portB);
      TopicSetup.create(a, 4);
      broker.createTopics(4, CLEAN, NOTICES);
      EventSerdes serdes = EventSerdes.plainAvro();
      try (StreamsRunner one = StreamsRunner.start(a, topology(a, serdes));
           StreamsRunner two = StreamsRunner.start(b, topology(b, serdes));
           MetricsServer httpA = serve(a, one.streams(), portA);
           MetricsServer httpB = serve(b, two.streams(), portB);
           KafkaProducer<String, byte[]> producer = producer(broker)) {
        one.awaitRunning(Duration.ofSeconds(90));
        two.awaitRunning(Duration.ofSeconds(90));
        // 24 originals in the 15:00 hour; article i names Person i%6 (i%3+1 times) and Place i%4 once; each has
        // one copy. Expected counts are computed from the same loop.
        Map<String, int[]> expected = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          String id = "orig" + i;
          ids.add(id);
          String person = "PERSON:Person " + (i % 6) + ":" + (i % 3 + 1);
          String place = "LOCATION:Place " + (i % 4) + ":1";
          send(producer, CLEAN, id, serdes.article().serializer().serialize(CLEAN,
              article(id, 1, "2026-12-06T15:" + String.format("%02d", i * 2) + ":00Z", person, place)));
          count(expected, "Person " + (i % 6), i % 3 + 1);
          count(expected, "Place " + (i % 4), 1);
          send(producer, NOTICES, "copy" + i, serdes.duplicate().serializer().serialize(NOTICES,
              notice("copy" + i, DuplicateKind.NEAR_DUPLICATE, id, null, "2026-12-06T16:30:00Z")));
        }
        producer.flush();
        String hostA = "localhost:" + portA;
        String hostB = "localhost:" + portB;

        JsonNode trends = awaitTrends(portA, expected, Duration.ofSeconds(120));
        assertThat(trends.get("servedBy").asText()).isEqualTo(hostA);
        assertThat(strings(trends.get("instances"))).containsExactlyInAnyOrder(hostA, hostB);
        assertThat(trends.get("windows").get(0).get("start").asText()).isEqualTo("2026-12-06T15:00:00Z");
        // Each instance holds only part of the entities: the merged answer is more than either local one.
        int localA = entities(get(portA, "/trends/entities?window=1h&top=50&local=true").body()).size();
        int localB = entities(get(portB, "/trends/entities?window=1h&top=50&local=true").body()).size();
        assertThat(localA).isPositive();
        assertThat(localB).isPositive();
        assertThat(localA + localB).isEqualTo(expected.size());
        // B merges the same answer.
        assertThat(show(entities(get(portB, "/trends/entities?window=1h&top=50").body()))).isEqualTo(show(expected));
        JsonNode people = JSON.readTree(get(portB, "/trends/entities?window=1h&type=PERSON&top=2&windows=3").body());
        assertThat(people.get("type").asText()).isEqualTo("PERSON");
        assertThat(people.get("windows")).hasSize(3);
        assertThat(people.get("windows").get(0).get("entities")).hasSize(2);
        assertThat(people.get("windows").get(1).get("entities")).isEmpty();

        // Stories: for every original, ask the instance that does NOT own it.
        int forwarded = 0;
        for (String id : ids) {
          HostInfo owner = one.streams().queryMetadataForKey(AnalyticsStores.STORIES, id,
              Serdes.String().serializer()).activeHost();
          int other = owner.port() == portA ? portB : portA;
          HttpResponse<String> r = get(other, "/stories/" + id);
          assertThat(r.statusCode()).as("story %s via %d", id, other).isEqualTo(200);
          JsonNode story = JSON.readTree(r.body());
          assertThat(story.get("servedBy").asText()).isEqualTo("localhost:" + owner.port());
          assertThat(story.get("articleId").asText()).isEqualTo(id);
          assertThat(story.get("copies").get(0).get("articleId").asText()).isEqualTo(id.replace("orig", "copy"));
          assertThat(story.get("sites").asInt()).isEqualTo(2);
          forwarded++;
        }
        assertThat(forwarded).isEqualTo(ids.size());
        assertThat(get(portA, "/stories/nosuchid").statusCode()).isEqualTo(404);
        // A copy has no story of its own: either instance names its original (the membership store's owner).
        for (int port : new int[] {portA, portB}) {
          HttpResponse<String> copy = get(port, "/stories/copy3");
          assertThat(copy.statusCode()).isEqualTo(404);
          assertThat(JSON.readTree(copy.body()).get("error").asText())
              .isEqualTo("article copy3 is a copy of orig3: its story is /stories/orig3");
        }
        assertThat(get(portB, "/trends/entities?window=2h").statusCode()).isEqualTo(400);
        System.out.println("InteractiveQueriesIT: story example " + get(portA, "/stories/orig0").body());
        System.out.println("InteractiveQueriesIT: trends example "
            + get(portA, "/trends/entities?window=1h&type=PERSON&top=3&windows=2").body());

        // An update of orig0 naming Person 0 five times and no place replaces its contribution.
        send(producer, CLEAN, "orig0", serdes.article().serializer().serialize(CLEAN,
            article("orig0", 2, "2026-12-06T15:00:00Z", "PERSON:Person 0:5")));
        producer.flush();
        expected.get("Person 0")[1] += 4;
        expected.get("Place 0")[0] -= 1;
        expected.get("Place 0")[1] -= 1;
        awaitTrends(portB, expected, Duration.ofSeconds(60));
      }
    }
  }

  private static void count(Map<String, int[]> expected, String name, int mentions) {
    int[] c = expected.computeIfAbsent(name, n -> new int[2]);
    c[0]++;
    c[1] += mentions;
  }

  /** name -> {articles, mentions} of the newest window of a trends answer. */
  private static Map<String, int[]> entities(String body) throws IOException {
    Map<String, int[]> out = new TreeMap<>();
    JsonNode windows = JSON.readTree(body).get("windows");
    if (windows.isEmpty()) {
      return out;
    }
    for (JsonNode e : windows.get(0).get("entities")) {
      out.put(e.get("name").asText(), new int[] {e.get("articles").asInt(), e.get("mentions").asInt()});
    }
    return out;
  }

  private JsonNode awaitTrends(int port, Map<String, int[]> expected, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(port, "/trends/entities?window=1h&top=50");
      last = r.statusCode() + " " + r.body();
      if (r.statusCode() == 200 && sameCounts(entities(r.body()), expected)) {
        return JSON.readTree(r.body());
      }
      Thread.sleep(500);
    }
    throw new AssertionError("trends never reached " + show(expected) + "; last answer " + last);
  }

  private static boolean sameCounts(Map<String, int[]> a, Map<String, int[]> b) {
    return show(a).equals(show(b));
  }

  private static String show(Map<String, int[]> m) {
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(k).append('=').append(v[0]).append('/').append(v[1]).append(' '));
    return s.toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** metrics.port=0 gives no application.server, hence no store metadata: the lone instance answers from its stores. */
  @Test
  void aLoneInstanceWithoutAnApplicationServerAnswersFromItsOwnStores() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start()) {
      StreamsAppConfig cfg = config(broker, "alone", 0);
      assertThat(cfg.analytics().applicationServer()).isNull();
      TopicSetup.create(cfg, 2);
      broker.createTopics(2, CLEAN, NOTICES);
      EventSerdes serdes = EventSerdes.plainAvro();
      int port = freePort();
      try (StreamsRunner runner = StreamsRunner.start(cfg, topology(cfg, serdes));
           MetricsServer http = serve(cfg, runner.streams(), port);
           KafkaProducer<String, byte[]> producer = producer(broker)) {
        runner.awaitRunning(Duration.ofSeconds(90));
        Map<String, int[]> expected = new TreeMap<>();
        for (int i = 0; i < 4; i++) {
          send(producer, CLEAN, "orig" + i, serdes.article().serializer().serialize(CLEAN,
              article("orig" + i, 1, "2026-12-06T15:0" + i + ":00Z", "PERSON:Person " + (i % 2) + ":2")));
          count(expected, "Person " + (i % 2), 2);
        }
        send(producer, NOTICES, "copy0", serdes.duplicate().serializer().serialize(NOTICES,
            notice("copy0", DuplicateKind.NEAR_DUPLICATE, "orig0", null, "2026-12-06T16:30:00Z")));
        producer.flush();
        awaitTrends(port, expected, Duration.ofSeconds(120));
        HttpResponse<String> story = get(port, "/stories/orig0");
        for (long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
             !(story.statusCode() == 200 && story.body().contains("copy0")) && System.nanoTime() < end;
             story = get(port, "/stories/orig0")) {
          Thread.sleep(500);
        }
        assertThat(story.statusCode()).as(story.body()).isEqualTo(200);
        assertThat(JSON.readTree(story.body()).get("copies").get(0).get("articleId").asText()).isEqualTo("copy0");
      }
    }
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Topology topology(StreamsAppConfig cfg, EventSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    AnalyticsTopology.attach(builder, builder.stream(CLEAN, Consumed.with(Serdes.String(), serdes.article())),
        builder.stream(NOTICES, Consumed.<String, DuplicateNotice>with(Serdes.String(), serdes.duplicate())), cfg, serdes);
    return builder.build();
  }

  private static MetricsServer serve(StreamsAppConfig cfg, KafkaStreams streams, int port) {
    MetricsServer server = MetricsServer.start(port, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), streams::state);
    String self = cfg.analytics().applicationServer() != null ? cfg.analytics().applicationServer() : "localhost:" + port;
    server.mount(new AnalyticsApi(streams, cfg.analytics(), self).routes());
    return server;
  }

  private StreamsAppConfig config(LocalKafkaBroker broker, String instance, int port) {
    return StreamsAppConfig.load(null, Map.of(), Map.of(
        "bootstrap.servers", broker.bootstrapServers(),
        "application.id", "analytics-it",
        "state.dir", work.resolve("state-" + instance).toString(),
        "replication.factor", "1",
        "enrich.enabled", "false",
        "metrics.port", String.valueOf(port),
        "analytics.advertised.host", "localhost"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value) {
    producer.send(new ProducerRecord<>(topic, key, value));
  }

  private static KafkaProducer<String, byte[]> producer(LocalKafkaBroker broker) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer());
  }
}
