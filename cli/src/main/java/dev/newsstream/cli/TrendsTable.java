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

  /**
   * Lines of cells as aligned columns, two spaces apart; width = the widest cell in terminal columns
   * ({@link #displayWidth}), so Chinese or Japanese names line up with Latin ones.
   */
  private static String columns(List<String[]> lines, boolean[] right) {
    int[] width = new int[right.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], displayWidth(line[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String pad = " ".repeat(width[i] - displayWidth(line[i]));
        row.append(i == 0 ? "" : "  ").append(right[i] ? pad + line[i] : line[i] + pad);
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * Terminal columns {@code s} takes: 2 for each East Asian Wide or Fullwidth character (Unicode's
   * EastAsianWidth W/F: CJK ideographs, kana, hangul, fullwidth forms), 0 for combining marks, 1 otherwise. The
   * ranges are the main W/F blocks (as in Markus Kuhn's wcwidth); the app's kept libraries have no such function.
   */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int t = Character.getType(cp);
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT) {
        continue;
      }
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
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
