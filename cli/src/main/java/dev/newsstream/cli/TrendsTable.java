package dev.newsstream.cli;

import dev.newsstream.streams.analytics.web.TrendRows;
import dev.newsstream.streams.analytics.web.TrendsReply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's table of a {@link TrendsReply}: one line per (window, rank), newest window first, as the API
 * ranked them. Columns: window (UTC), rank, entity, type, articles, mentions; widths fit the longest cell.
 */
final class TrendsTable {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
  private static final String[] HEADER = {"WINDOW (UTC)", "RANK", "ENTITY", "TYPE", "ARTICLES", "MENTIONS"};
  private static final boolean[] RIGHT = {false, true, false, false, true, true};

  static final String EMPTY_WINDOW = "(no entities in this window)";

  private TrendsTable() {}

  /** The table text (each line ends with a newline), or a one-line note when no window holds a count. */
  static String format(TrendsReply reply) {
    String what = reply.type() == null ? "entities" : reply.type() + " entities";
    if (reply.windows().stream().allMatch(w -> w.entities().isEmpty())) {
      return "No " + what + " counted yet in any " + reply.window() + " window"
          + (reply.servedBy() == null ? "" : " (asked " + reply.servedBy() + ")") + ".\n";
    }
    List<String[]> lines = new ArrayList<>();
    lines.add(HEADER);
    for (TrendsReply.Window w : reply.windows()) {
      if (w.entities().isEmpty()) {
        // Shown, not skipped: with --windows 2 a missing line read as if the window had not been asked for.
        lines.add(new String[] {window(w.start(), w.end()), "", EMPTY_WINDOW, "", "", ""});
        continue;
      }
      int rank = 0;
      for (TrendsReply.Count c : w.entities()) {
        lines.add(new String[] {window(w.start(), w.end()), String.valueOf(++rank), c.name(), c.type(),
            String.valueOf(c.articles()), String.valueOf(c.mentions())});
      }
    }
    StringBuilder out = new StringBuilder("Top ").append(reply.top()).append(' ').append(what).append(" per ")
        .append(reply.window()).append(" window, newest first");
    if (reply.servedBy() != null) {
      out.append(" (served by ").append(reply.servedBy()).append(')');
    }
    return out.append('\n').append(columns(lines, RIGHT)).toString();
  }

  /** Lines of cells as aligned columns (width = longest cell, in code points), two spaces apart. */
  private static String columns(List<String[]> lines, boolean[] right) {
    int[] width = new int[right.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String pad = " ".repeat(width[i] - line[i].codePointCount(0, line[i].length()));
        row.append(i == 0 ? "" : "  ").append(right[i] ? pad + line[i] : line[i] + pad);
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Entities over several windows (the page's rows): rank, entity, type, articles, mentions. */
  static String formatTotals(List<TrendRows.Row> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"RANK", "ENTITY", "TYPE", "ARTICLES", "MENTIONS"});
    int rank = 0;
    for (TrendRows.Row r : rows) {
      lines.add(new String[] {String.valueOf(++rank), r.name(), r.type(), String.valueOf(r.articles()),
          String.valueOf(r.mentions())});
    }
    return columns(lines, new boolean[] {true, false, false, true, true});
  }

  /** "2026-12-06 15:00-16:00" within a day, "2026-12-06" for a whole UTC day, else both instants. */
  static String window(Instant start, Instant end) {
    Instant last = end.minusMillis(1);
    boolean sameDay = DAY.format(start).equals(DAY.format(last));
    if (TIME.format(start).equals("00:00") && TIME.format(end).equals("00:00") && sameDay) {
      return DAY.format(start);
    }
    if (sameDay) {
      return DAY.format(start) + " " + TIME.format(start) + "-" + TIME.format(end);
    }
    return DAY.format(start) + " " + TIME.format(start) + " - " + DAY.format(end) + " " + TIME.format(end);
  }
}
