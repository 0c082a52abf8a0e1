package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What joins {@link ContainerFinder}'s winner once it is picked: the text is often cut into several containers, by ad
 * slots (siblings and same-class twins next to it), by lede wrappers (prose-only wrappers before it or before its
 * parent), or by layout columns (body-named twin chunks at other depths of the same article). Reads the
 * {@link CandidateScores}; returns the containers in document order. Kept apart from the winner's choice: these
 * rules widen a choice, they never change it.
 */
final class ContainerJoins {
  /** How far above the winner its body-named chunk wrapper may be. */
  private static final int CHUNK_LEVELS_UP = 2;

  /** Prose characters a chunk needs: a twin holding one caption or teaser line is not a chunk of the text. */
  private static final int TWIN_CHUNK_MIN_PROSE = 150;

  private static final int INSTANCE_DIGITS = 4;

  /** Text an element between two rows of the text may hold: an ad slot's label, a credit; not a tag list. */
  private static final int SEPARATOR_MAX_CHARS = 50;

  private final CandidateScores scores;
  private final List<TextBlocks.Block> blocks;
  private final Element root;

  ContainerJoins(CandidateScores scores, List<TextBlocks.Block> blocks, Element root) {
    this.scores = scores;
    this.blocks = blocks;
    this.root = root;
  }

  /**
   * The text's opening part in a wrapper of its own just before the winner's parent ({@code div.bodytext} with the
   * first paragraphs, then {@code div.sections > section…} with the rest): the wrappers right above the parent that
   * hold nothing but prose (no heading-less label, no link line) join, as a lede wrapper beside the winner does.
   * Empty elements between are skipped; the first other one ends the walk.
   */
  List<Element> withProseBeforeParent(List<Element> containers, Element top) {
    Element parent = top.parent();
    if (top == root || parent == null || parent == root || parent.parent() == null
        || !containers.contains(top) || parent.childrenSize() < 2) {
      return containers;
    }
    List<Element> before = new ArrayList<>();
    for (Element s = parent.previousElementSibling(); s != null; s = s.previousElementSibling()) {
      if (!scores.counted(s) || scores.text(s) == 0) {
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
  List<Element> withTwinChunks(List<Element> containers, Element top) {
    Element chunk = top == root ? null : bodyNamedCore(top);
    if (chunk == null) {
      return containers;
    }
    Element article = nearestArticle(chunk);
    java.util.Set<String> chunkClasses = null;
    List<Element> all = new ArrayList<>(containers);
    for (Element c : scores.candidates()) {
      if (!c.normalName().equals(chunk.normalName()) || scores.prose(c) < TWIN_CHUNK_MIN_PROSE) {
        continue;
      }
      boolean sameClass = c.className().equals(chunk.className());
      if (!sameClass && !c.className().isEmpty()) { // numbered twins only: class sets built for few candidates
        chunkClasses = chunkClasses == null ? BoilerplateHints.chunkClasses(chunk.className()) : chunkClasses;
        sameClass = chunkClasses.equals(BoilerplateHints.chunkClasses(c.className()));
      }
      if (sameClass && nearestArticle(c) == article && !Queries.overlapsAny(c, all)) {
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
          && scores.prose(top) >= scores.prose(up) * ContainerFinder.DOMINANT_SHARE) {
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
        if (scores.prose(child) >= scores.prose(e) * ContainerFinder.DOMINANT_SHARE && scores.prose(child) > 0) {
          next = child;
        }
      }
      e = next;
    }
    return null;
  }

  private Element nearestArticle(Element e) {
    for (Element a = e; a != null && a != root; a = a.parent()) {
      if (a.normalName().equals("article")) {
        return a;
      }
    }
    return null;
  }

  /**
   * The winner and its siblings that belong to the text: twins next to it ({@link #twinRun}), siblings that score
   * well as twins or as substantial prose, and prose paragraphs or lede wrappers ({@link #isProseSibling}).
   */
  List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top == root) {
      return List.of(top);
    }
    double threshold = Math.max(10, scores.finalScore(top) * 0.2);
    int topProse = scores.prose(top);
    List<Element> out = new ArrayList<>();
    boolean beforeTop = true;
    java.util.Set<Element> run = twinRun(parent.children(), top);
    for (Element s : parent.children()) {
      if (run.contains(s)) {
        out.add(s);
        continue;
      }
      boolean scoresWell = scores.finalScore(s) >= threshold;
      // A sibling joins when it is the top's twin (same tag and class: text split by ad slots), or holds
      // half as much un-linked prose with few links; a sidebar or teaser rail next to the text does neither.
      boolean twin = isTwin(s, top);
      boolean substantial = scores.prose(s) >= topProse * 0.5 && scores.linkDensity(s) < 0.25;
      if (s == top) {
        beforeTop = false;
      }
      if (s == top || scoresWell && (twin || substantial) || isProseSibling(s, beforeTop)) {
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
        if (isTwin(s, top) && scores.prose(s) >= TWIN_CHUNK_MIN_PROSE && scores.linkDensity(s) < 0.5) {
          run.add(s);
        } else if (scores.text(s) >= SEPARATOR_MAX_CHARS) {
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

  private boolean isProseSibling(Element s, boolean beforeTop) {
    if (!scores.counted(s)) {
      return false;
    }
    int text = scores.text(s);
    int links = scores.linkText(s);
    if (s.normalName().equals("div") || s.normalName().equals("section")) {
      // A wrapper around prose only, above the main text (telegraph.co.uk wraps each of its first paragraphs in
      // <div class="firstPar">): no heading, label or link line in it, so not a box beside the article. Below the
      // text the same shape is usually a promo ("Sign up to our newsletter."), so only lede wrappers join.
      return beforeTop && scores.nonProseLines(s) == 0 && text > 80 && links < text * 0.1
          && TextBlocks.PROSE_END.matcher(s.text()).find();
    }
    if (!s.normalName().equals("p")) {
      return false;
    }
    double ld = text == 0 ? 0 : links / (double) text;
    return text > 80 && ld < 0.25 || text > 0 && ld == 0 && TextBlocks.PROSE_END.matcher(s.text()).find();
  }
}
