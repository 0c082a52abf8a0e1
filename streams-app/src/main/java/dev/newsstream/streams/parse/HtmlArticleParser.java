package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * HTML page to article: metadata through {@link HtmlMetadata} (read first, from the untouched page), then the
 * main text through {@link HtmlBodyExtractor}, then the language checked against that text.
 */
public final class HtmlArticleParser {
  private static final int MIN_WORDS = 15;

  public ParseOutcome parse(Document doc) {
    return parse(doc, "HTML page");
  }

  /**
   * @param kind what the input is called in a rejection message: "HTML page", or "text input" for plain text that
   *     produce wrapped in minimal HTML (the user sent no HTML and should not read that they did)
   */
  public ParseOutcome parse(Document doc, String kind) {
    HtmlMetadata meta = new HtmlMetadata(doc);
    String title = meta.title();
    String site = meta.site();
    String canonical = meta.canonicalUrl();
    String summary = meta.summary();
    List<String> authors = meta.authors();
    OffsetDateTime published = meta.publishedAt();
    OffsetDateTime modified = meta.modifiedAt();
    String section = meta.section();
    List<String> tags = meta.tags();
    List<String> keywords = meta.keywords();
    String image = meta.imageUrl();
    String ldBody = meta.jsonLd().map(ld -> ld.get("articleBody")).filter(JsonNode::isTextual)
        .map(JsonNode::asText).map(JsonLd::unescape).orElse(null); // entities left raw, even escaped markup
    HtmlBodyExtractor.Extraction extraction = HtmlBodyExtractor.extractWithStandfirst(doc, title, ldBody);
    // the closing "[责任编辑:…]" line is a desk note, and names the editor a portal's meta author may give as author
    EditorCredits.Tail credits = EditorCredits.dropClosingCredits(extraction.paragraphs());
    List<String> paragraphs = credits.paragraphs();
    authors = EditorCredits.authors(authors, credits.editors(), paragraphs);
    if (summary == null) {
      summary = extraction.standfirst(); // the dek (also the body's first line) is what a summary is
    }
    String text = String.join("\n", paragraphs);
    int words = TextNormalizer.wordCount(text, MIN_WORDS); // the exact count only when under the minimum
    if (words < MIN_WORDS) {
      // The whole text's count too: "0 words" for a short page that has a few read as if its text was lost.
      int all = doc.body() == null ? 0 : TextNormalizer.wordCount(doc.body().text());
      return ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, kind + " has no article text (" + all
          + (all == 1 ? " word" : " words") + " in all, " + MIN_WORDS + " needed; " + words + " in the main block)");
    }
    return new ParseOutcome.Parsed(new ParsedArticle(canonical, site, title, summary, authors, published,
        modified, section, tags, keywords, meta.language(text), image,
        Paragraphs.dateline(paragraphs.get(0)).orElse(null), List.copyOf(paragraphs)));
  }
}
