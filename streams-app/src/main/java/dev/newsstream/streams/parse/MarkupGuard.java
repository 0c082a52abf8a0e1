package dev.newsstream.streams.parse;

import java.util.Optional;
import java.util.Set;

/**
 * A cheap scan of the markup before the DOM is built: jsoup's tree builder is quadratic in nesting depth (100k
 * nested divs take seconds, a million would take minutes), so pages past these limits are refused up front.
 */
final class MarkupGuard {
  static final int MAX_DEPTH = 2_000;
  static final int MAX_TAGS = 400_000;
  // Elements whose end tag is optional or that have none: they do not count toward depth.
  private static final Set<String> NOT_NESTING = Set.of("p", "li", "dt", "dd", "option", "td", "th", "tr",
      "br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param",
      "track", "keygen", "tbody", "thead", "tfoot", "colgroup", "optgroup", "rb", "rt", "rp", "html", "head", "body");

  private MarkupGuard() {}

  /** Why the page is too complex to parse, or empty when it is fine. */
  static Optional<String> check(String html) {
    int depth = 0;
    int maxDepth = 0;
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
        return Optional.of("more than " + MAX_TAGS + " tags");
      }
      if (!close && (name.equals("script") || name.equals("style"))) {
        // Their content is not markup: "a<b" in a script is no tag.
        int endTag = indexOfIgnoreCase(html, "</" + name, end);
        i = endTag < 0 ? n : endTag + 1;
        continue;
      }
      if (NOT_NESTING.contains(name)) {
        continue;
      }
      if (close) {
        depth = Math.max(0, depth - 1);
      } else if (!selfClosed(html, end)) {
        depth++;
        if (depth > maxDepth) {
          maxDepth = depth;
          if (maxDepth > MAX_DEPTH) {
            return Optional.of("elements nested more than " + MAX_DEPTH + " deep");
          }
        }
      }
      i = end - 1;
    }
    return Optional.empty();
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
