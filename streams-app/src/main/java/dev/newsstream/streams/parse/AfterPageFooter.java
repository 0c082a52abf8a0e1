package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

/**
 * What a page places after its own footer: the overlays scripts show on demand (login and registration dialogs with
 * their validation and success messages, cookie notices, age checks, mini-players) sit at the end of the body, after
 * the site's {@code <footer>}. None of it is article text (on the 502 dev-set pages with a page footer, no
 * must-contain snippet lies only after it), but a dialog holding a dozen account messages outweighs a video page's
 * one-paragraph text. Found once per page, before the cleaner removes the footer itself.
 *
 * <p>The page footer is the last {@code <footer>} or {@code [role=contentinfo]} element that belongs to no article,
 * section, aside, main, header, nav or other footer (those are an article's or a box's own footers).
 */
final class AfterPageFooter {
  private static final Set<String> OWNER_TAGS = Set.of("article", "section", "aside", "main", "header", "nav",
      "footer");

  private final Set<Element> trailing;

  private AfterPageFooter(Set<Element> trailing) {
    this.trailing = trailing;
  }

  /** The regions after {@code body}'s page footer; none when the page has no page footer. */
  static AfterPageFooter of(Element body) {
    // One walk of the page collects the footers, main regions and paragraphs that three whole-DOM look-ups
    // (select, select, getElementsByTag) used to find, in the same document order.
    Evaluator footers = Queries.evaluator("footer, [role=contentinfo]");
    Evaluator mains = Queries.evaluator("main, [role=main]");
    List<Element> mainRegions = new ArrayList<>();
    List<Element> paragraphs = new ArrayList<>();
    Element[] footer = new Element[1];
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        if (footers.matches(body, e) && isPageLevel(e, body)) {
          footer[0] = e; // document order: the last one wins
        }
        if (mains.matches(body, e)) {
          mainRegions.add(e);
        }
        if (e.normalName().equals("p")) {
          paragraphs.add(e);
        }
      }
    }, body);
    if (footer[0] == null) {
      return new AfterPageFooter(Set.of());
    }
    Set<Element> after = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = footer[0]; e != null && e != body; e = e.parent()) {
      for (Element s = e.nextElementSibling(); s != null; s = s.nextElementSibling()) {
        after.add(s);
      }
    }
    AfterPageFooter found = new AfterPageFooter(after);
    return found.hasProseBefore(paragraphs, footer[0]) && !found.holdsMain(mainRegions) ? found
        : new AfterPageFooter(Set.of());
  }

  /**
   * Whether a paragraph of running text comes before the footer: a page whose only text follows an early footer
   * (a footer element misused at the top) keeps it all, its markup is then no guide. Read on the page as it came,
   * before any cleaning: the cleaner may remove the article's own wrapper by name, and a gentler retry brings it
   * back, so the cleaned page is no evidence either way.
   */
  private boolean hasProseBefore(List<Element> paragraphs, Element footer) {
    for (Element p : paragraphs) {
      String t = p.text();
      if (t.length() >= PROSE_CHARS && TextBlocks.PROSE_END.matcher(t).find() && !contains(p)
          && !Queries.isWithin(p, footer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPageLevel(Element footer, Element body) {
    for (Element a = footer.parent(); a != null && a != body; a = a.parent()) {
      if (OWNER_TAGS.contains(a.normalName()) || OWNER_ROLES.contains(a.attr("role"))) {
        return false;
      }
    }
    return true;
  }

  /** Landmarks whose footer is their own (a menu's footer row, {@code div[role=navigation] > footer}). */
  private static final Set<String> OWNER_ROLES = Set.of("contentinfo", "navigation", "banner", "complementary",
      "main", "region", "dialog", "search", "article");

  /** Whether the element lies after the page footer (in one of the subtrees that follow it). */
  boolean contains(Element e) {
    if (trailing.isEmpty()) {
      return false;
    }
    for (Element a = e; a != null; a = a.parent()) {
      if (trailing.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the page's {@code <main>} comes after the footer: then that footer is not the page's end. */
  private boolean holdsMain(List<Element> mainRegions) {
    for (Element m : mainRegions) {
      if (contains(m)) {
        return true;
      }
    }
    return false;
  }

  /** The blocks without those after the page footer; the list itself when none is. */
  List<TextBlocks.Block> without(List<TextBlocks.Block> blocks) {
    if (trailing.isEmpty()) {
      return blocks;
    }
    List<TextBlocks.Block> kept = new java.util.ArrayList<>(blocks.size());
    for (TextBlocks.Block b : blocks) {
      if (!contains(b.owner())) {
        kept.add(b);
      }
    }
    return kept.size() < blocks.size() ? kept : blocks;
  }

  /** Characters of a paragraph before the footer that show the page's text starts before it. */
  private static final int PROSE_CHARS = 80;
}
