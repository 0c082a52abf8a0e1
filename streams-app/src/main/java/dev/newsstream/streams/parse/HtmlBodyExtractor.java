package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text of an HTML article, in stages: {@link DomCleaner} (boilerplate out), {@link TextBlocks} (the page as
 * lines, without those after the page's footer: {@link AfterPageFooter}), {@link ContainerFinder} (where the article
 * is; lists of cut-off teaser cards do not take part: {@link TeaserCards}), {@link BlockFilter} (labels and link
 * lists out), then a
 * check against the publisher's JSON-LD {@code articleBody} when there is one. When the text found is short, the
 * cleaning is undone and redone more gently ({@link DomCleaner.Mode}), and the longest result is kept. Destroys the
 * document it reads.
 */
final class HtmlBodyExtractor {
  private static final int LD_MIN_WORDS = 30;

  private HtmlBodyExtractor() {}

  /**
   * The article's text lines, and its standfirst (dek) when the page sets one apart above the text; the dek is also
   * the first of the lines.
   */
  record Extraction(List<String> paragraphs, String standfirst, List<String> headings, List<String> leads) {
    Extraction(List<String> paragraphs, String standfirst, List<String> headings) {
      this(paragraphs, standfirst, headings, List.of());
    }
  }

  static List<String> extract(Document doc, String title, String jsonLdBody) {
    return extractWithStandfirst(doc, title, jsonLdBody).paragraphs();
  }

  static Extraction extractWithStandfirst(Document doc, String title, String jsonLdBody) {
    Element body = doc.body();
    if (body == null) {
      return new Extraction(List.of(), null, List.of());
    }
    Set<String> imageTexts = imageTexts(body); // before the cleaner removes the images
    AfterPageFooter afterFooter = AfterPageFooter.of(body); // before the cleaner removes the footer
    List<Element> scripts = doc.getElementsByTag("script"); // page data, read only if the DOM has too little text
    DomCleaner.removeNeverText(body);
    Extraction best = null;
    int bestChars = -1;
    for (DomCleaner.Mode mode : DomCleaner.Mode.values()) {
      DomCleaner.Removal removal = DomCleaner.cleanAfterNeverText(body, mode);
      Extraction e = extractCleaned(body, title, imageTexts, afterFooter);
      int chars = textChars(e.paragraphs());
      if (best == null || chars > bestChars && (bestChars < NOTHING_CHARS || keepsMostOf(e, best, bestChars))) {
        best = e;
        bestChars = chars;
      }
      if (bestChars >= RETRY_BELOW_CHARS) {
        break;
      }
      removal.undo();
    }
    if (bestChars < RETRY_BELOW_CHARS) {
      List<String> pageData = PageDataText.paragraphs(scripts);
      if (textChars(pageData) > Math.max(bestChars, 0) * 2) {
        best = new Extraction(pageData, null, List.of());
      }
    }
    return new Extraction(jsonLdBody == null ? best.paragraphs()
        : reconcile(best.paragraphs(), best.headings(), jsonLdBody, best.leads()), best.standfirst(), best.headings());
  }

  /**
   * A result shorter than this (non-blank characters) makes the extractor clean again more gently: Readability's
   * retry threshold (its charThreshold, 500).
   */
  static final int RETRY_BELOW_CHARS = 500;

  /** A result this short found nothing: any longer retry is better. */
  static final int NOTHING_CHARS = 150;

  /**
   * Whether a gentler retry found the same text plus more, rather than something else that is merely longer (a
   * comment thread beside a short episode note): at least half of the earlier result's text is in it.
   */
  private static boolean keepsMostOf(Extraction retry, Extraction earlier, int earlierChars) {
    Set<String> now = new HashSet<>();
    retry.paragraphs().forEach(p -> now.add(TextNormalizer.normalize(p)));
    int kept = 0;
    for (String p : earlier.paragraphs()) {
      kept += now.contains(TextNormalizer.normalize(p)) ? textChars(List.of(p)) : 0;
    }
    return kept * 2 >= earlierChars;
  }

