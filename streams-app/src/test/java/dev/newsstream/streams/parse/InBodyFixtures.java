package dev.newsstream.streams.parse;

import java.util.List;
import org.jsoup.Jsoup;

/** Shared pieces of the in-body boilerplate tests: a prose paragraph and the body extractor on a bare page. */
final class InBodyFixtures {
  private InBodyFixtures() {}

  /** A paragraph long enough to be read as prose, numbered so a test can say which one is missing. */
  static String para(int i) {
    return "Paragraph " + i + " tells the story of the harbour, the ferry and the town, and it goes on long enough "
        + "to be read as prose rather than as a label.";
  }

  /** The body paragraphs {@link HtmlBodyExtractor} keeps from {@code bodyHtml} under the title "Dredging". */
  static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><body>" + bodyHtml + "</body></html>"), "Dredging", null);
  }
}
