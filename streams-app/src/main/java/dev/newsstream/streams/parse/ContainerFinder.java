package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Stage 3: which elements hold the article. Every prose block scores its container (full), the container's parent
 * (half) and further ancestors (a third per level), readability-style; a container's score is damped by its link
 * density and shifted by tag and class/id hints. The winner is widened to the common ancestor when the best
 * candidates share one (text split over many small wrappers), and joined by siblings that score well (text split
 * by ad slots).
 */
final class ContainerFinder {
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int SHORT_LINE_CHARS = 80;
  private static final double SHORT_LINE_WEIGHT = 0.25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int HINT_WEIGHT = 25;
  private static final int TOP_N = 6;
  private static final double DOMINANT_SHARE = 0.6;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…»”\"]\\s*$");

  private final Map<Element, Double> raw = new IdentityHashMap<>();
  // [text, link text, prose text, lines that are not prose]
  private final Map<Element, int[]> chars = new IdentityHashMap<>();
  private final Map<Element, Double> finals = new IdentityHashMap<>();
  private final Element root;
  private List<TextBlocks.Block> blocks = List.of();

  private ContainerFinder(Element root) {
    this.root = root;
  }

  /**
   * The article's containers in document order (one or more siblings, plus twins of the winner elsewhere in the
   * same article), or the root when nothing scores.
   */
  static List<Element> find(List<TextBlocks.Block> blocks, Element root) {
    ContainerFinder f = new ContainerFinder(root);
    f.blocks = blocks;
    f.score(blocks);
    return f.pick();
  }

  private void score(List<TextBlocks.Block> blocks) {
    for (TextBlocks.Block b : blocks) {
      int levels = 0;
      // A row of a data table is values, not prose: a table of 650 names and addresses in an article must neither
      // outscore nor outweigh the article around it. It is kept when its container wins.
      boolean prose = b.text().length() >= MIN_BLOCK_CHARS && b.linkDensity() <= 0.5 && !b.tag().equals("tr");
      for (Element a = b.owner(); a != null && levels < 300; a = a.parent(), levels++) {
        int[] c = chars.computeIfAbsent(a, k -> new int[4]);
        c[0] += b.text().length();
        c[1] += b.linkChars();
        c[2] += prose ? b.text().length() - b.linkChars() : 0;
        c[3] += prose || b.text().isBlank() ? 0 : 1;
        if (a == root) {
          break;
        }
      }
      if (!prose) {
        continue;
      }
      double s = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0);
      if (b.text().length() < SHORT_LINE_CHARS && !b.tag().equals("li") && !SENTENCE_END.matcher(b.text()).find()) {
        // A short line that is no sentence and no list item ("Noam Chomsky, MIT" between <br>s) is an entry of a
        // roll: a long roll of them (signatories under a letter) must not outscore the paragraphs above it. Real
        // lists (<li>: ingredients, steps) keep their weight.
        s *= SHORT_LINE_WEIGHT;
      }
      Element a = TextBlocks.PARAGRAPH_TAGS.contains(b.tag()) ? b.owner().parent() : b.owner();
      for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
        double divider = level + 1;
        raw.merge(a, s / divider, Double::sum);
        if (a == root) {
          break;
        }
      }
    }
  }

  double finalScore(Element e) {
    Double r = raw.get(e);
    if (r == null) {
      return 0;
    }
    return finals.computeIfAbsent(e, k -> (r + initial(k)) * (1 - linkDensity(k)));
  }

  private List<Element> pick() {
    if (raw.isEmpty()) {
      return List.of(root);
    }
    List<Element> ranked = new ArrayList<>(raw.keySet());
    ranked.sort(Comparator.comparingDouble(this::finalScore).reversed());
    Element top = ranked.get(0);
    top = commonAncestorOfBest(top, ranked.subList(1, Math.min(TOP_N, ranked.size())));
    top = inFirstOfRepeatedArticles(top, ranked);
    top = descendToDominantChild(top);
    while (top != root && top.parent() != null && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return withTwinChunks(withProseBeforeParent(withSiblings(top), top), top);
  }

  /**
   * The text's opening part in a wrapper of its own just before the winner's parent ({@code div.bodytext} with the
   * first paragraphs, then {@code div.sections > section…} with the rest): the wrappers right above the parent that
   * hold nothing but prose (no heading-less label, no link line) join, as a lede wrapper beside the winner does.
   * Empty elements between are skipped; the first other one ends the walk.
   */
  private List<Element> withProseBeforeParent(List<Element> containers, Element top) {
    Element parent = top.parent();
    if (top == root || parent == null || parent == root || parent.parent() == null
        || !containers.contains(top) || parent.childrenSize() < 2) {
      return containers;
    }
    List<Element> before = new ArrayList<>();
    for (Element s = parent.previousElementSibling(); s != null; s = s.previousElementSibling()) {
      int[] c = chars.get(s);
      if (c == null || c[0] == 0) {
        continue;
      }
      if (!isProseSibling(s, true) || BoilerplateHints.negative(BoilerplateHints.words(s))) {
        break; // a teaser in a rail named as one is no opening part, even when names no longer remove it
      }
      before.add(0, s);
    }
    if (before.isEmpty()) {
      return containers;
    }
    before.addAll(containers);
    return before;
  }

  /**
   * Text split into chunks at different depths by ad rows and asides (three {@code div.story-text} blocks, each in
   * its own layout column): other elements of the winner's tag and class join it when that class names the body
   * strongly ({@code story-text}, {@code article-body}…), they hold prose, and they sit in the same
   * {@code <article>} as the winner (or, like it, in none): the next story of an infinite scroll is not a chunk.
   * Looks only at scored candidates, no extra pass over the page.
   */
  private List<Element> withTwinChunks(List<Element> containers, Element top) {
    Element chunk = top == root ? null : bodyNamedCore(top);
    if (chunk == null) {
      return containers;
    }
    Element article = nearestArticle(chunk);
    java.util.Set<String> chunkClasses = null;
    List<Element> all = new ArrayList<>(containers);
    for (Element c : raw.keySet()) {
      if (!c.normalName().equals(chunk.normalName()) || prose(c) < TWIN_CHUNK_MIN_PROSE) {
        continue;
      }
      boolean sameClass = c.className().equals(chunk.className());
      if (!sameClass && !c.className().isEmpty()) { // numbered twins only: class sets built for few candidates
        chunkClasses = chunkClasses == null ? BoilerplateHints.chunkClasses(chunk.className()) : chunkClasses;
        sameClass = chunkClasses.equals(BoilerplateHints.chunkClasses(c.className()));
      }
      if (sameClass && nearestArticle(c) == article && !overlaps(c, all)) {
        all.add(c);
      }
    }
    if (all.size() == containers.size()) {
      return containers;
    }
    Map<Element, Integer> firstLine = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size() && firstLine.size() < all.size(); i++) {
      for (Element c : all) {
        if (!firstLine.containsKey(c) && Queries.isWithin(blocks.get(i).owner(), c)) {
          firstLine.put(c, i);
        }
      }
    }
    all.sort(Comparator.comparingInt(c -> firstLine.getOrDefault(c, Integer.MAX_VALUE)));
    return all;
  }

  /**
   * The winner itself when its class names the body strongly, else the body-named element holding most of its
   * prose a few levels down (the winner is often a layout column around the chunk), or null.
   */
  private Element bodyNamedCore(Element top) {
    // The winner may also sit inside its chunk: a CMS's paragraph entities ("field__item > div.article-text >
    // div.field--item > p", one per part of the text) put the body-named wrapper above the element that scores.
    Element up = top.parent();
    for (int level = 0; up != null && up != root && level < CHUNK_LEVELS_UP; level++, up = up.parent()) {
      if (!up.className().isEmpty() && BoilerplateHints.strongPositive(BoilerplateHints.words(up))
          && prose(top) >= prose(up) * DOMINANT_SHARE) {
        return up;
      }
    }
    Element e = top;
    for (int level = 0; e != null && level < 4; level++) {
      if (!e.className().isEmpty() && BoilerplateHints.strongPositive(BoilerplateHints.words(e))) {
        return e;
      }
      Element next = null;
      for (Element child : e.children()) {
        if (prose(child) >= prose(e) * DOMINANT_SHARE && prose(child) > 0) {
          next = child;
        }
      }
      e = next;
    }
    return null;
  }

  /** How far above the winner its body-named chunk wrapper may be. */
  private static final int CHUNK_LEVELS_UP = 2;

  /** Prose characters a chunk needs: a twin holding one caption or teaser line is not a chunk of the text. */
  private static final int TWIN_CHUNK_MIN_PROSE = 150;

  private Element nearestArticle(Element e) {
    for (Element a = e; a != null && a != root; a = a.parent()) {
      if (a.normalName().equals("article")) {
        return a;
      }
    }
    return null;
  }

  private static boolean overlaps(Element c, List<Element> containers) {
    for (Element k : containers) {
      if (Queries.isWithin(c, k) || Queries.isWithin(k, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Infinite-scroll pages append the next stories after the article as sibling {@code <article>}s of one template
   * ({@code article#article-0}, {@code article#article-1}… with the same class), or as sibling wrappers of one
   * article each ({@code div.scrollblock > article}). The page's own story is the first
   * of them, however long the later ones are: when the winner sits in a later one and the first holds prose, the
   * best candidate inside the first wins instead.
   */
  private Element inFirstOfRepeatedArticles(Element top, List<Element> ranked) {
    Element article = null;
    for (Element a = top; a != null && a != root; a = a.parent()) {
      if (a.normalName().equals("article")) {
        article = a;
        break;
      }
    }
    if (article == null) {
      return top;
    }
    // The repeated item is the article or a wrapper of it one or two levels up (div.scrollblock > article).
    Element item = article;
    Element first = null;
    for (int up = 0; up < 3 && item != null && item != root && item.parent() != null && first == null; up++) {
      first = firstTwin(item);
      if (first == null) {
        item = item.parent();
      }
    }
    if (first == null || first == item || prose(first) < FIRST_ARTICLE_MIN_PROSE
        || first.getElementsByTag("article").isEmpty()) { // twins that are layout rows, not stories
      return top;
    }
    for (Element c : ranked) {
      if (c == first || isAncestor(first, c)) {
        return c;
      }
    }
    return top;
  }

  /** The first sibling of the same tag and (non-empty) class, when there is another one than the element itself. */
  private static Element firstTwin(Element e) {
    if (e.className().isEmpty()) {
      return null;
    }
    Element first = null;
    int twins = 0;
    for (Element s : e.parent().children()) {
      if (s.normalName().equals(e.normalName()) && s.className().equals(e.className())) {
        first = first == null ? s : first;
        twins++;
      }
    }
    return twins > 1 ? first : null;
  }

  /** Prose characters the first of repeated articles needs to be the page's story rather than a stub. */
  private static final int FIRST_ARTICLE_MIN_PROSE = 300;

  /** When at least 3 of the next best candidates sit under one ancestor of the top one, that ancestor wins. */
  private Element commonAncestorOfBest(Element top, List<Element> others) {
    double topScore = finalScore(top);
    List<Element> strong = others.stream().filter(o -> finalScore(o) >= topScore * 0.5).toList();
    if (strong.size() < 3) {
      return top;
    }
    for (Element a = top.parent(); a != null; a = a.parent()) {
      int contained = 0;
      for (Element o : strong) {
        if (o != a && isAncestor(a, o)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return a;
      }
      if (a == root) {
        break;
      }
    }
    return top;
  }

  /**
   * A wrapper that won on accumulated score (article plus rail, plus comments) gives way to the child holding most
   * of its prose; siblings that belong to the text come back through {@link #withSiblings}.
   */
  private Element descendToDominantChild(Element top) {
    Element e = top;
    for (int guard = 0; guard < 50; guard++) {
      int total = prose(e);
      Element dominant = null;
      for (Element child : e.children()) {
        if (prose(child) >= total * DOMINANT_SHARE) {
          dominant = child;
        }
      }
      if (dominant == null || total == 0 || TextBlocks.PARAGRAPH_TAGS.contains(dominant.normalName())) {
        return e;
      }
      e = dominant;
    }
    return e;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top == root) {
      return List.of(top);
    }
    double threshold = Math.max(10, finalScore(top) * 0.2);
    int topProse = prose(top);
    List<Element> out = new ArrayList<>();
    boolean beforeTop = true;
    java.util.Set<Element> run = twinRun(parent.children(), top);
    for (Element s : parent.children()) {
      if (run.contains(s)) {
        out.add(s);
        continue;
      }
      boolean scores = finalScore(s) >= threshold;
      // A sibling joins when it is the top's twin (same tag and class: text split by ad slots), or holds
      // half as much un-linked prose with few links; a sidebar or teaser rail next to the text does neither.
      boolean twin = isTwin(s, top);
      boolean substantial = prose(s) >= topProse * 0.5 && linkDensity(s) < 0.25;
      if (s == top) {
        beforeTop = false;
      }
      if (s == top || scores && (twin || substantial) || isProseSibling(s, beforeTop)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The top's twins (same tag and non-empty class) that hold prose and sit next to it with nothing between them but
   * elements with next to no text (ad slots, empty rows, pictures with a credit): one text cut into rows of one
   * layout class ({@code div.row.align-center} × 4 with ad rows between), however short the other rows are next to
   * the longest. Anything with text in between (a tag list, a teaser row, a box of other stories) ends the run.
   */
  private java.util.Set<Element> twinRun(List<Element> siblings, Element top) {
    java.util.Set<Element> run = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    if (top.className().isEmpty()) {
      return run;
    }
    int at = siblings.indexOf(top);
    for (int step = -1; step <= 1; step += 2) {
      for (int i = at + step; i >= 0 && i < siblings.size(); i += step) {
        Element s = siblings.get(i);
        if (isTwin(s, top) && prose(s) >= TWIN_CHUNK_MIN_PROSE && linkDensity(s) < 0.5) {
          run.add(s);
        } else if (text(s) >= SEPARATOR_MAX_CHARS) {
          break;
        }
      }
    }
    return run;
  }

  /**
   * Whether two elements are blocks of one kind: the same tag and the same classes, leaving out per-instance
   * classes. Page builders give a block of the text a style class numbered for that one instance
   * ({@code div.wpb_text_column.vc_custom_1563455446145} beside a plain {@code div.wpb_text_column}): a class ending
   * in {@value #INSTANCE_DIGITS} digits or more names an instance (an id, a timestamp), not a kind. Short numbers
   * are kinds: {@code col-md-8} and {@code col-md-4} are a main column and a rail, not one text.
   */
  static boolean isTwin(Element a, Element b) {
    if (!a.normalName().equals(b.normalName()) || a.className().isEmpty() || b.className().isEmpty()) {
      return false;
    }
    if (a.className().equals(b.className())) {
      return true;
    }
    java.util.Set<String> kind = kindClasses(a.className());
    return !kind.isEmpty() && kind.equals(kindClasses(b.className()));
  }

  private static final int INSTANCE_DIGITS = 4;

  private static java.util.Set<String> kindClasses(String classAttr) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String c : classAttr.trim().split("\\s+")) {
      int digits = 0;
      while (digits < c.length() && Character.isDigit(c.charAt(c.length() - 1 - digits))) {
        digits++;
      }
      if (!c.isEmpty() && digits < INSTANCE_DIGITS) {
        out.add(c);
      }
    }
    return out;
  }

  /** Text an element between two rows of the text may hold: an ad slot's label, a credit; not a tag list. */
  private static final int SEPARATOR_MAX_CHARS = 50;

  private int text(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[0];
  }

  private int prose(Element e) {
    int[] c = chars.get(e);
    return c == null ? 0 : c[2];
  }

  private boolean isProseSibling(Element s, boolean beforeTop) {
    int[] c = chars.get(s);
    if (c == null) {
      return false;
    }
    if (s.normalName().equals("div") || s.normalName().equals("section")) {
      // A wrapper around prose only, above the main text (telegraph.co.uk wraps each of its first paragraphs in
      // <div class="firstPar">): no heading, label or link line in it, so not a box beside the article. Below the
      // text the same shape is usually a promo ("Sign up to our newsletter."), so only lede wrappers join.
      return beforeTop && c[3] == 0 && c[0] > 80 && c[1] < c[0] * 0.1 && SENTENCE_END.matcher(s.text()).find();
    }
    if (!s.normalName().equals("p")) {
      return false;
    }
    double ld = c[0] == 0 ? 0 : c[1] / (double) c[0];
    return c[0] > 80 && ld < 0.25 || c[0] > 0 && ld == 0 && SENTENCE_END.matcher(s.text()).find();
  }

  private double linkDensity(Element e) {
    int[] c = chars.get(e);
    return c == null || c[0] == 0 ? 0 : Math.min(1, c[1] / (double) c[0]);
  }

  private static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (e.attr("itemprop").equals("articleBody")) {
      s += HINT_WEIGHT;
    }
    return s + BoilerplateHints.weight(e);
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
