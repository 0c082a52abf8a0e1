package dev.newsstream.streams.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signature byline: the author's name alone on a line after the article's last paragraph, set apart as a signature
 * is — right-aligned ({@code <p align="right">}, {@code text-align: right}) or wholly in italics
 * ({@code <p><em>Jane Doe</em></p>}). Older magazine and essay pages sign their text so and carry no other byline.
 * Only the name before a comma counts ("Jane Roe, Dallas"), and only when the page has one such line.
 * Only a line that follows a prose paragraph and after which no prose paragraph follows (footnotes "(1) …" may)
 * counts: a name between paragraphs is an interview's speaker label or a heading.
 */
final class SignatureLines {
  /** A prose paragraph: this many characters at least. */
  private static final int PROSE_CHARS = 150;
  private static final Pattern RIGHT_ALIGNED = Pattern.compile("(?i)text-align\\s*:\\s*right");
  /** A footnote or note after the signature: "(1) …", "[2] …", "1) …", "* …", "Note: …". */
  private static final Pattern NOTE =
      Pattern.compile("(?iu)^\\s*(?:\\(\\d+\\)|\\[\\d+]|\\d+\\)|\\*|notes?\\s*:|anm\\.)");
  private static final Pattern LEADING_DASH = Pattern.compile("^[\\s–—-]+");

  private SignatureLines() {}

  /**
   * The names on the page's signature line (cleaned by {@link AuthorNames}), or empty when there is none. Lines in a
   * quotation, a picture, a comment, a form or an aside region are not the article's signature.
   */
  static List<String> names(Document doc, AsideRegions asides) {
    if (doc.body() == null) {
      return List.of();
    }
    List<String> found = List.of();
    int signed = 0;
    for (Element p : doc.body().getElementsByTag("p")) {
      String text = LEADING_DASH.matcher(HtmlMetadata.spaces(p.text())).replaceFirst("").strip();
      // "Jane Roe, Dallas", "Jane Roe, Harbour Institute": a signature's comma brings the place or affiliation
      int comma = text.indexOf(',');
      String name = comma > 0 ? text.substring(0, comma).strip() : text;
      if (name.length() < 5 || text.length() > 80 || !setApart(p)
          || !Publishers.isPersonName(name, doc.location())) {
        continue;
      }
      if (!afterProse(p) || p.closest("blockquote, figure, figcaption, form, q") != null
          || Bylines.isInComments(p, true) || asides.contains(p)) {
        continue;
      }
      if (++signed > 1) {
        return List.of(); // several signed texts (a letters page): none is the page's author
      }
      if (!proseFollows(p)) {
        found = AuthorNames.clean(List.of(name));
      }
    }
    return found;
  }

  /**
   * Right-aligned, or all its text inside one italic element. A bold line alone is a subhead ("Weitere
   * Informationen" before a list of links), which German capitals make look like a name.
   */
  private static boolean setApart(Element p) {
    if ("right".equalsIgnoreCase(p.attr("align").strip()) || RIGHT_ALIGNED.matcher(p.attr("style")).find()) {
      return true;
    }
    if (!p.ownText().isBlank() || p.childrenSize() != 1) {
      return false;
    }
    Element c = p.child(0);
    return c.nameIs("em") || c.nameIs("i");
  }

  private static boolean afterProse(Element p) {
    Element prev = p.previousElementSibling();
    return prev != null && prev.nameIs("p") && prev.text().length() >= PROSE_CHARS;
  }

  /**
   * A later paragraph of the same flow holds prose that is not a note. Boxes after the signature (a table or div of
   * background, "Le marché du travail est-il trop rigide ?") are sidebars, not more of the text.
   */
  private static boolean proseFollows(Element p) {
    for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      String t = next.text();
      if (next.nameIs("p") && t.length() >= PROSE_CHARS && !NOTE.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }
}
