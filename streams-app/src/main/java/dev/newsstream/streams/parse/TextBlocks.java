package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Stage 2: the cleaned DOM as a flat list of text blocks in document order. A block ends wherever a browser would
 * break the line (block-level elements, {@code <br>}); it remembers the element that owns it and how much of its
 * text is link text. A data table (cells holding only inline text) gives one line per row, its cells separated by
 * " | ", so a row reads as it does on screen instead of one cell a line; layout tables, whose cells hold paragraphs,
 * lists or line breaks, keep a line per cell. Iterative, so deep DOMs cannot overflow the stack.
 */
final class TextBlocks {
  /** A line that ends as a sentence of running text does (full stop, question, ellipsis, closing quote). */
  static final java.util.regex.Pattern PROSE_END = java.util.regex.Pattern.compile("[.!?…»”\"]\\s*$");
  /**
   * A short line ending like a sentence or a footnoted offer ("Get the recipe here.", "Unlock the offer!*"): a call
   * to action when it is also a link, not a sub-heading or an item's title.
   */
  static final java.util.regex.Pattern ACTION_END = java.util.regex.Pattern.compile("[.!:*]\\s*$");
  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "hr", "br", "address", "center",
      "details", "summary", "form", "fieldset", "legend", "body", "html", "menu");
  private static final String CELL_SEPARATOR = " | ";
  /** Elements that make a table cell a page region rather than a value: the table lays out the page. */
  private static final String LAYOUT_CONTENT = "p, div, ul, ol, dl, br, h1, h2, h3, h4, h5, h6, blockquote, pre, "
      + "section, article, form";

  /**
   * A table of values: no nested table, no cell holding paragraphs, lists or line breaks, and a row of at least two
   * cells. Checked once per table element.
   */
  static boolean isDataTable(Element table) {
    if (table.getElementsByTag("table").size() > 1 || !table.select(LAYOUT_CONTENT).isEmpty()) {
      return false;
    }
    for (Element row : table.getElementsByTag("tr")) {
      if (row.select("> td, > th").size() >= 2) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EMPHASIS_TAGS = Set.of("em", "i", "strong", "b");

  /** Tags whose own text is a paragraph in the usual sense (their parent is the container). */
  static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
      "blockquote", "pre", "address", "summary");

  /**
   * One line of text; {@code owner} is the nearest block-level element around it; {@code linkChars} and
   * {@code emphasisChars} count its characters inside links and inside {@code em/i/strong/b}.
   */
  /**
   * Whether an {@code <a>} is a link or a button: all are, except a jump target without {@code href}
   * ({@code <a name="wodarg">…</a>} around a paragraph of the text, whose words are not link text).
   */
  static boolean isLink(Element a) {
    return a.hasAttr("href") || !(a.hasAttr("name") || a.hasAttr("id"));
  }

  record Block(String text, Element owner, int linkChars, String tag, int emphasisChars) {
    Block(String text, Element owner, int linkChars, String tag) {
      this(text, owner, linkChars, tag, 0);
    }

    /** Set in italics or bold as a whole: an editor's note, credit or aside rather than running text. */
    boolean isEmphasised() {
      return !text.isEmpty() && emphasisChars >= text.length() * 0.9;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
  }

  private TextBlocks() {}

  static List<Block> of(Element root) {
    List<Block> blocks = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      final StringBuilder text = new StringBuilder();
      final ArrayList<Element> owners = new ArrayList<>();
      final ArrayList<Boolean> dataTables = new ArrayList<>();
      int links;
      int emphasis;
      int inLink;
      int inEmphasis;
      int inPre;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          append(inPre > 0 ? t.getWholeText() : NodeText.text(t));
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("table")) {
            dataTables.add(isDataTable(e));
          }
          if (isDataCell(tag)) {
            if (!text.isEmpty()) {
              text.append(CELL_SEPARATOR);
            }
          } else if (BLOCK_TAGS.contains(tag)) {
            flush();
            if (!tag.equals("br") && !tag.equals("hr")) {
              owners.add(e);
            }
          }
          if (tag.equals("a") && isLink(e)) {
            inLink++;
          } else if (tag.equals("pre")) {
            inPre++;
          } else if (EMPHASIS_TAGS.contains(tag)) {
            inEmphasis++;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a") && isLink(e)) {
            inLink--;
          } else if (tag.equals("pre")) {
            inPre--;
          } else if (EMPHASIS_TAGS.contains(tag)) {
            inEmphasis--;
          }
          if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr") && !isDataCell(tag)) {
            flush();
            if (!owners.isEmpty()) {
              owners.remove(owners.size() - 1);
            }
          }
          if (tag.equals("table") && !dataTables.isEmpty()) {
            dataTables.remove(dataTables.size() - 1);
          }
        }
      }

      private boolean isDataCell(String tag) {
        return (tag.equals("td") || tag.equals("th")) && !dataTables.isEmpty() && dataTables.get(dataTables.size() - 1);
      }

      private void append(String s) {
        if (s.isEmpty()) {
          return;
        }
        boolean space = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
            && Character.isWhitespace(s.charAt(0));
        String add = inPre > 0 ? s : s.strip();
        if (add.isEmpty()) {
          if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
          }
          return;
        }
        if (space) {
          text.append(' ');
        }
        text.append(add);
        if (inLink > 0) {
          links += add.length();
        }
        if (inEmphasis > 0) {
          emphasis += add.length();
        }
        if (inPre == 0 && Character.isWhitespace(s.charAt(s.length() - 1))) {
          text.append(' ');
        }
      }

      private void flush() {
        String t = inPre > 0 ? text.toString().strip() : text.toString().replace('\u00A0', ' ').strip();
        if (!t.isEmpty() && !owners.isEmpty()) {
          Element owner = owners.get(owners.size() - 1);
          blocks.add(new Block(t, owner, Math.min(links, t.length()), owner.normalName(),
              Math.min(emphasis, t.length())));
        }
        text.setLength(0);
        links = 0;
        emphasis = 0;
      }
    }, root);
    return blocks;
  }
}