  private static int textChars(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      for (int i = 0; i < p.length(); i++) {
        n += Character.isWhitespace(p.charAt(i)) ? 0 : 1;
      }
    }
    return n;
  }

  /**
   * Stages 2 to 4 on a cleaned body: lines (minus those after the page footer), container, filter, standfirst (kept
   * in the body), repeats.
   */
  private static Extraction extractCleaned(Element body, String title, Set<String> imageTexts,
      AfterPageFooter afterFooter) {
    List<TextBlocks.Block> blocks = afterFooter.without(TextBlocks.of(body));
    List<Element> containers = LeadBlocks.withLead(blocks,
        ContainerFinder.find(TeaserCards.withoutCardLists(blocks), body));
    List<TextBlocks.Block> kept = RepeatedBlocks.dropCopies(BlockFilter.filter(blocks, containers, title,
        imageTexts));
    // The dek stays in the body as well: readers and annotators count it as the article's text (the hand-annotated
    // dev set and Readability's expected outputs both do), and it is the summary when the page declares none.
    String standfirst = kept.size() > 1 && isStandfirst(kept.get(0)) ? kept.get(0).text() : null;
    List<String> paragraphs = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    for (TextBlocks.Block b : kept) {
      if (paragraphs.size() == leads.size() && LeadBlocks.isLeadProse(b)
          && (LeadBlocks.isInLeadPlace(b.owner()) || b.isEmphasised())) {
        leads.add(b.text());
      }
      paragraphs.add(b.text());
      if (b.isHeading()) {
        headings.add(b.text());
      }
    }
    return new Extraction(paragraphs, standfirst, headings, leads);
  }

  /**
   * A sentence-long heading above the first paragraph is the dek that follows the headline ("<h1>…</h1><h2>The Web
   * star has achieved fame by…</h2>"), not a section title: section titles are short and come between paragraphs.
   * Two sentences or more in a heading are a lede paragraph styled big (newsok.com's {@code <h2>} lead), and stay.
   */
  private static boolean isStandfirst(TextBlocks.Block first) {
    return first.isHeading() && !first.tag().equals("h1") && TextNormalizer.wordCount(first.text()) >= STANDFIRST_WORDS
        && !INNER_SENTENCE_END.matcher(first.text()).find();
  }

  private static final int STANDFIRST_WORDS = 9;
  private static final java.util.regex.Pattern INNER_SENTENCE_END =
      java.util.regex.Pattern.compile("[.!?。！？][\"'”’)]?\\s+[\"'“‘(]?\\p{Lu}");

  /** Alt and title texts of the images, normalised: a text line repeating one is the image's caption. */
  static Set<String> imageTexts(Element body) {
    Set<String> out = new HashSet<>();
    for (Element img : body.getElementsByTag("img")) {
      for (String attr : new String[] {"alt", "title"}) {
        String n = TextNormalizer.normalize(img.attr(attr));
        if (n.length() >= 8) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /**
   * The publisher's JSON-LD body, when sane, settles two cases: the DOM holds much less (paywall, script-rendered
   * page) -> use it; the DOM holds it all plus extra lines -> drop the extra non-heading lines.
   */
  static List<String> reconcile(List<String> dom, List<String> headings, String ldBodyRaw) {
    return reconcile(dom, headings, ldBodyRaw, List.of());
  }

  /**
   * As {@link #reconcile(List, List, String)}, but the page's lead lines (the intro in its header or a lead-named
   * element, above the body) stay in front when the JSON-LD body leaves them out: CMSs often write only the body
   * paragraphs, or a shorter dek, into {@code articleBody}, and the lead is article text.
   *
   * @param leads the DOM lines that open the text from a header or lead element, in order (may be empty)
   */
  static List<String> reconcile(List<String> dom, List<String> headings, String ldBodyRaw, List<String> leads) {
    List<String> out = reconcileBody(dom, headings, ldBodyRaw);
    if (leads.isEmpty() || out == dom) {
      return out;
    }
    String outNorm = TextNormalizer.normalize(String.join(" ", out));
    List<String> front = new ArrayList<>();
    for (String lead : leads) {
      if (!outNorm.contains(TextNormalizer.normalize(lead))) {
        front.add(lead);
      }
    }
    if (front.isEmpty()) {
      return out;
    }
    front.addAll(out);
    return front;
  }

  private static List<String> reconcileBody(List<String> dom, List<String> headings, String ldBodyRaw) {
    String ldBody = ldBodyRaw.contains("<") ? htmlText(ldBodyRaw) : ldBodyRaw;
    String ldNorm = TextNormalizer.normalize(ldBody);
    int ldWords = TextNormalizer.wordCount(ldBody);
    if (ldWords < LD_MIN_WORDS || ldBody.strip().endsWith("...") || ldBody.strip().endsWith("…")) {
      return dom;
    }
    int domWords = TextNormalizer.wordCount(String.join(" ", dom));
    if (domWords < ldWords * 0.6) {
      return splitParagraphs(ldBody);
    }
    if (ldWords < domWords * 0.6) {
      return dom;
    }
    List<String> kept = new ArrayList<>();
    int keptWords = 0;
    for (String p : dom) {
      String n = TextNormalizer.normalize(p);
      if (ldNorm.contains(n)) {
        kept.add(p);
        keptWords += TextNormalizer.wordCount(p);
      } else if (headings.contains(p)) {
        kept.add(p);
      }
    }
    return keptWords >= ldWords * 0.9 ? kept : dom;
  }

  /** Text of an HTML articleBody, one line per paragraph: flattened to one line it would become one paragraph. */
  private static String htmlText(String html) {
    Element root = Jsoup.parseBodyFragment(html).body();
    List<String> lines = new ArrayList<>();
    for (Element block : root.select("p, h2, h3, h4, li, blockquote")) {
      if (block.parents().stream().noneMatch(a -> Queries.is(a, "p, li, blockquote")) && !block.text().isBlank()) {
        lines.add(block.text());
      }
    }
    return lines.isEmpty() ? root.text() : String.join("\n", lines);
  }

  private static List<String> splitParagraphs(String body) {
    List<String> out = new ArrayList<>();
    for (String p : body.split("\\n\\s*")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
