package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.Entity;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.analytics.web.TrendsReply;
import dev.newsstream.streams.cli.AnalyticsHttp;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.metrics.Telemetry;
import dev.newsstream.streams.serde.EventSerdes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The /trends page in a real browser (Debian's headless chromium) against a real app on a real broker: pages
 * naming known people and places go through the whole pipeline (English NER only, to keep the heap small), then
 * the numbers the browser shows are checked against the JSON API and against the entities the clean articles
 * carry. The screenshot is left at target/trends.png. Skips, saying why, when chromium is not installed.
 */
class TrendsPageIT {
  private static final Duration WAIT = Duration.ofSeconds(120);
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pageShowsTheApiNumbersForTheArticlesEntities(@TempDir Path dir) throws Exception {
    Optional<HeadlessChromium> found = HeadlessChromium.find(dir);
    assumeThat(found).as("no chromium ($NEWSSTREAM_CHROMIUM, else chromium on the PATH; Debian: apt-get install "
        + "chromium, which run-tests does when root): the /trends browser test is skipped").isPresent();
    HeadlessChromium chromium = found.get();
    List<Path> pages = TrendsPages.write(dir.resolve("pages"));
    try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "bootstrap.servers", broker.bootstrapServers(), "state.dir", dir.resolve("state").toString(),
          "application.id", "trends-page-it", "replication.factor", "1",
          // A real port, not 0: it becomes application.server, by which the API finds the stores' instances.
          "metrics.port", String.valueOf(freePort()),
          "metrics.lag.interval.seconds", "0", "enrich.languages", "en"));
      TopicSetup.create(cfg, 2);
      List<String> args = new ArrayList<>(List.of("-b", broker.bootstrapServers(), "-q"));
      pages.forEach(p -> args.add(p.toString()));
      assertThat(new CommandLine(new ProduceCommand()).execute(args.toArray(String[]::new))).isZero();

      EventSerdes serdes = EventSerdes.plainAvro();
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      try (StreamsRunner runner = StreamsRunner.start(cfg,
               ArticleTopology.build(cfg, serdes, new PipelineMetrics(registry)));
           Telemetry telemetry = Telemetry.start(cfg, runner.streams(), registry);
           OutputReader reader = new OutputReader(cfg, serdes)) {
        assertThat(AnalyticsHttp.mount(cfg, runner.streams(), telemetry)).isTrue();
        String base = "http://localhost:" + telemetry.port();
        reader.readUntil(pages.size(), WAIT);
        assertThat(reader.articles()).as("every page is a distinct clean article").hasSize(pages.size());
        Map<List<String>, long[]> carried = carriedEntities(reader.articles());
        assertThat(carried.keySet()).as("NER found the pages' people and places")
            .contains(List.of("Angela Merkel", "PERSON"), List.of("Berlin", "LOCATION"));

        String query = "window=1d&top=50&windows=6";
        TrendsReply api = awaitCounts(base + "/trends/entities?" + query, carried);
        Document shown = Jsoup.parse(chromium.dumpDom(base + "/trends?" + query));
        Map<List<String>, long[]> rows = assertPageMatchesApi(shown, api);
        // Every window of the reply is shown, so the totals are the articles' own: each distinct article once.
        rows.forEach((entity, totals) -> assertThat(totals).as("articles, mentions of %s", entity)
            .containsExactly(carried.get(entity)));
        assertThat(rows.keySet()).isEqualTo(carried.keySet());
        // The operators' table: `newsstream trends` on the same app prints the API's windows, rank by rank.
        java.io.StringWriter table = new java.io.StringWriter();
        CommandLine trends = new CommandLine(new TrendsCommand());
        trends.setOut(new java.io.PrintWriter(table));
        assertThat(trends.execute("--url", base, "--window", "1d", "--windows", "6", "--top", "50")).isZero();
        assertThat(table.toString()).isEqualTo(TrendsTable.format(api))
            .containsPattern("(?m)^\\S+ +1  Berlin +LOCATION +3 +" + carried.get(List.of("Berlin", "LOCATION"))[1] + "$");
        Files.writeString(Path.of("target", "trends-table.txt"), table.toString()); // kept for a look
        chromium.screenshot(base + "/trends?" + query, Path.of("target", "trends.png"), 1100, 760);
        assertThat(Files.size(Path.of("target", "trends.png"))).isGreaterThan(10_000);

        // The type filter and the other window size, as the selector links ask them.
        Element personLink = shown.select("[aria-label=type] a.pill").stream()
            .filter(a -> a.text().equals("Person")).findFirst().orElseThrow();
        Document people = Jsoup.parse(chromium.dumpDom(base + personLink.attr("href")));
        assertThat(people.select("table#trends tbody tr").eachAttr("data-type")).isNotEmpty().containsOnly("PERSON");
        assertPageMatchesApi(people, reply(base + "/trends/entities?" + personLink.attr("href")
            .substring("/trends?".length()) + "&top=20"));
        Element hourLink = shown.select("[aria-label=window] a.pill").stream()
            .filter(a -> a.text().equals("1h")).findFirst().orElseThrow();
        Document hourly = Jsoup.parse(chromium.dumpDom(base + hourLink.attr("href")));
        assertThat(hourly.selectFirst("p.sub").text()).contains("of 1 hour");
        assertPageMatchesApi(hourly, reply(base + "/trends/entities?window=1h&windows=6&top=20"));
      }
    }
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * Checks every row the browser shows against the API reply and returns the rows' totals: per entity (name,
   * type) {articles, mentions} over the shown windows, each bar's label being the API's count of that window.
   */
  private static Map<List<String>, long[]> assertPageMatchesApi(Document page, TrendsReply api) {
    Map<String, Map<List<String>, TrendsReply.Count>> byWindow = new HashMap<>();
    for (TrendsReply.Window w : api.windows()) {
      Map<List<String>, TrendsReply.Count> counts = new HashMap<>();
      w.entities().forEach(c -> counts.put(List.of(c.name(), c.type()), c));
      byWindow.put(w.start().toString(), counts);
    }
    List<Element> trs = page.select("table#trends tbody tr");
    assertThat(trs).as("rows shown").isNotEmpty();
    Map<List<String>, long[]> totals = new LinkedHashMap<>();
    long previous = Long.MAX_VALUE;
    for (Element tr : trs) {
      List<String> entity = List.of(tr.selectFirst("td.name").text(), tr.attr("data-type"));
      long articles = Long.parseLong(tr.selectFirst("td.articles").text());
      long mentions = Long.parseLong(tr.selectFirst("td.mentions").text());
      assertThat(articles).as("rows ranked by articles").isLessThanOrEqualTo(previous);
      previous = articles;
      List<Element> bars = tr.select("g.bar");
      assertThat(bars.stream().map(b -> b.attr("data-start")).sorted().toList())
          .as("one bar per API window").isEqualTo(byWindow.keySet().stream().sorted().toList());
      long sumArticles = 0;
      long sumMentions = 0;
      for (Element bar : bars) {
        TrendsReply.Count c = byWindow.get(bar.attr("data-start")).get(entity);
        Element label = bar.selectFirst("text");
        if (c == null) {
          assertThat(label).as("%s has no count in %s", entity, bar.attr("data-start")).isNull();
          continue;
        }
        assertThat(label.text()).as("bar of %s at %s", entity, bar.attr("data-start"))
            .isEqualTo(String.valueOf(c.articles()));
        sumArticles += c.articles();
        sumMentions += c.mentions();
      }
      assertThat(new long[] {articles, mentions}).as("totals of %s", entity)
          .containsExactly(sumArticles, sumMentions);
      totals.put(entity, new long[] {articles, mentions});
    }
    long entitiesInApi = byWindow.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
    assertThat(trs).as("every entity of the reply, up to its top").hasSize((int) Math.min(entitiesInApi, api.top()));
    return totals;
  }

  /** Per (canonical name, type): {distinct articles naming it, mentions over them}, read off the clean articles. */
  private static Map<List<String>, long[]> carriedEntities(List<ConsumerRecord<String, Article>> articles) {
    Map<List<String>, long[]> out = new HashMap<>();
    for (ConsumerRecord<String, Article> r : articles) {
      Map<List<String>, Long> inArticle = new HashMap<>();
      for (Entity e : r.value().getEntities()) {
        // The analytics' key: the canonical name (else the surface text), a listed entity counting one mention
        // at least.
        String name = (e.getCanonical() == null || e.getCanonical().isBlank() ? e.getText() : e.getCanonical()).strip();
        inArticle.merge(List.of(name, e.getType()), (long) Math.max(1, e.getCount()), Long::sum);
      }
      inArticle.forEach((k, mentions) -> {
        long[] t = out.computeIfAbsent(k, x -> new long[2]);
        t[0]++;
        t[1] += mentions;
      });
    }
    return out;
  }

  /** Polls the API until its totals over the windows are the articles' (the analytics run behind the output). */
  private TrendsReply awaitCounts(String url, Map<List<String>, long[]> expected) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(url);
      last = "HTTP " + r.statusCode() + " " + r.body();
      if (r.statusCode() == 200) {
        TrendsReply reply = TrendsReply.parse(r.body());
        if (render(totals(reply)).equals(render(expected))) {
          return reply;
        }
        last = render(totals(reply));
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the API never counted the articles' entities within " + WAIT + ".\nexpected: "
        + render(expected) + "\nlast:     " + last);
  }

  private static String render(Map<List<String>, long[]> totals) {
    Map<String, String> sorted = new TreeMap<>();
    totals.forEach((k, v) -> sorted.put(String.join("/", k), Arrays.toString(v)));
    return sorted.toString();
  }

  private static Map<List<String>, long[]> totals(TrendsReply reply) {
    Map<List<String>, long[]> out = new HashMap<>();
    for (TrendsReply.Window w : reply.windows()) {
      for (TrendsReply.Count c : w.entities()) {
        long[] t = out.computeIfAbsent(List.of(c.name(), c.type()), k -> new long[2]);
        t[0] += c.articles();
        t[1] += c.mentions();
      }
    }
    return out;
  }

  private TrendsReply reply(String url) throws Exception {
    HttpResponse<String> r = get(url);
    assertThat(r.statusCode()).as("GET %s: %s", url, r.body()).isEqualTo(200);
    return TrendsReply.parse(r.body());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
