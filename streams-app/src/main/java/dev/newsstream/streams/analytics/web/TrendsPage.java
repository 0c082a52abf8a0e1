package dev.newsstream.streams.analytics.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML of {@code GET /trends}, rendered on the server from a {@link TrendsReply}: window and type selectors
 * (plain links, no script), then one row per entity ({@link TrendRows}) with its totals over the shown windows and
 * an inline SVG bar chart of its articles per window, oldest left. No external resource: the stylesheet is a
 * classpath resource copied into the page. Built with jsoup elements, so every text is escaped.
 *
 * <p>Hooks for tests and scrapers: {@code table#trends tbody tr} rows carry {@code data-name}/{@code data-type};
 * cells {@code td.articles}, {@code td.mentions}; each bar is {@code g.bar} with {@code data-start} (ISO-8601),
 * its count as visible text ({@code text}; absent when the entity is not in that window's list, or when more than
 * 9 windows leave no room, the count then being in the bar's {@code title} only).
 */
public final class TrendsPage {
  /** The type filters offered, as the API spells them. */
  public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final String CSS = resource("trends.css");
  /** Chart width the slots share (px); a slot is 24 px at most (6 windows fill it) and 6 px at least. */
  private static final int CHART_WIDTH = 144;
  /** Narrower slots have no room for a count over the bar: it stays in the bar's tooltip. */
  private static final int MIN_LABELLED_SLOT = 16;
  private static final int CHART_HEIGHT = 28;
  private static final int LABEL_HEIGHT = 12;

  private TrendsPage() {}

  /**
   * The choices the page was asked for.
   *
   * @param window the window size shown (one of {@code windowChoices}, e.g. "1h")
   * @param type the type filter, null for all
   * @param windows how many of the newest windows are shown
   */
  public record Selection(String window, String type, int windows, List<String> windowChoices) {}

  /** The full page for a successful reply. */
  public static String render(TrendsReply reply, Selection sel) {
    Document doc = shell(sel);
    Element main = doc.body().appendElement("main");
    List<TrendsReply.Window> windows = TrendRows.oldestFirst(reply);
    List<TrendRows.Row> rows = TrendRows.of(reply, reply.top());
    Element sub = main.appendElement("p").addClass("sub");
    if (windows.isEmpty()) {
      sub.text("No " + typeLabel(reply.type()) + " counted in any " + sizeLabel(reply.windowMs()) + " window yet.");
    } else {
      sub.text("Articles naming each " + typeLabel(reply.type()) + " in the last " + windows.size() + " window"
          + (windows.size() == 1 ? "" : "s") + " of " + sizeLabel(reply.windowMs()) + ", "
          + span(windows.get(0).start(), windows.get(windows.size() - 1).end(), reply.windowMs()) + " (UTC).");
    }
    if (!rows.isEmpty()) {
      table(main, rows, windows, reply);
    }
    Element foot = doc.body().appendElement("footer");
    foot.appendText("Totals add up the windows where the entity is among the top " + reply.top()
        + "; a gap means it is not. JSON: ");
    String api = "/trends/entities?" + query(sel.window(), sel.type(), sel.windows()) + "&top=" + reply.top();
    foot.appendElement("a").attr("href", api).text(api);
    if (reply.servedBy() != null) {
      foot.appendText(" · served by " + reply.servedBy());
    }
    return doc.outerHtml();
  }

  /** The page with the API's error (bad parameter, store not ready) in place of the table. */
  public static String renderError(String message, Selection sel) {
    Document doc = shell(sel);
    doc.body().appendElement("main").appendElement("p").addClass("error").text(message);
    return doc.outerHtml();
  }

  private static Document shell(Selection sel) {
    Document doc = Document.createShell("");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.head().appendElement("title").text("Trending entities · newsstream");
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element header = doc.body().appendElement("header");
    header.appendElement("h1").text("Trending entities");
    Element nav = header.appendElement("nav");
    Element w = nav.appendElement("div").addClass("choices").attr("aria-label", "window");
    w.appendElement("span").addClass("label").text("Window");
    for (String choice : sel.windowChoices()) {
      pill(w, choice, query(choice, sel.type(), sel.windows()), choice.equals(sel.window()));
    }
    Element t = nav.appendElement("div").addClass("choices").attr("aria-label", "type");
    t.appendElement("span").addClass("label").text("Type");
    pill(t, "All", query(sel.window(), null, sel.windows()), sel.type() == null);
    for (String type : TYPES) {
      pill(t, capitalized(type), query(sel.window(), type, sel.windows()), type.equals(sel.type()));
    }
    return doc;
  }

  private static void table(Element main, List<TrendRows.Row> rows, List<TrendsReply.Window> windows,
      TrendsReply reply) {
    long max = rows.stream().flatMap(r -> r.perWindow().stream())
        .mapToLong(c -> c == null ? 0 : c.articles()).max().orElse(1);
    Element table = main.appendElement("table").id("trends");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").addClass("num").text("#");
    head.appendElement("th").text("Entity");
    head.appendElement("th").text("Type");
    head.appendElement("th").addClass("num").text("Articles");
    head.appendElement("th").addClass("num").text("Mentions");
    head.appendElement("th").addClass("chart").text("Per " + sizeLabel(reply.windowMs()).replaceFirst("^1 ", "")
        + ", oldest → newest");
    Element body = table.appendElement("tbody");
    int rank = 0;
    for (TrendRows.Row row : rows) {
      Element tr = body.appendElement("tr").attr("data-name", row.name()).attr("data-type", row.type());
      tr.appendElement("td").addClass("num rank").text(String.valueOf(++rank));
      tr.appendElement("td").addClass("name").text(row.name());
      tr.appendElement("td").appendElement("span").addClass("type t-" + row.type().toLowerCase(Locale.ROOT))
          .text(capitalized(row.type()));
      tr.appendElement("td").addClass("num articles").text(String.valueOf(row.articles()));
      tr.appendElement("td").addClass("num mentions").text(String.valueOf(row.mentions()));
      chart(tr.appendElement("td").addClass("chart"), row, windows, Math.max(1, max), reply);
    }
  }

  /** Bars on one scale for the whole table, so rows compare; the count over each bar when its slot has room. */
  private static void chart(Element cell, TrendRows.Row row, List<TrendsReply.Window> windows, long max,
      TrendsReply reply) {
    int slot = Math.max(6, Math.min(24, CHART_WIDTH / Math.max(1, windows.size())));
    int barWidth = slot - Math.max(2, slot / 4);
    int width = windows.size() * slot - (slot - barWidth);
    int height = CHART_HEIGHT + LABEL_HEIGHT;
    Element svg = cell.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
        .attr("viewBox", "0 0 " + width + " " + height).attr("role", "img")
        .attr("aria-label", "articles per window for " + row.name());
    for (int i = 0; i < windows.size(); i++) {
      TrendsReply.Window w = windows.get(i);
      TrendsReply.Count c = row.perWindow().get(i);
      int x = i * slot;
      Element g = svg.appendElement("g").addClass(c == null ? "bar absent" : "bar")
          .attr("data-start", w.start().toString());
      String when = span(w.start(), w.end(), reply.windowMs());
      // A faint track per window, so a gap reads as a window and not as missing layout.
      g.appendElement("rect").addClass("track").attr("x", String.valueOf(x)).attr("y", String.valueOf(LABEL_HEIGHT))
          .attr("width", String.valueOf(barWidth)).attr("height", String.valueOf(CHART_HEIGHT));
      if (c == null) {
        g.appendElement("title").text(when + ": not among the top " + reply.top());
        g.appendElement("rect").addClass("value").attr("x", String.valueOf(x)).attr("y", String.valueOf(height - 2))
            .attr("width", String.valueOf(barWidth)).attr("height", "2");
        continue;
      }
      int h = (int) Math.max(2, Math.round((double) c.articles() / max * CHART_HEIGHT));
      g.appendElement("title").text(when + ": " + c.articles() + " article" + (c.articles() == 1 ? "" : "s")
          + ", " + c.mentions() + " mention" + (c.mentions() == 1 ? "" : "s"));
      g.appendElement("rect").addClass("value").attr("x", String.valueOf(x)).attr("y", String.valueOf(height - h))
          .attr("width", String.valueOf(barWidth)).attr("height", String.valueOf(h)).attr("rx", "2");
      if (slot < MIN_LABELLED_SLOT) {
        continue;
      }
      g.appendElement("text").attr("x", String.valueOf(x + barWidth / 2))
          .attr("y", String.valueOf(height - h - 3)).attr("text-anchor", "middle")
          .text(String.valueOf(c.articles()));
    }
  }

  private static void pill(Element parent, String text, String query, boolean on) {
    Element a = parent.appendElement("a").attr("href", "/trends?" + query).text(text).addClass("pill");
    if (on) {
      a.addClass("on").attr("aria-current", "true");
    }
  }

  /** The page's own query string; the API accepts the same names. */
  static String query(String window, String type, int windows) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("window", window);
    if (type != null) {
      q.put("type", type);
    }
    q.put("windows", String.valueOf(windows));
    return q.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  /** "15:00–16:00" for windows under a day, "6 Dec" for day windows, "6 Dec 15:00–7 Dec 15:00" otherwise. */
  static String span(Instant start, Instant end, long windowMs) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    DateTimeFormatter dayTime = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    boolean sameDay = day.format(start).equals(day.format(end.minusMillis(1)));
    if (windowMs == Duration.ofDays(1).toMillis() && start.toEpochMilli() % windowMs == 0) {
      return sameDay ? day.format(start) : day.format(start) + "–" + day.format(end.minusMillis(1));
    }
    if (sameDay) {
      return day.format(start) + " " + time.format(start) + "–" + time.format(end);
    }
    return dayTime.format(start) + "–" + dayTime.format(end);
  }

  /** "1 hour", "1 day", "15 minutes": the window size in words. */
  static String sizeLabel(long windowMs) {
    Duration d = Duration.ofMillis(windowMs);
    if (d.toDaysPart() > 0 && d.minusDays(d.toDays()).isZero()) {
      return plural(d.toDays(), "day");
    }
    if (d.toHoursPart() > 0 && d.minusHours(d.toHours()).isZero()) {
      return plural(d.toHours(), "hour");
    }
    return plural(d.toMinutes(), "minute");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static String typeLabel(String type) {
    if (type == null) {
      return "entity";
    }
    return "MISC".equals(type) ? "other entity" : type.toLowerCase(Locale.ROOT);
  }

  private static String capitalized(String type) {
    return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String resource(String name) {
    try (InputStream in = TrendsPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name + " beside " + TrendsPage.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
