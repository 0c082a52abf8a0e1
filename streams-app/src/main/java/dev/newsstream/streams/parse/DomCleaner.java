package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Stage 1 of body extraction: removes what is never article text (scripts, forms, media, hidden elements) and
 * what the markup marks as boilerplate (nav, footer, aside, share bars, related links, cookie banners, comments,
 * newsletter boxes, captions), by tag, ARIA role and class/id words. An element holding most of the page's text is
 * kept whatever its name says: a wrapper called "content-with-sidebar" is not a sidebar. Nor is any ancestor of the
 * densest run of paragraphs ever removed by tag or name (Blogger's "widget Blog", a "vertical-ad-con" container, an
 * {@code <aside>} or {@code <header>} around the post): names there may only lower a score later.
 *
 * <p>{@link Mode} is the retry ladder of Mozilla Readability (its FLAG_STRIP_UNLIKELYS and
 * FLAG_CLEAN_CONDITIONALLY): when the full cleaning leaves too little text, the extractor cleans a fresh copy again
 * with class/id-name removal off, then with tag and role removal off too.
 */
final class DomCleaner {
  static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, select, "
      + "input, textarea, object, embed, video, audio, map, picture, source, img, link, meta, figcaption, "
      + "amp-ad, amp-sidebar, amp-social-share, amp-analytics, [hidden], [aria-hidden=true], dialog";
  private static final org.jsoup.select.Evaluator NEVER_TEXT_QUERY = Queries.compile(NEVER_TEXT);
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final List<String> BOILERPLATE_TAGS = List.of("nav", "footer", "aside", "header", "form", "menu");
  private static final List<String> BOILERPLATE_ROLES = List.of("navigation", "banner", "complementary",
      "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");
  /** Removing an element that holds more than this share of the page's text needs stronger evidence. */
  private static final double PROTECTED_SHARE = 0.6;
  private static final double MIXED_HINT_SHARE = 0.25;

  private DomCleaner() {}

  /** How much to remove, strictest first. */
  enum Mode {
    /** Tags, roles and class/id names. */
    FULL,
    /** Tags and roles, but no removal for class/id names. */
    NO_NAMES,
    /** Only what is never text (scripts, media, forms controls) and hidden elements. */
    MINIMAL
  }

  static void clean(Element body) {
    clean(body, Mode.FULL);
  }

  /** What one cleaning removed, so that it can be put back for a gentler retry without copying the page. */
  static final class Removal {
    private final List<Element> removed = new ArrayList<>();
    private final List<Element> parents = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    private void remove(Element e) {
      Element parent = e.parent();
      if (parent == null) {
        return;
      }
      removed.add(e);
      parents.add(parent);
      positions.add(e.siblingIndex());
      e.remove();
    }

    /** Puts every removed element back where it was (reverse order, so sibling positions are right again). */
    void undo() {
      for (int i = removed.size() - 1; i >= 0; i--) {
        parents.get(i).insertChildren(positions.get(i), removed.get(i));
      }
      removed.clear();
      parents.clear();
      positions.clear();
    }
  }

