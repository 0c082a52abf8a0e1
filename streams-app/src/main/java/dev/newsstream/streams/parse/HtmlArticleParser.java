package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/** HTML page to article: metadata through {@link HtmlMetadata}, main text through {@link HtmlBodyExtractor}. */
public final class HtmlArticleParser {
  private static final int MIN_WORDS = 15;

  public ParseOutcome parse(Document doc) {
    HtmlMetadata meta = new HtmlMetadata(doc);
    List<String> paragraphs = HtmlBodyExtractor.extract(doc);
    paragraphs = preferJsonLdBody(meta, paragraphs);
    String title = meta.title();
    // The headline repeated as the first block is not body text.
    if (!paragraphs.isEmpty() && title != null
        && TextNormalizer.normalize(paragraphs.get(0)).equals(TextNormalizer.normalize(title))) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    int words = TextNormalizer.wordCount(String.join(" ", paragraphs));
    if (words < MIN_WORDS) {
      return ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE,
          "HTML page has no article text (" + words + " words in the main block)");
    }
    return new ParseOutcome.Parsed(new ParsedArticle(
        meta.canonicalUrl(), meta.site(), title, meta.summary(), meta.authors(), meta.publishedAt(),
        meta.modifiedAt(), meta.section(), meta.tags(), meta.keywords(), meta.language(), meta.imageUrl(),
        Paragraphs.dateline(paragraphs.get(0)).orElse(null), List.copyOf(paragraphs)));
  }

  /**
   * JSON-LD articleBody is the publisher's own text; use it when the DOM extraction clearly missed text
   * (paywalled or script-rendered pages), splitting it on line breaks.
   */
  private static List<String> preferJsonLdBody(HtmlMetadata meta, List<String> dom) {
    JsonNode ld = meta.jsonLd().orElse(null);
    if (ld == null || !ld.hasNonNull("articleBody")) {
      return dom;
    }
    String body = ld.get("articleBody").asText().strip();
    int ldWords = TextNormalizer.wordCount(body);
    int domWords = TextNormalizer.wordCount(String.join(" ", dom));
    if (ldWords < MIN_WORDS || ldWords <= domWords * 1.3) {
      return dom;
    }
    List<String> out = new ArrayList<>();
    for (String p : body.split("\\n\\s*")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
