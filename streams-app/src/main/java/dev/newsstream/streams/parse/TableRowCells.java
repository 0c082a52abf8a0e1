package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Article text laid out over the rows of a layout table: the headline, lead and first paragraphs in a cell beside
 * an ad or cover cell, the rest in the next row's cell ({@code <tr><td>ad</td><td>lead…</td></tr><tr><td
 * colspan=2>rest…</td></tr>}). The winner is one row; the other part sits in a sibling row that holds other cells
 * too, so neither scores as its twin nor as a prose sibling. Readability joins such siblings by score or by prose
 * with few links (its {@code _grabArticle} sibling step); here the cells of the neighbouring rows that hold prose
 * join, one by one, so the ad cell beside them stays out. The walk goes row by row from the winner's row in both
 * directions; near-empty rows (spacers) are passed over, and the first row with text but no prose cell (a box, a
 * menu row) ends it.
 */
final class TableRowCells {
  /** Prose characters a cell needs on its own: a caption, price or one teaser line is not a part of the text. */
  static final int MIN_CELL_PROSE = 200;
  /** Share of the winner's prose a cell needs: a summary of another story under a long article is not a part. */
  static final double MIN_SHARE_OF_TOP = 0.2;
  /** Link density a prose cell may have at most (Readability's bound for a prose sibling). */
  static final double MAX_LINK_DENSITY = 0.25;
  /** Text a row may hold and still be passed over: a spacer, a rule, an ad label. */
  private static final int SPACER_MAX_CHARS = 50;
  /** How far above the winner its row may be (cell, wrapper in the cell, wrapper's child). */
  private static final int ROW_LEVELS_UP = 3;

  private TableRowCells() {}

  /**
   * The containers plus the prose cells of the rows next to the winner's row, in document order; the containers
   * themselves when the winner is in no table row or no neighbouring row holds a prose cell.
   *
   * @param containers the containers chosen so far, in document order
   * @param top the winner they were built around
   */
  static List<Element> withRowCells(List<Element> containers, Element top, CandidateScores scores) {
    Element row = rowOf(top);
    if (row == null) {
      return containers;
    }
    int topProse = Math.max(scores.prose(top), scores.prose(row));
    int minProse = Math.max(MIN_CELL_PROSE, (int) (topProse * MIN_SHARE_OF_TOP));
    List<Element> before = new ArrayList<>();
    for (Element r = row.previousElementSibling(); r != null; r = r.previousElementSibling()) {
      List<Element> cells = proseCells(r, minProse, scores, containers);
      if (cells == null) {
        break;
      }
      before.addAll(0, cells);
    }
    List<Element> after = new ArrayList<>();
    for (Element r = row.nextElementSibling(); r != null; r = r.nextElementSibling()) {
      List<Element> cells = proseCells(r, minProse, scores, containers);
      if (cells == null) {
        break;
      }
      after.addAll(cells);
    }
    if (before.isEmpty() && after.isEmpty()) {
      return containers;
    }
    List<Element> out = new ArrayList<>(before);
    out.addAll(containers);
    out.addAll(after);
    return out;
  }

  /**
   * The table row the winner is, or sits in a few levels down from, with no other table between: the winner's
   * layout row. Null when there is none.
   */
  static Element rowOf(Element top) {
    Element e = top;
    for (int level = 0; e != null && level <= ROW_LEVELS_UP; level++, e = e.parent()) {
      if (e.normalName().equals("tr")) {
        return e;
      }
      if (level > 0 && e.normalName().equals("table")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The row's cells that hold prose enough, few links, and mostly prose; empty for a spacer row; null when the
   * row has text but no such cell (the walk ends there).
   */
  private static List<Element> proseCells(Element row, int minProse, CandidateScores scores, List<Element> containers) {
    if (!row.normalName().equals("tr")) {
      return null;
    }
    List<Element> out = new ArrayList<>();
    for (Element cell : row.children()) {
      int prose = scores.prose(cell);
      if ((cell.normalName().equals("td") || cell.normalName().equals("th")) && prose >= minProse
          && scores.linkDensity(cell) < MAX_LINK_DENSITY && prose * 2 >= scores.text(cell)
          && !Queries.overlapsAny(cell, containers)) {
        out.add(cell);
      }
    }
    return out.isEmpty() && scores.text(row) > SPACER_MAX_CHARS ? null : out;
  }
}
