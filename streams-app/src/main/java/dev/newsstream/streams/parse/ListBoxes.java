package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Lists set just before the article's wrapper: a review's pros and cons ({@code <article><h3>Pros</h3><dl><dd>…}),
 * key points. Their items are short and unlinked, so the block neither scores as a sibling nor reads as a prose
 * wrapper; a menu, a tag list or a table of contents is linked and stays out. Walking up from the winner a few
 * levels, the element right before each ancestor (empty ones passed over) joins when it is such a list box.
 */
final class ListBoxes {
  private static final int LEVELS_UP = 3;
  /** Unlinked items a box needs. */
  static final int MIN_ITEMS = 3;
  /** Characters an item needs: "Windows 10" in a system list is a value, "supports dynamic containers" a point. */
  static final int MIN_ITEM_CHARS = 15;
  private static final int MAX_BOX_CHARS = 1500;
  private static final String ITEM_BLOCKS = "li, dd, dt, div, p, ul, ol, dl, table, h1, h2, h3, h4, h5, h6";
  /** Share of a box's items that must be points (unlinked, long enough). */
  static final double MIN_POINT_SHARE = 0.75;

  private ListBoxes() {}

  /** The containers with the list boxes found before the winner's ancestors in front, in document order. */
  static List<Element> withListBoxes(List<Element> containers, Element top, Element root, CandidateScores scores) {
    List<Element> boxes = new ArrayList<>();
    Element a = top;
    for (int level = 0; level < LEVELS_UP && a != null && a != root && a.parent() != null; level++, a = a.parent()) {
      for (Element s = a.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        if (scores.text(s) == 0) {
          continue;
        }
        if (isListBox(s, scores) && !Queries.overlapsAny(s, containers)) {
          boxes.add(0, s);
        }
        break;
      }
    }
    if (boxes.isEmpty()) {
      return containers;
    }
    boxes.addAll(containers);
    return boxes;
  }

  /**
   * Unlinked items of {@code li/dd/dt} of {@value #MIN_ITEM_CHARS}+ chars, at least {@value #MIN_ITEMS} and 3 in 4
   * of its items, holding half its text or more: the box is the list.
   */
  static boolean isListBox(Element s, CandidateScores scores) {
    if (scores.text(s) > MAX_BOX_CHARS || scores.linkDensity(s) >= 0.25) {
      return false;
    }
    int items = 0;
    int itemChars = 0;
    int all = 0;
    for (Element i : s.select("li, dd, dt")) {
      all++;
      // A point is one unlinked line: no link, no nested list or block (a team sheet's item is a block of names)
      if (i.getElementsByTag("a").isEmpty() && i.select(ITEM_BLOCKS).size() == 1
          && i.text().length() >= MIN_ITEM_CHARS) {
        items++;
        itemChars += i.text().length();
      }
    }
    // Nearly every item a point: a roll of names or values (a team sheet, a system list) has most under the bar
    return items >= MIN_ITEMS && items >= all * MIN_POINT_SHARE && itemChars * 2 >= scores.text(s);
  }
}
