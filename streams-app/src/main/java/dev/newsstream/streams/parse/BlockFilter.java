package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 4: the blocks inside the chosen containers, minus lines that are not article text: link lists, labels
 * ("Advertisement", "Read more", "Lire aussi", "Читайте также"), credits and copyright lines, the headline, the
 * byline and date lines, captions that repeat an image's alt text, headings of boxes whose content was all dropped
 * ("Story Tools" over a link list), and short non-sentences or orphan headings at either end.
 */
final class BlockFilter {
  private static final Pattern JUNK = Pattern.compile("(?iu)^(?:advertisement|advertising|ad|anzeige|werbung|"
      // an advertising disclosure: the label, then its explanation ("*Werbung. Dieser Beitrag enthält Werbung…")
      + "\\*?(?:werbung|anzeige|advertisement|sponsored|publicidad|pubblicità|publicité|реклама)\\s*[.:|–]\\s.*|"
      + "publicité|publicidad|pubblicità|реклама|sponsored(?: content)?|story continues below(?: advertisement)?|"
      + "teilen|partager|compartir|condividi|"
      + "©.*|\\(c\\)\\s.*|copyright\\b.*|all rights reserved.*|alle rechte vorbehalten.*|"
      + "tous droits réservés.*|todos los derechos reservados.*|tutti i diritti riservati.*|все права защищены.*|"
      + "image caption.*|getty images|ap photo.*|\\d+ comments?|"
      + "comments?|loading.*|skip to\\b.*|"
      + "(?:keine|no|\\d+) (?:kommentare?|comments?)(?: \\(.{0,80}\\))?|(?:sin|\\d+) comentarios?|"
      + "(?:aucun|\\d+) commentaires?|"
      + "(?:nessun|\\d+) comment[io]|kommentare?|comentarios?|commentaires?|commenti|bewerten:?|rate this:?|"
      + "(?:vorschau auf den )?nächsten artikel|(?:nächster|vorheriger) artikel|(?:next|previous) (?:article|post)|"
      + "artículo (?:siguiente|anterior)|article (?:suivant|précédent)|"
      + "this (?:article|story) was (?:originally )?published.*)$");
  /**
   * A label that opens a line and may carry a link or a few words after it: "Read more: …", "Related: …", "Share
   * on Facebook", "Updated 12 May 2026", "Photo: Reuters". The same words also open sentences ("Share prices rose
   * sharply…", "Related figures for services showed…", "Updated sales figures are expected…"), so the line counts
   * only when it is label-shaped ({@link #isLabelShaped}).
   */
  private static final Pattern LABEL_START = Pattern.compile("(?iu)^(?:continue reading|read more|more:|related|"
      + "see also|also read|recommended|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|lire la suite|voir aussi|"
      + "leer más|lee también|te puede interesar|leggi anche|читайте также|share|follow us|sign up|subscribe|"
      + "click here|photo:|photograph:|foto:|image:|veja também|leia (?:também|mais)|saiba mais|updated|published|"
      + "aktualisiert|publié le|mis à jour|actualizado|publicado|aggiornato)\\b");
  /** A label line holds at most this many words (the label and a short link or date). */
  private static final int LABEL_MAX_WORDS = 8;
  /**
   * A figure's label line: the figure word, an optional number, then a colon and the caption or credit, or nothing
   * ("Abbildung 4: klassische Schwachschicht.", "Fig. 2", "Titelbild: …", "Beitragsbild", "Imagen: Télam",
   * "Bildquelle: …"). Set under an image, never a sentence of the running text, in any of these languages.
   */
  private static final Pattern FIGURE_LABEL = Pattern.compile("(?iu)^(?:abbildung|abb\\.|figure|fig\\.|figura|"
      + "figur|bild|grafik|graphic|chart|foto|fotos|photo|photos|image|imagen|imagem|immagine|illustration|"
      + "illustración|titelbild|beitragsbild|aufmacherbild|headerbild|symbolbild|vorschaubild|bildquelle|"
      + "fotoquelle|bildnachweis|fotonachweis|bildrechte|photo credit|image credit|рисунок|рис\\.|фото|иллюстрация)"
      + "(?:\\s*\\d+[a-z]?)?(?:\\s*[:|].*|\\s+[–—-]\\s.*)?$");
  private static final Pattern BYLINE = Pattern.compile(
      "(?iu)^(?:by|von|par|por|di|door|автор:?|text:?)\\s+\\p{L}[\\p{L}.'’ -]{1,60}(?:,.{0,60})?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;»”\"')\\]。！？]\\s*$");
  private static final int JUNK_MAX_CHARS = 200;

  private BlockFilter() {}

