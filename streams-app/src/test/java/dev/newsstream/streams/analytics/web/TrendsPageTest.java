package dev.newsstream.streams.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The /trends page rendered from a JSON fixture of the API's contract, read back with jsoup. */
class TrendsPageTest {
  private static final TrendsPage.Selection SEL = new TrendsPage.Selection("1h", null, 6, List.of("1h", "1d"));

  static String fixture(String name) throws IOException {
    try (InputStream in = TrendsPageTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static TrendsReply reply() throws IOException {
    return TrendsReply.parse(fixture("trends-1h.json"));
  }

  @Test
  void parsesTheContract() throws IOException {
    TrendsReply r = reply();
    assertThat(r.window()).isEqualTo("1h");
    assertThat(r.windowMs()).isEqualTo(3_600_000L);
    assertThat(r.type()).isNull();
    assertThat(r.servedBy()).isEqualTo("10.0.0.7:9464");
    assertThat(r.windows()).extracting(TrendsReply.Window::start).containsExactly(
        Instant.parse("2026-12-06T15:00:00Z"), Instant.parse("2026-12-06T14:00:00Z"),
        Instant.parse("2026-12-06T12:00:00Z"));
    assertThat(r.windows().get(0).entities().get(0))
        .isEqualTo(new TrendsReply.Count("Kaja Kallas", "PERSON", 3, 7));
  }

  @Test
  void aBrokenReplyNamesTheBadField() {
    assertThatThrownBy(() -> TrendsReply.parse("{\"window\":\"1h\",\"windowMs\":1,\"top\":2,\"windows\":"
        + "[{\"start\":\"yesterday\",\"end\":\"2026-12-06T16:00:00Z\",\"entities\":[]}]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'start'");
    assertThatThrownBy(() -> TrendsReply.parse("{\"window\":\"1h\"}")).hasMessageContaining("'windows'");
    assertThatThrownBy(() -> TrendsReply.parse("<html>")).hasMessageContaining("not JSON");
  }

  @Test
  void rowsAddUpTheWindowsAndRankByArticlesThenMentionsThenName() throws IOException {
    List<TrendRows.Row> rows = TrendRows.of(reply(), 20);
    assertThat(rows).extracting(TrendRows.Row::name, TrendRows.Row::type, TrendRows.Row::articles,
        TrendRows.Row::mentions).containsExactly(
            org.assertj.core.groups.Tuple.tuple("European Union", "ORGANIZATION", 6L, 11L),
            org.assertj.core.groups.Tuple.tuple("Kaja Kallas", "PERSON", 4L, 9L),
            org.assertj.core.groups.Tuple.tuple("Marco Rubio", "PERSON", 2L, 5L),
            org.assertj.core.groups.Tuple.tuple("<b>Tallinn</b> & Co", "MISC", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("Kaja Kallas", "LOCATION", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("Tallinn", "LOCATION", 1L, 1L));
    // Oldest window first; null where the entity is not in that window's list.
    TrendRows.Row kallas = rows.get(1);
    assertThat(kallas.perWindow()).extracting(c -> c == null ? null : c.articles()).containsExactly(1L, null, 3L);
    assertThat(TrendRows.of(reply(), 2)).hasSize(2);
  }

  @Test
  void pageShowsTheRowsTotalsAndOneLabelledBarPerWindow() throws IOException {
    TrendsReply r = reply();
    Document page = Jsoup.parse(TrendsPage.render(r, SEL));
    List<Element> trs = page.select("table#trends tbody tr");
    assertThat(trs).hasSize(3); // the reply's top
    List<TrendRows.Row> expected = TrendRows.of(r, 3);
    for (int i = 0; i < trs.size(); i++) {
      Element tr = trs.get(i);
      TrendRows.Row row = expected.get(i);
      assertThat(tr.attr("data-name")).isEqualTo(row.name());
      assertThat(tr.selectFirst("td.name").text()).isEqualTo(row.name());
      assertThat(tr.selectFirst("td.rank").text()).isEqualTo(String.valueOf(i + 1));
      assertThat(tr.selectFirst("td.articles").text()).isEqualTo(String.valueOf(row.articles()));
      assertThat(tr.selectFirst("td.mentions").text()).isEqualTo(String.valueOf(row.mentions()));
      List<Element> bars = tr.select("g.bar");
      assertThat(bars).extracting(b -> b.attr("data-start")).containsExactly(
          "2026-12-06T12:00:00Z", "2026-12-06T14:00:00Z", "2026-12-06T15:00:00Z");
      List<String> labels = new ArrayList<>();
      bars.forEach(b -> labels.add(b.selectFirst("text") == null ? "-" : b.selectFirst("text").text()));
      List<String> want = new ArrayList<>();
      row.perWindow().forEach(c -> want.add(c == null ? "-" : String.valueOf(c.articles())));
      assertThat(labels).isEqualTo(want);
    }
    // One scale for the table: the largest count (European Union, 4 at 14:00) has the tallest bar.
    Element tallest = trs.get(0).select("g.bar").get(1).selectFirst("rect.value");
    Element kallasNow = trs.get(1).select("g.bar").get(2).selectFirst("rect.value");
    assertThat(Integer.parseInt(tallest.attr("height"))).isGreaterThan(Integer.parseInt(kallasNow.attr("height")));
    assertThat(trs.get(1).select("g.bar").get(1).hasClass("absent")).isTrue();
    assertThat(trs.get(1).select("g.bar").get(2).selectFirst("title").text())
        .isEqualTo("6 Dec 15:00–16:00: 3 articles, 7 mentions");
    assertThat(page.selectFirst("p.sub").text()).contains("last 3 windows of 1 hour", "6 Dec 12:00–16:00");
    assertThat(page.selectFirst("footer").text()).contains("served by 10.0.0.7:9464");
  }

  @Test
  void textIsEscapedAndNothingIsLoadedFromElsewhere() throws IOException {
    TrendsReply r = reply();
    TrendsReply all = new TrendsReply(r.window(), r.windowMs(), r.type(), 20, r.windows(), r.servedBy());
    String html = TrendsPage.render(all, SEL);
    assertThat(html).doesNotContain("<b>Tallinn</b>").contains("&lt;b&gt;Tallinn&lt;/b&gt; &amp; Co");
    Document page = Jsoup.parse(html);
    assertThat(page.select("td.name").eachText()).contains("<b>Tallinn</b> & Co");
    assertThat(page.select("script, link, img, iframe")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  void selectorsKeepTheOtherChoiceAndMarkTheCurrentOne() throws IOException {
    TrendsPage.Selection sel = new TrendsPage.Selection("1d", "PERSON", 4, List.of("1h", "1d"));
    Document page = Jsoup.parse(TrendsPage.render(reply(), sel));
    assertThat(page.select("[aria-label=window] a.pill").eachAttr("href"))
        .containsExactly("/trends?window=1h&type=PERSON&windows=4", "/trends?window=1d&type=PERSON&windows=4");
    assertThat(page.select("[aria-label=window] a.on").text()).isEqualTo("1d");
    assertThat(page.select("[aria-label=type] a.on").text()).isEqualTo("Person");
    assertThat(page.select("[aria-label=type] a.pill").first().attr("href")).isEqualTo("/trends?window=1d&windows=4");
    assertThat(page.select("footer a").attr("href")).isEqualTo("/trends/entities?window=1d&type=PERSON&windows=4&top=3");
  }

  @Test
  void manyWindowsGetNarrowerBarsWithTheirCountsInTooltips() {
    List<TrendsReply.Window> windows = new ArrayList<>();
    Instant start = Instant.parse("2026-12-06T00:00:00Z");
    for (int i = 0; i < 24; i++) {
      Instant s = start.plusSeconds(3600L * i);
      windows.add(new TrendsReply.Window(s, s.plusSeconds(3600),
          List.of(new TrendsReply.Count("Kaja Kallas", "PERSON", i + 1, i + 2))));
    }
    Document page = Jsoup.parse(TrendsPage.render(new TrendsReply("1h", 3_600_000L, null, 20, windows, null), SEL));
    Element svg = page.selectFirst("td.chart svg");
    assertThat(Integer.parseInt(svg.attr("width"))).isLessThanOrEqualTo(24 * 6);
    assertThat(svg.select("g.bar")).hasSize(24);
    assertThat(svg.select("g.bar text")).isEmpty();
    assertThat(svg.select("g.bar").last().selectFirst("title").text()).endsWith(": 24 articles, 25 mentions");
    assertThat(page.selectFirst("td.articles").text()).isEqualTo(String.valueOf(24 * 25 / 2));
  }

  @Test
  void noWindowsSaysSoInsteadOfAnEmptyTable() {
    TrendsReply empty = new TrendsReply("1d", 86_400_000L, "LOCATION", 20, List.of(), "h:1");
    Document page = Jsoup.parse(TrendsPage.render(empty, SEL));
    assertThat(page.select("table")).isEmpty();
    assertThat(page.selectFirst("p.sub").text()).isEqualTo("No location counted in any 1 day window yet.");
  }

  @Test
  void windowSpansAndSizesReadNaturally() {
    assertThat(TrendsPage.span(Instant.parse("2026-12-06T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"),
        86_400_000L)).isEqualTo("6 Dec");
    assertThat(TrendsPage.span(Instant.parse("2026-12-06T23:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"),
        3_600_000L)).isEqualTo("6 Dec 23:00–00:00");
    assertThat(TrendsPage.span(Instant.parse("2026-12-06T12:00:00Z"), Instant.parse("2026-12-08T12:00:00Z"),
        172_800_000L)).isEqualTo("6 Dec 12:00–8 Dec 12:00");
    assertThat(TrendsPage.sizeLabel(86_400_000L)).isEqualTo("1 day");
    assertThat(TrendsPage.sizeLabel(3_600_000L)).isEqualTo("1 hour");
    assertThat(TrendsPage.sizeLabel(5_400_000L)).isEqualTo("90 minutes");
  }

  @Test
  void handlerPassesTheChoicesToTheApiAndShowsItsErrorsWithTheirStatus() throws IOException {
    String json = fixture("trends-1h.json");
    List<Map<String, String>> asked = new ArrayList<>();
    TrendsPageHandler ok = new TrendsPageHandler(p -> {
      asked.add(p);
      return new TrendsPageHandler.Answer(200, json);
    }, List.of("1h", "1d"));
    TrendsPageHandler.Page page = ok.page(dev.newsstream.url.QueryString.parse("type=person&windows=3"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(asked).containsExactly(Map.of("window", "1h", "type", "PERSON", "top", "20", "windows", "3"));
    assertThat(ok.page(dev.newsstream.url.QueryString.parse("type=all")).status()).isEqualTo(200);
    assertThat(asked.get(1)).doesNotContainKey("type");

    TrendsPageHandler bad = new TrendsPageHandler(
        p -> new TrendsPageHandler.Answer(400, "{\"error\":\"window must be one of 1h, 1d\"}"), List.of("1h", "1d"));
    TrendsPageHandler.Page error = bad.page(dev.newsstream.url.QueryString.parse("window=7y"));
    assertThat(error.status()).isEqualTo(400);
    assertThat(Jsoup.parse(error.html()).selectFirst("p.error").text()).isEqualTo("window must be one of 1h, 1d");

    TrendsPageHandler garbled = new TrendsPageHandler(p -> new TrendsPageHandler.Answer(200, "{}"), List.of("1h"));
    assertThat(garbled.page(Map.of()).status()).isEqualTo(502);
  }

  @Test
  void overHttpAsksTheApiUrlAndTurnsAnUnreachableApiInto503() throws Exception {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("localhost", 0), 0);
    List<String> asked = new ArrayList<>();
    server.createContext("/trends/entities", ex -> {
      asked.add(ex.getRequestURI().toString());
      byte[] body = "{\"error\":\"nope\"}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(400, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    int port = server.getAddress().getPort();
    try {
      TrendsPageHandler.Answer a = TrendsPageHandler.overHttp(java.net.URI.create("http://localhost:" + port + "/"),
          java.time.Duration.ofSeconds(5)).entities(new java.util.LinkedHashMap<>(Map.of("type", "A B")));
      assertThat(a).isEqualTo(new TrendsPageHandler.Answer(400, "{\"error\":\"nope\"}"));
      assertThat(asked).containsExactly("/trends/entities?type=A+B");
    } finally {
      server.stop(0);
    }
    TrendsPageHandler.Answer down = TrendsPageHandler.overHttp(java.net.URI.create("http://localhost:" + port),
        java.time.Duration.ofSeconds(5)).entities(Map.of());
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.json()).contains("\"error\":\"the trends API at http://localhost:" + port + " did not answer");
  }
}
