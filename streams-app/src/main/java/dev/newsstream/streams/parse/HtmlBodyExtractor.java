package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Main text of an HTML article: drop obvious boilerplate, pick the container whose paragraphs carry the most
 * un-linked text, then read its text blocks in document order.
 */
final class HtmlBodyExtractor {
  private static final Pattern BOILERPLATE_HINT = Pattern.compile(
      "(?i)(^|[-_ ])(share|sharing|social|related|recommend|comment|comments|cookie|consent|newsletter|promo|"
          + "advert|ad|ads|sponsor|subscribe|subscription|paywall|breadcrumb|breadcrumbs|footer|nav|navbar|menu|"
          + "sidebar|popup|modal|banner|outbrain|taboola|toolbar|tags|byline|author-bio|signup|most-read|"
          + "trending|read-more|readmore|more-stories|caption|credit)([-_ ]|$)");
  private static final Pattern BODY_HINT = Pattern.compile(
      "(?i)(article[-_]?body|story[-_]?body|post[-_]?content|entry[-_]?content|article[-_]?content|"
          + "article[-_]?text|story[-_]?content|main[-_]?content|body[-_]?text|field-body|rich[-_]?text)");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
  private static final Set<String> BLOCK_TAGS = Set.of(BLOCKS.split(",\\s*"));
  private static final Pattern JUNK_LINE = Pattern.compile(
      "(?i)^(advertisement|advertising|read more|read more:.*|see also.*|related:.*|share this.*|"
          + "click here.*|sign up.*|subscribe.*|follow us.*|©.*|copyright.*)$");

  private HtmlBodyExtractor() {}

  static List<String> extract(Document original) {
    Document doc = original.clone();
    doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
        + "select, input, figure figcaption, [hidden], [aria-hidden=true]").remove();
    for (Element e : new ArrayList<>(doc.body().getAllElements())) {
      if (e == doc.body() || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String hint = e.className() + " " + e.id();
      if (!hint.isBlank() && BOILERPLATE_HINT.matcher(hint).find() && !BODY_HINT.matcher(hint).find()
          && e.parent() != null) {
        e.remove();
      }
    }
    Element container = bestContainer(doc);
    List<String> out = new ArrayList<>();
    for (Element block : outermostBlocks(container)) {
      String text = blockText(block);
      if (text.isEmpty() || JUNK_LINE.matcher(text).matches() || linkDensity(block) > 0.5) {
        continue;
      }
      if (block.tagName().equals("li") && text.length() < 25) {
        continue;
      }
      out.add(text);
    }
    if (out.isEmpty()) {
      String text = container.text().strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return Paragraphs.dropRepeats(out);
  }

  private static Element bestContainer(Document doc) {
    Element itemprop = doc.selectFirst("[itemprop=articleBody]");
    if (itemprop != null && textLength(itemprop.select("p")) > 200) {
      return itemprop;
    }
    Element best = doc.body();
    double bestScore = 0;
    // Each candidate is scored once: thousands of sibling paragraphs share a parent, and scoring reads its whole text.
    Set<Element> scored = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p : doc.body().select("p")) {
      // Score each paragraph's parent and grandparent, as readability-style extractors do.
      Element parent = p.parent();
      for (int depth = 0; parent != null && depth < 2; depth++, parent = parent.parent()) {
        if (!scored.add(parent)) {
          continue;
        }
        double score = containerScore(parent);
        if (score > bestScore) {
          bestScore = score;
          best = parent;
        }
      }
    }
    return best;
  }

  private static double containerScore(Element e) {
    double score = 0;
    for (Element child : e.children()) {
      if (child.tagName().equals("p") || child.tagName().equals("div") && child.children().isEmpty()) {
        String t = child.text();
        if (t.length() >= 25) {
          score += Math.min(3, t.length() / 100.0) + 1 + commas(t);
        }
      }
    }
    String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (BODY_HINT.matcher(hint).find() || e.tagName().equals("article") || e.hasAttr("itemprop")) {
      score *= 1.5;
    }
    return score * (1 - linkDensity(e));
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ',') {
        n++;
      }
    }
    return Math.min(n, 5);
  }

  /**
   * Blocks of the container that are not inside another block (a nested block's text is read through the outer one),
   * in document order; one walk, so deeply nested blocks cost linear, not quadratic, time.
   */
  private static List<Element> outermostBlocks(Element container) {
    List<Element> out = new ArrayList<>();
    container.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node != container && node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
          out.add(e);
          return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    });
    return out;
  }

  private static String blockText(Element block) {
    StringBuilder sb = new StringBuilder();
    appendText(block, sb);
    return sb.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          sb.append('\n');
        } else {
          appendText(e, sb);
        }
      }
    }
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, linked / (double) total);
  }

  private static int textLength(Elements elements) {
    int n = 0;
    for (Element e : elements) {
      n += e.text().length();
    }
    return n;
  }
}
