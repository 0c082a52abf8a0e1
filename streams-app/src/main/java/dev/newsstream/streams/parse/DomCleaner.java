package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Stage 1 of body extraction: removes what is never article text (scripts, forms, media, hidden elements) and
 * what the markup marks as boilerplate (nav, footer, aside, share bars, related links, cookie banners, comments,
 * newsletter boxes, captions), by tag, ARIA role and class/id words. An element holding most of the page's text is
 * kept whatever its name says: a wrapper called "content-with-sidebar" is not a sidebar.
 */
final class DomCleaner {
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, select, "
      + "input, textarea, object, embed, video, audio, map, picture, source, img, link, meta, figcaption, "
      + "amp-ad, amp-sidebar, amp-social-share, amp-analytics, [hidden], [aria-hidden=true], dialog";
  private static final org.jsoup.select.Evaluator NEVER_TEXT_QUERY = org.jsoup.select.QueryParser.parse(NEVER_TEXT);
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final List<String> BOILERPLATE_TAGS = List.of("nav", "footer", "aside", "header", "form", "menu");
  private static final List<String> BOILERPLATE_ROLES = List.of("navigation", "banner", "complementary",
      "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");
  /** Removing an element that holds more than this share of the page's text needs stronger evidence. */
  private static final double PROTECTED_SHARE = 0.6;
  private static final double MIXED_HINT_SHARE = 0.25;

  private DomCleaner() {}

  static void clean(Element body) {
    body.select(NEVER_TEXT_QUERY).remove();
    Map<Element, Integer> textLength = textLengths(body);
    int total = Math.max(1, textLength.getOrDefault(body, 0));
    List<Element> toRemove = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == body) {
          return FilterResult.CONTINUE;
        }
        if (isBoilerplate(e, textLength.getOrDefault(e, 0) / (double) total)) {
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
    toRemove.forEach(Element::remove);
  }

  private static boolean isBoilerplate(Element e, double textShare) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main")) {
      return false;
    }
    boolean isProtected = textShare > PROTECTED_SHARE;
    if (e.hasAttr("style") && DISPLAY_NONE.matcher(e.attr("style")).find()) {
      return true;
    }
    if (!isProtected && (BOILERPLATE_TAGS.contains(tag) || BOILERPLATE_ROLES.contains(e.attr("role")))) {
      return true;
    }
    List<String> words = BoilerplateHints.words(e);
    if (isProtected || !BoilerplateHints.negative(words) || BoilerplateHints.strongPositive(words)) {
      return false;
    }
    // "main-content has-sidebar": a wrapper named for content as well holds the article when it holds much text.
    return !(textShare > MIXED_HINT_SHARE && BoilerplateHints.anyPositive(words));
  }

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