  /** @param imageTexts normalised alt/title texts of the page's images: a line equal to one is a caption */
  static List<TextBlocks.Block> filter(List<TextBlocks.Block> blocks, List<Element> containers, String title,
      Set<String> imageTexts) {
    Map<Element, Boolean> inside = new IdentityHashMap<>();
    String normTitle = title == null ? null : TextNormalizer.normalize(title);
    boolean[] kept = new boolean[blocks.size()];
    boolean[] inContainer = new boolean[blocks.size()];
    boolean[] linkDropped = new boolean[blocks.size()];
    boolean[] h1Dropped = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      if (!isInside(b.owner(), containers, inside)) {
        continue;
      }
      inContainer[i] = true;
      boolean text = !isJunk(b, normTitle)
          && (imageTexts.isEmpty() || !imageTexts.contains(TextNormalizer.normalize(b.text())))
          && !BodyBoilerplate.isCaption(b.text()) && !BodyBoilerplate.isWidgetLabel(b.text());
      boolean h1 = b.tag().equals("h1"); // the headline's tag: BodyH1Subheads gives back the text's own h1s
      linkDropped[i] = text && !h1 && isLinkDense(b); // dropped for its links alone: PresentedLinks may give it back
      h1Dropped[i] = text && h1 && !isLinkDense(b);
      kept[i] = text && !h1 && !linkDropped[i];
    }
    LinkedSubheads.keep(blocks, kept, inContainer);
    BodyH1Subheads.keep(blocks, kept, h1Dropped, normTitle);
    Set<TextBlocks.Block> presented = PresentedLinks.keep(blocks, kept, linkDropped, inContainer);
    blocks = BodyBoilerplate.dropInBodyBoxes(blocks, kept, containers, inContainer, ReaderAppeals::opensAppealBox);
    EmbeddedStories.dropEmbeddedStories(blocks, kept, inContainer);
    List<TextBlocks.Block> out = new ArrayList<>();
    Map<TextBlocks.Block, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (kept[i] && !(blocks.get(i).isHeading() && headsOnlyDroppedLines(blocks, kept, i))) {
        out.add(blocks.get(i));
        index.put(blocks.get(i), i);
      }
    }
    List<TextBlocks.Block> all = blocks;
    return trimEdges(out, h -> teasersFollow(all, kept, inContainer, index.get(h)), presented::contains);
  }

  /** How many lines after a related-stories heading tell whether teasers or prose follow. */
  private static final int TEASER_LOOKAHEAD = 6;

  /**
   * Whether the lines after {@code heading} (in the page, before lines were dropped) are a list of other stories:
   * nothing follows, or a link-dense line (a linked headline, a list item over 30 % link) comes within the next {@value #TEASER_LOOKAHEAD}
   * lines, or none of them was kept. Plain paragraphs after it make it a subhead of the text.
   */
  private static boolean teasersFollow(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] inContainer,
      int heading) {
    boolean anyKept = false;
    int seen = 0;
    for (int j = heading + 1; j < blocks.size() && seen < TEASER_LOOKAHEAD; j++) {
      if (!inContainer[j]) {
        continue;
      }
      seen++;
      TextBlocks.Block b = blocks.get(j);
      // a list item that points on with its link ("Discover more in our <a>guide to …</a>") counts as one, too
      if (b.linkDensity() > 0.5 || b.linkDensity() > 0.3 && b.tag().equals("li")) {
        return true;
      }
      anyKept |= kept[j];
    }
    return !anyKept;
  }

  /**
   * A heading whose section (the smallest element around it holding other lines) has lines after it, none of
   * them kept: the title of a box of links or tools, not of a part of the article.
   */
  private static boolean headsOnlyDroppedLines(List<TextBlocks.Block> blocks, boolean[] kept, int heading) {
    Element h = blocks.get(heading).owner();
    for (Element section = h.parent(); section != null; section = section.parent()) {
      // An element's lines are contiguous in document order: scan outwards from the heading while inside it.
      boolean before = heading > 0 && Queries.isWithin(blocks.get(heading - 1).owner(), section);
      boolean droppedAfter = false;
      for (int j = heading + 1; j < blocks.size() && Queries.isWithin(blocks.get(j).owner(), section); j++) {
        if (kept[j]) {
          return false;
        }
        droppedAfter = true;
      }
      if (before || droppedAfter) {
        return droppedAfter;
      }
    }
    return false;
  }

  private static boolean isLinkDense(TextBlocks.Block b) { // a link list or linked headline, not a sentence's link
    if (b.isHeading() && LinkedSubheads.isSelfAnchored(b)) {
      return false;
    }
    double ld = b.linkDensity();
    return (ld > 0.5 || (ld > 0.3 && (b.text().length() < 80 || b.tag().equals("li")))) && !SentenceLinks.inSentence(b);
  }

  private static boolean isJunk(TextBlocks.Block b, String normTitle) {
    String t = b.text();
    int len = t.length();
    if (normTitle != null && Math.abs(len - normTitle.length()) < 20
        && TextNormalizer.normalize(t).equals(normTitle)) {
      return true;
    }
    if (len <= JUNK_MAX_CHARS && (JUNK.matcher(t).matches() || isFigureLabel(b)
        || isLabelShaped(b, LABEL_START.matcher(t)))) {
      return true;
    }
    if (BodyBoilerplate.isAffiliateDisclosure(t)) {
      return true;
    }
    if (len <= 120 && (BYLINE.matcher(t).matches() || BodyBoilerplate.isPostedBy(t))) {
      return true;
    }
    // A line that is only a date ("25.11.2025, 14.30 Uhr", "Updated 1:45 PM UTC, July 9, 2025"), or a labelled
    // one whose date ends in a full stop ("Posted: Thursday, April 21, 2022. 10:11 pm CST.").
    if (len < 70 && !TextBlocks.PROSE_END.matcher(t).find() && DateParsing.parseOffset(t).isPresent()) {
      return true;
    }
    return len < 80 && BodyBoilerplate.isLabelledDate(t);
  }

  /**
   * Whether a line that opens with a label ({@code label} tried at its start) is the label and not a sentence:
   * after the label comes only a link ("Read more: [link]"), or the line is short ({@value #LABEL_MAX_WORDS} words
   * or fewer) and no finished sentence of five words or more ("Share prices rose sharply after the figures.").
   */
  static boolean isLabelShaped(TextBlocks.Block b, java.util.regex.Matcher label) {
    if (!label.lookingAt()) {
      return false;
    }
    String t = b.text();
    int rest = t.length() - label.end();
    if (b.linkChars() > 0 && b.linkChars() >= rest - 3) {
      return true;
    }
    int words = TextNormalizer.wordCount(t);
    return words <= LABEL_MAX_WORDS && !(words >= 5 && TextBlocks.PROSE_END.matcher(t).find());
  }

  /**
   * A figure label ({@link #FIGURE_LABEL}) with at most a caption after it. A numbered-figure word ("Abbildung 4:",
   * "Fig. 2") always labels a figure; after a picture word ("Photo:", "Bild:") a line of more than
   * {@value #FIGURE_SENTENCE_WORDS} words in roman type that ends as a sentence ("Photo: The central bank's
   * headquarters, where rate-setters meet eight times a year, are being renovated.") is kept as text.
   */
  private static boolean isFigureLabel(TextBlocks.Block b) {
    String t = b.text();
    return FIGURE_LABEL.matcher(t).matches() && (FIGURE_WORD.matcher(t).lookingAt() || b.isEmphasised()
        || !(TextNormalizer.wordCount(t) > FIGURE_SENTENCE_WORDS && TextBlocks.PROSE_END.matcher(t).find()));
  }

  private static final Pattern FIGURE_WORD = Pattern.compile("(?iu)(?:abbildung|abb\\.|figure|fig\\.|figura|figur|"
      + "рисунок|рис\\.)");

  private static final int FIGURE_SENTENCE_WORDS = 12;

  /** Orphan headings and short non-sentence lines at the start and end are labels, not text. */
  private static List<TextBlocks.Block> trimEdges(List<TextBlocks.Block> blocks,
      java.util.function.Predicate<TextBlocks.Block> teasersFollow, java.util.function.Predicate<TextBlocks.Block> stays) {
    int start = 0;
    int end = blocks.size();
    while (start < end && (isEdgeLabel(blocks.get(start), true)
        || end - start > 1 && ReaderAppeals.isAddressedAppeal(blocks.get(start)))) {
      start++; // a label, or an appeal above the text ("Submit your letter to the editor via this form.")
    }
    while (end > start && isEdgeLabel(blocks.get(end - 1), false) && !stays.test(blocks.get(end - 1))) {
      end--; // a short line at the end, but not the link to the item a post presents (PresentedLinks)
    }
    int noteStart = Math.min(Math.min(trailingNotes(blocks, start, end), readerAppeal(blocks, start, end)),
        Math.min(BodyBoilerplate.paywallNote(blocks, start, end),
            BodyBoilerplate.relatedSection(blocks, start, end, teasersFollow)));
    if (noteStart < end) {
      end = noteStart;
      // a heading left last introduced the notes cut off ("While you are here…" over an appeal), sentence or not
      while (end > start && (isEdgeLabel(blocks.get(end - 1), false) || blocks.get(end - 1).isHeading())) {
        end--;
      }
    }
    return blocks.subList(start, end);
  }

  /**
   * Where the notes after the text start ({@code end} when there are none): up to {@value #MAX_NOTES} paragraphs
   * set wholly in italics or bold after a roman paragraph — the editor's note under an article ("Submit your
   * letter…", "Follow us on…"), the author's bio, a disclaimer, sources, a photo credit. Running text is set in
   * roman and a note is marked off by its typeface, in any language. Not on pages that set much of the text above
   * in bold or italics (a quarter of its lines or more): there the typeface marks nothing.
   */
  private static int trailingNotes(List<TextBlocks.Block> blocks, int start, int end) {
    int i = end;
    while (i > start && end - i < MAX_NOTES && isNote(blocks.get(i - 1))) {
      i--;
    }
    if (i == end || i - start < 2) { // a one-paragraph post followed by an italic line: both are its text
      return end;
    }
    TextBlocks.Block last = blocks.get(i - 1);
    if (last.isEmphasised() && !opensWithQuote(last.text()) || last.isHeading() || last.tag().equals("li")) {
      return end;
    }
    int emphasised = 0;
    for (int j = start; j < i; j++) {
      emphasised += blocks.get(j).isEmphasised() ? 1 : 0;
    }
    return emphasised * 4 >= i - start ? end : i;
  }

  private static final int MAX_NOTES = 3;

  /**
   * Where the reader appeal after the text starts ({@code end} when there is none): the first of the last
   * {@value #MAX_NOTES} lines that is such an appeal; the lines after it (a sign-off, a citation hint) go with it.
   * Never the only line, never a heading or a list item.
   */
  private static int readerAppeal(List<TextBlocks.Block> blocks, int start, int end) {
    for (int i = Math.max(start + 1, end - MAX_NOTES); i < end; i++) {
      TextBlocks.Block b = blocks.get(i);
      if (ReaderAppeals.isAppeal(b)) {
        return i;
      }
    }
    return end;
  }

  private static boolean isNote(TextBlocks.Block b) {
    return b.isEmphasised() && !b.isHeading() && !b.tag().equals("li") && !UPDATE_NOTE.matcher(b.text()).lookingAt()
        && !opensWithQuote(b.text());
  }

  /**
   * A closing quotation set in italics ("“I am as light as a feather…” — the story ends on Dickens") is the
   * article's last word, not an editor's note: notes (a bio, "Follow us…", "Submit your letter…") never open with
   * a quotation mark.
   */
  private static boolean opensWithQuote(String t) {
    String s = t.stripLeading();
    return !s.isEmpty() && "“\"„«»‘‹›「『".indexOf(s.charAt(0)) >= 0;
  }

  /**
   * An update or correction to the story, set in italics like a note ("Update July 3rd, 8:05AM ET: Added …"): it
   * changes what the article says, so it is text.
   */
  private static final Pattern UPDATE_NOTE = Pattern.compile("(?iu)\\W{0,3}(?:update[sd]?|correction|clarification|"
      + "aktualisierung|aktualisiert|nachtrag|korrektur|richtigstellung|actualización|actualizado|mise à jour|"
      + "rectificatif|aggiornamento|correzione)\\b");

  private static boolean isEdgeLabel(TextBlocks.Block b, boolean leading) {
    String t = b.text();
    if (b.isHeading()) {
      // At the very end a heading introduces nothing; one ending as a sentence is text set big (a post in headings)
      return !leading && !TextBlocks.PROSE_END.matcher(t).find();
    }
    if (!leading && t.endsWith(":") && TextNormalizer.wordCount(t) <= 4) {
      // nor does a label that announces what follows ("Kontakt:", "More about:") when nothing follows; a
      // sentence pointing at a dropped link ("Das Konzeptpapier finden Sie hier:") stays
      return true;
    }
    return t.length() < 40 && !SENTENCE_END.matcher(t).find() && !b.tag().equals("li")
        && !EdgeText.isQuotation(t) && !(!leading && EdgeText.isSignOff(t)); // a lead quote, a sign-off: text
  }

  private static boolean isInside(Element e, List<Element> containers, Map<Element, Boolean> memo) {
    List<Element> path = new ArrayList<>();
    Boolean result = null;
    for (Element a = e; a != null; a = a.parent()) {
      Boolean known = memo.get(a);
      if (known != null) {
        result = known;
        break;
      }
      path.add(a);
      if (containers.contains(a)) {
        result = true;
        break;
      }
    }
    boolean r = result != null && result;
    path.forEach(p -> memo.put(p, r));
    return r;
  }
}
