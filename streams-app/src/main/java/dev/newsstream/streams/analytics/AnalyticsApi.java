package dev.newsstream.streams.analytics;

import dev.newsstream.url.QueryString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.StoryEvent;
import dev.newsstream.schema.StoryReach;
import dev.newsstream.streams.analytics.AnalyticsViews.ErrorView;
import dev.newsstream.streams.analytics.AnalyticsViews.StoryView;
import dev.newsstream.streams.analytics.AnalyticsViews.TrendsView;
import dev.newsstream.streams.analytics.AnalyticsViews.WindowView;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * Interactive queries over HTTP (docs/ANALYTICS.md), mounted on the app's metrics port:
 * {@code GET /trends/entities} (scatter-gather: every instance's local top, merged) and
 * {@code GET /stories/{articleId}} (the owner of the key answers; another instance forwards to it). Instances find
 * each other through Kafka Streams' metadata ({@code application.server}); a request a peer sends carries
 * {@code local=true} and is answered from local stores only, so forwarding never recurses. While the group
 * rebalances (or a peer does not answer) the answer is 503 with Retry-After.
 */
public final class AnalyticsApi {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);
  private final KafkaStreams streams;
  private final StreamsAppConfig.Analytics settings;
  private final HostInfo self;
  private final String servedBy;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** @param servedBy this instance's host:port as reported in answers (application.server when set) */
  public AnalyticsApi(KafkaStreams streams, StreamsAppConfig.Analytics settings, String servedBy) {
    this.streams = streams;
    this.settings = settings;
    this.self = settings.applicationServer() == null ? HostInfo.unavailable()
        : HostInfo.buildFromEndpoint(settings.applicationServer());
    this.servedBy = servedBy;
  }

  /** Path prefix -> handler, for the HTTP server. */
  public Map<String, HttpHandler> routes() {
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    routes.put("/trends/entities", ex -> guarded(ex, this::trends));
    routes.put("/stories/", ex -> guarded(ex, this::story));
    return routes;
  }

  private interface Handler {
    void handle(HttpExchange ex) throws IOException, InterruptedException;
  }

  private static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  private void guarded(HttpExchange ex, Handler handler) throws IOException {
    try {
      if (!"GET".equals(ex.getRequestMethod())) {
        send(ex, 405, new ErrorView("only GET"));
      } else if (streams.state() != KafkaStreams.State.RUNNING) {
        throw new Unavailable("instance is " + streams.state() + ", retry shortly");
      } else {
        handler.handle(ex);
      }
    } catch (TrendsRequest.BadRequest e) {
      send(ex, 400, new ErrorView(e.getMessage()));
    } catch (Unavailable | InvalidStateStoreException e) {
      ex.getResponseHeaders().set("Retry-After", "1");
      send(ex, 503, new ErrorView(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(ex, 503, new ErrorView("interrupted"));
    } catch (RuntimeException e) {
      send(ex, 500, new ErrorView(e.getClass().getSimpleName() + ": " + e.getMessage()));
    } finally {
      ex.close();
    }
  }

  private void trends(HttpExchange ex) throws IOException, InterruptedException {
    TrendsRequest req = TrendsRequest.parse(ex.getRequestURI().getRawQuery(), settings.windows());
    String store = AnalyticsStores.trends(req.window());
    long sizeMs = req.window().sizeMs();
    if (req.local() || alone()) {
      send(ex, 200, view(req, localTop(store, req), List.of(servedBy)));
      return;
    }
    List<List<WindowView>> parts = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    for (StreamsMetadata m : streams.streamsMetadataForStore(store)) {
      if (isSelf(m.hostInfo())) {
        parts.add(localTop(store, req));
        instances.add(servedBy);
        continue;
      }
      HttpResponse<String> r = get(m.hostInfo(), "/trends/entities?" + req.peerQuery());
      if (r.statusCode() != 200) {
        throw new Unavailable("instance " + address(m.hostInfo()) + " answered " + r.statusCode() + ": " + r.body());
      }
      TrendsView peer = JSON.readValue(r.body(), TrendsView.class);
      parts.add(peer.windows());
      instances.add(peer.servedBy());
    }
    send(ex, 200, view(req, TrendsMerge.merge(parts, req.top(), req.windows(), sizeMs), instances));
  }

  private TrendsView view(TrendsRequest req, List<WindowView> windows, List<String> instances) {
    return new TrendsView(req.window().label(), req.window().sizeMs(), req.type(), req.top(), windows, servedBy,
        instances);
  }

  private List<WindowView> localTop(String storeName, TrendsRequest req) {
    ReadOnlyWindowStore<String, EntityContributions.Counts> store = streams.store(StoreQueryParameters.fromNameAndType(
        storeName, QueryableStoreTypes.<String, EntityContributions.Counts>windowStore()));
    List<EntityTrend> all = new ArrayList<>();
    try (KeyValueIterator<Windowed<String>, EntityContributions.Counts> it = store.all()) {
      it.forEachRemaining(kv -> all.add(CountsSerde.trend(req.window(), kv.key.window().start(), kv.key.key(), kv.value)));
    }
    return TrendsMerge.local(all, req.type(), req.top(), req.windows(), req.window().sizeMs());
  }

  private void story(HttpExchange ex) throws IOException, InterruptedException {
    String id = ex.getRequestURI().getPath().substring("/stories/".length());
    if (id.isEmpty() || id.contains("/")) {
      send(ex, 404, new ErrorView("use /stories/{articleId}"));
      return;
    }
    Map<String, String> query = QueryString.parse(ex.getRequestURI().getRawQuery());
    boolean local = alone() || "true".equals(query.get("local"));
    if (!local) {
      KeyQueryMetadata owner = streams.queryMetadataForKey(AnalyticsStores.STORIES, id, Serdes.String().serializer());
      if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
        throw new Unavailable("owner of " + id + " unknown (rebalancing), retry shortly");
      }
      if (!isSelf(owner.activeHost())) {
        HttpResponse<String> r = get(owner.activeHost(),
            "/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?local=true");
        r.headers().firstValue("Retry-After").ifPresent(v -> ex.getResponseHeaders().set("Retry-After", v));
        sendRaw(ex, r.statusCode(), r.body());
        return;
      }
    }
    StoryReach s = streams.store(StoreQueryParameters.fromNameAndType(AnalyticsStores.STORIES,
        QueryableStoreTypes.<String, StoryReach>keyValueStore())).get(id);
    if (s == null) {
      noStory(ex, id, "true".equals(query.get("membership")));
    } else {
      send(ex, 200, StoryView.of(s, servedBy));
    }
  }

  /**
   * 404 for an id without a story: a copy's story is its original's, which the membership store (keyed by the
   * copy's id, partitioned unlike the stories) names; its owner is asked once ({@code membership=true}: answer
   * from the local store only, so two instances never bounce a request).
   */
  private void noStory(HttpExchange ex, String id, boolean membershipHere) throws IOException, InterruptedException {
    if (!alone() && !membershipHere) {
      KeyQueryMetadata owner = streams.queryMetadataForKey(AnalyticsStores.MEMBERSHIP, id,
          Serdes.String().serializer());
      if (owner != null && !KeyQueryMetadata.NOT_AVAILABLE.equals(owner) && !isSelf(owner.activeHost())) {
        HttpResponse<String> r = get(owner.activeHost(),
            "/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?local=true&membership=true");
        sendRaw(ex, r.statusCode(), r.body());
        return;
      }
    }
    StoryEvent membership = streams.store(StoreQueryParameters.fromNameAndType(AnalyticsStores.MEMBERSHIP,
        QueryableStoreTypes.<String, StoryEvent>keyValueStore())).get(id);
    if (membership != null && membership.getOriginalId() != null) {
      send(ex, 404, new ErrorView("article " + id + " is a copy of " + membership.getOriginalId()
          + ": its story is /stories/" + membership.getOriginalId()));
    } else {
      send(ex, 404, new ErrorView("no story for article " + id + ": not a published article, nor a copy of one "
          + "(unknown id, or older than the stores keep)"));
    }
  }

  /**
   * Without application.server (no fixed HTTP port, e.g. metrics.port=0) Kafka Streams publishes no metadata for
   * any store, so there is no owner to ask: such an instance cannot be reached by others and answers from its
   * own stores, which are all of them when it runs alone.
   */
  private boolean alone() {
    return self.equals(HostInfo.unavailable());
  }

  private boolean isSelf(HostInfo host) {
    return host == null || host.equals(self) || host.equals(HostInfo.unavailable());
  }

  private static String address(HostInfo h) {
    return h.host() + ":" + h.port();
  }

  private HttpResponse<String> get(HostInfo host, String pathAndQuery) throws InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + address(host) + pathAndQuery))
        .timeout(PEER_TIMEOUT).GET().build();
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Unavailable("instance " + address(host) + " did not answer: " + e);
    }
  }

  private static void send(HttpExchange ex, int status, Object body) throws IOException {
    sendRaw(ex, status, JSON.writeValueAsString(body));
  }

  private static void sendRaw(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = (body + (body.endsWith("\n") ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
