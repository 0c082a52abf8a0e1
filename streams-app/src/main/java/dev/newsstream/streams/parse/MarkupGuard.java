package dev.newsstream.streams.parse;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds on the markup, so that a hostile page costs bounded time and memory: a cheap scan before the DOM is built
 * ({@link #scan}: at most {@value #MAX_TAGS} tags, and no run of more than {@value #MAX_DEPTH} start tags that
 * always nest, the classic {@code <div><div><div>…} bomb), then, when the scan's rough count says the page may be
 * deep, the depth of the DOM jsoup actually built ({@link #tooDeep}).
 *
 * <p>The rough count cannot decide alone: the HTML parsing rules close elements the markup leaves open. A {@code <p>}
 * start tag closes the open paragraph and everything still open inside it (2,500 {@code <p><span>text} paragraphs
 * whose spans are never closed are 4 levels deep, not 2,500), and a formatting element such as {@code <font>} is
 * closed with its paragraph and reopened in the next one (the active formatting list, at most three alike), so
 * sloppy but ordinary pages are as shallow as the same page written tidily. Browsers show them normally; so must
 * we. jsoup 1.21 builds even a 400,000-deep bomb in about 0.5 s of CPU and 45 MB of heap (measured, 2026-12-07),
 * and {@value #MAX_TAGS} tags bound that, so measuring the real DOM is safe; deeper DOMs are still refused because
 * later stages walk them.
 */
final class MarkupGuard {
  static final int MAX_DEPTH = 2_000;
  static final int MAX_TAGS = 400_000;
  // Elements whose end tag is optional or that have none: they do not count toward depth.
  private static final Set<String> NOT_NESTING = Set.of("p", "li", "dt", "dd", "option", "td", "th", "tr",
      "br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param",
      "track", "keygen", "tbody", "thead", "tfoot", "colgroup", "optgroup", "rb", "rt", "rp", "html", "head", "body");
  /**
   * Elements that a start tag of their own or of any other of this set never closes: a run of their start tags with
   * no end tag and no other tag between is exactly as deep in the DOM as it is long. (Not {@code a}, {@code nobr},
   * {@code button}, headings, lists items, table parts or forms: a start tag of those may close an open one.)
   */
  private static final Set<String> ALWAYS_NEST = Set.of("div", "span", "section", "article", "aside", "main", "nav",
      "header", "footer", "blockquote", "center", "ul", "ol", "dl", "figure", "fieldset", "details", "em", "strong",
      "i", "b", "u", "s", "small", "big", "font", "code", "tt", "sub", "sup", "abbr", "cite", "q", "mark", "del",
      "ins", "kbd", "samp", "var", "bdi", "bdo", "time", "data", "label", "strike");

  private MarkupGuard() {}

  /**
   * What the scan found: a reason to refuse the page before parsing (empty when none), and whether the rough depth
   * count passed {@link #MAX_DEPTH}, so that the parsed DOM's depth must be measured ({@link #tooDeep}).
   */
  record Scan(Optional<String> refusal, boolean mayBeDeep) {}

  /** Why the page is too complex to parse, or empty when the scan finds no reason (see {@link #scan}). */
  static Optional<String> check(String html) {
    return scan(html).refusal();
  }

  /** One pass over the markup from one {@code '<'} to the next; O(length), no allocation per character. */
  static Scan scan(String html) {
    int depth = 0;
    int maxDepth = 0;
    int run = 0; // start tags of ALWAYS_NEST elements since the last end tag or other tag
    int tags = 0;
    int n = html.length();
    // From one '<' to the next with indexOf (an intrinsic), not a charAt per character.
    for (int i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      boolean close = c == '/';
      int start = close ? i + 2 : i + 1;
      if (start >= n || !isAsciiLetter(html.charAt(start))) {
        continue;
      }
      int end = start;
      while (end < n && end - start < 16 && (isAsciiLetter(html.charAt(end)) || Character.isDigit(html.charAt(end)))) {
        end++;
      }
      String name = html.substring(start, end);
      if (!isLowerCase(name)) {
        name = name.toLowerCase(java.util.Locale.ROOT);
      }
      if (++tags > MAX_TAGS) {
        return new Scan(Optional.of("more than " + MAX_TAGS + " tags"), false);
      }
      if (!close && (name.equals("script") || name.equals("style"))) {
        // Their content is not markup: "a<b" in a script is no tag.
        int endTag = indexOfIgnoreCase(html, "</" + name, end);
        i = endTag < 0 ? n : endTag + 1;
        continue;
      }
      boolean selfClosed = !close && selfClosed(html, end);
      run = !close && !selfClosed && ALWAYS_NEST.contains(name) ? run + 1 : 0;
      if (run > MAX_DEPTH) {
        return new Scan(Optional.of("elements nested more than " + MAX_DEPTH + " deep"), true);
      }
      if (NOT_NESTING.contains(name)) {
        continue;
      }
      if (close) {
        depth = Math.max(0, depth - 1);
      } else if (!selfClosed) {
        depth++;
        maxDepth = Math.max(maxDepth, depth);
      }
      i = end - 1;
    }
    return new Scan(Optional.empty(), maxDepth > MAX_DEPTH);
  }

  /**
   * Why the parsed DOM is too deep ({@link #MAX_DEPTH}+ levels of elements below the document), or empty. One
   * iterative walk that stops at the first node past the limit.
   */
  static Optional<String> tooDeep(Document doc) {
    boolean[] deep = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth > MAX_DEPTH) {
          deep[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    return deep[0] ? Optional.of("elements nested more than " + MAX_DEPTH + " deep") : Optional.empty();
  }

  private static boolean selfClosed(String html, int from) {
    int gt = html.indexOf('>', from);
    return gt > 0 && gt - from < 2000 && html.charAt(gt - 1) == '/';
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    for (int i = s.indexOf('<', from); i >= 0 && i <= s.length() - what.length(); i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLowerCase(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isUpperCase(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
