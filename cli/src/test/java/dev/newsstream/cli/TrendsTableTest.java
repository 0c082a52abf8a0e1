package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsstream.streams.analytics.web.TrendsReply;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `newsstream trends`: the table it prints from a reply of the API's contract, and its errors. */
class TrendsTableTest {
  static final String REPLY = """
      {"window":"1h","windowMs":3600000,"type":null,"top":2,"servedBy":"10.0.0.7:9464","windows":[
        {"start":"2026-12-06T15:00:00Z","end":"2026-12-06T16:00:00Z","entities":[
          {"name":"Kaja Kallas","type":"PERSON","articles":3,"mentions":7},
          {"name":"Европейский союз","type":"ORGANIZATION","articles":12,"mentions":140}]},
        {"start":"2026-12-06T14:00:00Z","end":"2026-12-06T15:00:00Z","entities":[
          {"name":"Tallinn","type":"LOCATION","articles":1,"mentions":1}]}]}
      """;

  @Test
  void oneLinePerWindowAndRankWithAlignedColumns() {
    String table = TrendsTable.format(TrendsReply.parse(REPLY));
    assertThat(table).isEqualTo("""
        Top 2 entities per 1h window, newest first (served by 10.0.0.7:9464)
        WINDOW (UTC)            RANK  ENTITY            TYPE          ARTICLES  MENTIONS
        2026-12-06 15:00-16:00     1  Kaja Kallas       PERSON               3         7
        2026-12-06 15:00-16:00     2  Европейский союз  ORGANIZATION        12       140
        2026-12-06 14:00-15:00     1  Tallinn           LOCATION             1         1
        """);
  }

  @Test
  void anEmptyWindowAmongFullOnesIsShownAsEmpty() {
    String reply = """
        {"window":"1d","windowMs":86400000,"type":null,"top":2,"windows":[
          {"start":"2026-12-06T00:00:00Z","end":"2026-12-07T00:00:00Z","entities":[
            {"name":"Tallinn","type":"LOCATION","articles":1,"mentions":1}]},
          {"start":"2026-12-05T00:00:00Z","end":"2026-12-06T00:00:00Z","entities":[]}]}
        """;
    assertThat(TrendsTable.format(TrendsReply.parse(reply))).isEqualTo("""
        Top 2 entities per 1d window, newest first
        WINDOW (UTC)  RANK  ENTITY                        TYPE      ARTICLES  MENTIONS
        2026-12-06       1  Tallinn                       LOCATION         1         1
        2026-12-05          (no entities in this window)
        """);
  }

  @Test
  void wideCharactersTakeTwoColumnsSoCjkNamesLineUp() {
    var rows = java.util.List.of(
        new dev.newsstream.streams.analytics.web.TrendRows.Row("国际空间站", "LOCATION", 9, 9, java.util.List.of()),
        new dev.newsstream.streams.analytics.web.TrendRows.Row("Kaja Kallas", "PERSON", 3, 7, java.util.List.of()),
        new dev.newsstream.streams.analytics.web.TrendRows.Row("ＡＢ", "MISC", 1, 1, java.util.List.of()));
    // Each TYPE cell starts at the same terminal column: 5 wide characters = 10 columns, "Kaja Kallas" = 11.
    assertThat(TrendsTable.formatTotals(rows)).isEqualTo("""
        RANK  ENTITY       TYPE      ARTICLES  MENTIONS
           1  国际空间站   LOCATION         9         9
           2  Kaja Kallas  PERSON           3         7
           3  ＡＢ         MISC             1         1
        """);
    assertThat(TrendsTable.displayWidth("北京 Beijing")).isEqualTo(12);
    assertThat(TrendsTable.displayWidth("Ще́")).isEqualTo(2); // a combining accent takes no column
  }

  @Test
  void totalsTableRanksEntitiesOverTheWindows() {
    String table = TrendsTable.formatTotals(
        dev.newsstream.streams.analytics.web.TrendRows.of(TrendsReply.parse(REPLY), 10));
    assertThat(table).isEqualTo("""
        RANK  ENTITY            TYPE          ARTICLES  MENTIONS
           1  Европейский союз  ORGANIZATION        12       140
           2  Kaja Kallas       PERSON               3         7
           3  Tallinn           LOCATION             1         1
        """);
  }

