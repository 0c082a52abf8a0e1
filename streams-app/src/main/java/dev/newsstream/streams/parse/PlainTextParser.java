package dev.newsstream.streams.parse;

import dev.newsstream.page.TextTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page that is neither HTML nor our text dump but readable text (a crawler's text/plain capture, a saved article
 * body): paragraphs are blank-line separated, or one per line when the text has no blank lines; a first line that
 * reads like a headline (short, no closing punctuation, more text after it) is the title. Nothing else is guessed:
 * no date, site or author. Text that starts like markup or data ({@code {}, {@code [}, {@code <}) is not prose.
 */
final class PlainTextParser {
  static final int MIN_WORDS = 15;
  private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");
  private static final Pattern LINE = Pattern.compile("\\R");

  ParseOutcome parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return ParseOutcome.rejected(RejectReason.EMPTY_BODY, "page is only whitespace");
    }
    char first = t.charAt(0);
    if (first == '{' || first == '[' || first == '<') {
      return ParseOutcome.rejected(RejectReason.UNKNOWN_FORMAT, "neither a text dump, HTML nor prose (starts with '"
          + first + "')");
    }
    List<String> paragraphs = split(t, BLANK_LINE);
    if (paragraphs.size() == 1 && t.lines().count() > 2) {
      paragraphs = split(t, LINE);
    }
    String title = null;
    if (paragraphs.size() >= 2 && isHeadline(paragraphs.get(0))) {
      title = paragraphs.get(0);
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    int words = TextNormalizer.wordCount(String.join(" ", paragraphs));
    if (words < MIN_WORDS) {
      return ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "plain text has no article in it (" + words
          + " words)");
    }
    String body = String.join("\n", paragraphs);
    return new ParseOutcome.Parsed(new ParsedArticle(null, null, title, null, List.of(), null, null, null, List.of(),
        List.of(), LanguageDetection.detect(body).orElse(null), null, Paragraphs.dateline(paragraphs.get(0)).orElse(null),
        List.copyOf(paragraphs)));
  }

  private static List<String> split(String text, Pattern separator) {
    List<String> out = new ArrayList<>();
    for (String part : separator.split(text)) {
      String p = part.replaceAll("\\s+", " ").strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isHeadline(String line) {
    return TextTitle.isHeadline(line);
  }
}