  /**
   * Removes never-text elements only: the part every {@link Mode} shares, done once before the ladder starts. One
   * walk that skips what it removes (a select would also visit every node inside each {@code <svg>} and script).
   */
  static void removeNeverText(Element body) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && NEVER_TEXT_QUERY.matches(body, e)) {
          found.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    found.forEach(Element::remove);
  }

  static Removal clean(Element body, Mode mode) {
    removeNeverText(body);
    return cleanAfterNeverText(body, mode);
  }

  /**
   * As {@link #clean(Element, Mode)} on a body that {@link #removeNeverText} has already been run on: the retry
   * ladder's later rungs need not look for never-text elements again ({@link Removal#undo} puts back only what the
   * rung removed).
   */
  static Removal cleanAfterNeverText(Element body, Mode mode) {
    Map<Element, Integer> textLength = textLengths(body);
    int total = Math.max(1, textLength.getOrDefault(body, 0));
    java.util.Set<Element> keep = ancestorsOfDensestParagraphs(body, textLength);
    List<Element> toRemove = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == body) {
          return FilterResult.CONTINUE;
        }
        if (isBoilerplate(e, textLength.getOrDefault(e, 0) / (double) total, mode, keep.contains(e))
            && !isArticleHead(e) && !HeadHeadings.isInArticleHeader(e)) {
          toRemove.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    Removal removal = new Removal();
    toRemove.forEach(removal::remove);
    return removal;
  }

  private static boolean isBoilerplate(Element e, double textShare, Mode mode, boolean holdsBestText) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main")) {
      return false;
    }
    boolean isProtected = textShare > PROTECTED_SHARE || holdsBestText;
    if (e.hasAttr("style") && DISPLAY_NONE.matcher(e.attr("style")).find()) {
      return true;
    }
    if (mode == Mode.MINIMAL) {
      return false;
    }
    if (!isProtected && (BOILERPLATE_TAGS.contains(tag) || BOILERPLATE_ROLES.contains(e.attr("role")))) {
      return true;
    }
    if (mode == Mode.NO_NAMES) {
      return false;
    }
    List<String> words = BoilerplateHints.words(e, !HeadHeadings.HEADINGS.contains(tag));
    if (BoilerplateHints.negative(words) && BoilerplateHints.isSectionAnchor(e)) {
      words = BoilerplateHints.words(e, false);
    }
    // A link or span inside a sentence ("against <a class="tag">Hartberg</a> has been moved") is a word of the
    // text: its class names a taxonomy or a person, not a box to remove.
    if (isProtected || !BoilerplateHints.negative(words) || Queries.isInlineInProse(e) || BoilerplateHints.strongPositive(words) || isQuote(e, 0)
        || isCollapsedContinuation(e, words)) {
      return false;
    }
    // "main-content has-sidebar": a wrapper named for content as well holds the article when it holds much text.
    return !(textShare > MIXED_HINT_SHARE && BoilerplateHints.anyPositive(words));
  }

  /**
   * The element whose child paragraphs ({@code <p>}) hold the most text, with all its ancestors: the likeliest
   * home of the article, found before any name is trusted. Empty when the page has no paragraph text.
   */
  static java.util.Set<Element> ancestorsOfDensestParagraphs(Element body, Map<Element, Integer> textLength) {
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    for (Element p : body.getElementsByTag("p")) {
      Element parent = p.parent();
      int len = textLength.getOrDefault(p, 0);
      if (parent != null && len > 0) {
        byParent.merge(parent, len, Integer::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Integer> e : byParent.entrySet()) {
      if (e.getValue() < MIN_PROTECTED_CHARS) {
        continue;
      }
      // Names lower the score, never decide alone: each boilerplate-named element on the way up quarters it, so
      // paragraphs under "comments" lose to the post's own paragraphs under the same "widget" wrapper. A word
      // counts once per chain: nested wrappers of one page builder repeat it ("elementor-widget-wrap >
      // elementor-widget-container"), and the post must not lose to a one-paragraph overlay named nothing.
      double score = e.getValue();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Element a = e.getKey(); a != null && a != body; a = a.parent()) {
        List<String> words = BoilerplateHints.words(a);
        if (BoilerplateHints.negative(words) && !BoilerplateHints.strongPositive(words)
            && BoilerplateHints.addNegativeWords(words, seen)) {
          score /= 4;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    java.util.Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a = best; a != null && a != body; a = a.parent()) {
      out.add(a);
    }
    return out;
  }

  /**
   * An article's own header ({@code <header>}, {@code <hgroup>} or a lead/teaser element inside an
   * {@code <article>} or {@code <main>}): it holds the headline, byline and the lead, which later stages sort out line by line
   * ({@link BlockFilter}, {@link LeadBlocks}); removing it whole loses the lead. Hidden ones still go.
   */
  private static boolean isArticleHead(Element e) {
    String tag = e.normalName();
    if (e.hasAttr("style") && DISPLAY_NONE.matcher(e.attr("style")).find()) {
      return false;
    }
    if (!(tag.equals("header") || tag.equals("hgroup") || LeadBlocks.isLeadNamed(e))) {
      return isHeadlineHeader(e);
    }
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("article") || a.normalName().equals("main")) {
        return true;
      }
    }
    return isHeadlineHeader(e);
  }

  /**
   * A header, by tag or by name ({@code div.row.article-header}, {@code section.article__header},
   * {@code header.article-header-wrapper} beside the {@code <article>}), that holds the page's headline: an
   * {@code <h1>} whose text is the {@code <title>}'s, or most of it ("Headline | Site"). Its lead paragraph is the
   * article's first text, wherever the template put the header. The site's header holds at most the site's name
   * in its {@code <h1>} (a short part of the title), and is mostly menu links: neither counts. Nor does a header
   * whose only prose is a one-line dek: it must hold a paragraph of {@value #LEAD_PARAGRAPH_CHARS} chars or more.
   */
  static boolean isHeadlineHeader(Element e) {
    if (!e.normalName().equals("header") && !BoilerplateHints.words(e).contains("header")) {
      return false;
    }
    Element h1 = e.selectFirst("h1");
    Document doc = e.ownerDocument();
    if (h1 == null || doc == null) {
      return false;
    }
    String headline = TextNormalizer.normalize(h1.text());
    String title = TextNormalizer.normalize(doc.title());
    if (headline.length() < HEADLINE_MIN_CHARS || headline.length() * 2 < title.length()
        || !title.contains(headline)) {
      return false;
    }
    if (Queries.isHalfLinkText(e)) {
      return false;
    }
    // Only for a lead paragraph: a one-line dek under the headline ("The plan adds 120 km of lanes by 2028.") is
    // the page's summary, which benchmark truths keep out of the body, while a paragraph-long lead is the text's
    // first paragraph (it often runs on into the body's first sentence).
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= LEAD_PARAGRAPH_CHARS) {
        return true;
      }
    }
    return false;
  }

  /** Characters of a paragraph in a headline header that make it the text's lead rather than a dek. */
  private static final int LEAD_PARAGRAPH_CHARS = 150;

  /** A headline shorter than this (normalised characters) may be a site's name or a section's label. */
  private static final int HEADLINE_MIN_CHARS = 15;

  /**
   * A quotation, or a wrapper around nothing but one ({@code <div class="embed-tweet"><blockquote
   * class="twitter-tweet">…}): an embedded post or quote is text the article cites, and an embed's markup names it
   * "tweet", "embed" or "instagram" however relevant its words are. Tag and role removal still apply.
   */
  private static boolean isQuote(Element e, int depth) {
    if (e.normalName().equals("blockquote")) {
      return true;
    }
    return depth < 3 && e.childrenSize() == 1 && isQuote(e.child(0), depth + 1);
  }

  /**
   * The rest of the text folded behind a "Read more" button ({@code <div id="read-more"><a>Read more</a><div
   * id="read-more-content"><p>…}): named like a link to other stories, but holding paragraphs of prose itself
   * (at least {@value #CONTINUATION_PARAGRAPHS} of {@value #CONTINUATION_PARAGRAPH_CHARS}+ characters, and no
   * comment-thread name). A list of related stories holds headlines and one-line teasers, not such paragraphs.
   */
  private static boolean isCollapsedContinuation(Element e, List<String> words) {
    if (!words.contains("readmore") || words.contains("comment") || words.contains("comments")) {
      return false;
    }
    int prose = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= CONTINUATION_PARAGRAPH_CHARS && ++prose >= CONTINUATION_PARAGRAPHS) {
        return true;
      }
    }
    return false;
  }

  private static final int CONTINUATION_PARAGRAPHS = 3;
  private static final int CONTINUATION_PARAGRAPH_CHARS = 150;

  /** Below this many characters of paragraphs, the densest run is no evidence of an article. */
  private static final int MIN_PROTECTED_CHARS = 200;

  private static int nonBlankLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Non-blank text length of every element, in one pass. */
  static Map<Element, Integer> textLengths(Element root) {
    Map<Element, Integer> out = new IdentityHashMap<>();
    int[] stack = new int[64];
    int[] top = {-1};
    NodeTraversor.traverse(new NodeVisitor() {
      int[] s = stack;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element) {
          if (++top[0] == s.length) {
            s = java.util.Arrays.copyOf(s, s.length * 2);
          }
          s[top[0]] = 0;
        } else if (node instanceof TextNode t && top[0] >= 0) {
          s[top[0]] += nonBlankLength(t.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int v = s[top[0]--];
          out.put(e, v);
          if (top[0] >= 0) {
            s[top[0]] += v;
          }
        }
      }
    }, root);
    return out;
  }
}