  @Test
  void noCountSaysSo() {
    TrendsReply empty = new TrendsReply("1d", 86_400_000L, "PERSON", 10, List.of(), null);
    assertThat(TrendsTable.format(empty)).isEqualTo("No PERSON entities counted yet in any 1d window.\n");
  }

  @Test
  void windowsReadAsDaysOrHours() {
    assertThat(TrendsTable.window(Instant.parse("2026-12-06T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")))
        .isEqualTo("2026-12-06");
    assertThat(TrendsTable.window(Instant.parse("2026-12-06T23:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")))
        .isEqualTo("2026-12-06 23:00-00:00");
    assertThat(TrendsTable.window(Instant.parse("2026-12-06T12:00:00Z"), Instant.parse("2026-12-07T12:00:00Z")))
        .isEqualTo("2026-12-06 12:00 - 2026-12-07 12:00");
  }

  @Test
  void commandAsksTheApiWithItsOptionsAndPrintsTheTable() throws Exception {
    List<String> asked = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/trends/entities", ex -> {
      asked.add(ex.getRequestURI().toString());
      boolean bad = ex.getRequestURI().getQuery().contains("window=7y");
      byte[] body = (bad ? "{\"error\":\"window must be one of 1h, 1d\"}" : REPLY).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(bad ? 400 : 200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    try {
      String url = "http://localhost:" + server.getAddress().getPort() + "/";
      Run ok = run("--url", url, "--type", "person", "--top", "2", "--windows", "2");
      assertThat(ok.rc).isZero();
      assertThat(asked).containsExactly("/trends/entities?window=1h&type=PERSON&top=2&windows=2");
      assertThat(ok.out).isEqualTo(TrendsTable.format(TrendsReply.parse(REPLY)));
      // host:port without a scheme is the same app (it used to be a stack trace: "invalid URI scheme").
      Run noScheme = run("--url", "localhost:" + server.getAddress().getPort(), "--type", "person", "--top", "2",
          "--windows", "2");
      assertThat(noScheme.rc).isZero();
      assertThat(noScheme.out).isEqualTo(ok.out);
      Run bad = run("--url", url, "--window", "7y");
      assertThat(bad.rc).isEqualTo(1);
      assertThat(bad.err).contains("answered HTTP 400: window must be one of 1h, 1d");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnreachableAppIsAClearErrorNotAStackTrace() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
    Run r = run("--url", "http://localhost:" + port);
    assertThat(r.rc).isEqualTo(1);
    assertThat(r.err).startsWith("error: no newsstream app answers at http://localhost:" + port)
        .contains("newsstream run", "--url").doesNotContain("Exception");
    assertThat(r.out).isEmpty();
  }

  @Test
  void aBadUrlIsAClearErrorNotAStackTrace() {
    assertThat(TrendsClient.baseUri("localhost:19464")).hasToString("http://localhost:19464");
    assertThat(TrendsClient.baseUri(" HTTPS://10.0.0.7:9464/ ")).hasToString("HTTPS://10.0.0.7:9464/");
    for (String bad : List.of("ftp://localhost:9464", "http://", "localhost:port", "http://exa mple:1", "")) {
      Run r = run("--url", bad);
      assertThat(r.rc).as(bad).isEqualTo(2);
      assertThat(r.err).as(bad).startsWith("error: invalid --url '" + bad + "'").contains("localhost:9464")
          .doesNotContain("Exception");
      assertThat(r.out).isEmpty();
    }
  }

  @Test
  void helpExplainsTheColumnsAndTheDefaultUrl() {
    Run r = run("--help");
    assertThat(r.rc).isZero();
    assertThat(r.out).contains("distinct articles", "mentions", "http://localhost:9464", "/trends", "PERSON");
  }

  private record Run(int rc, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TrendsCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int rc = cmd.execute(args);
    return new Run(rc, out.toString(), err.toString());
  }
}
