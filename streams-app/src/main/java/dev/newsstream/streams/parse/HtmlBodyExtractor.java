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
 * lines), {@link ContainerFinder} (where the article is), {@link BlockFilter} (labels and link lists out), then a
 * check against the publisher's JSON-LD {@code articleBody} when there is one. Destroys the document it reads.
 */
final class HtmlBodyExtractor {
  private static final int LD_MIN_WORDS = 30;

  private HtmlBodyExtractor() {}

  /** The article's text lines, and its standfirst (dek) when the page sets one apart above the text. */
  record Extraction(List<String> paragraphs, String standfirst) {}

  static List<String> extract(Document doc, String title, String jsonLdBody) {
    return extractWithStandfirst(doc, title, jsonLdBody).paragraphs();
  }

  static Extraction extractWithStandfirst(Document doc, String title, String jsonLdBody) {
    Element body = doc.body();
    if (body == null) {
      return new Extraction(List.of(), null);
    }
    Set<String> imageTexts = imageTexts(body); // before the cleaner removes the images
    DomCleaner.clean(body);
    List<TextBlocks.Block> blocks = TextBlocks.of(body);
    List<Element> containers = ContainerFinder.find(blocks, body);
    List<TextBlocks.Block> kept = BlockFilter.filter(blocks, containers, title, imageTexts);
    String standfirst = null;
    if (kept.size() > 1 && isStandfirst(kept.get(0))) {
      standfirst = kept.get(0).text();
      kept = kept.subList(1, kept.size());
    }
    List<String> paragraphs = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (TextBlocks.Block b : kept) {
      paragraphs.add(b.text());
      if (b.isHeading()) {
        headings.add(b.text());
      }
    }
    paragraphs = Paragraphs.dropRepeats(paragraphs);
    return new Extraction(jsonLdBody == null ? paragraphs : reconcile(paragraphs, headings, jsonLdBody), standfirst);
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
      if (block.parents().stream().noneMatch(a -> a.is("p, li, blockquote")) && !block.text().isBlank()) {
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
