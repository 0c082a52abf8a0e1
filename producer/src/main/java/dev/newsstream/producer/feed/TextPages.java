package dev.newsstream.producer.feed;

import dev.newsstream.page.TextTitle;
import org.jsoup.nodes.Entities;

/**
 * Plain extracted text (no markup, no text-dump header) as a minimal HTML page, so that the parse stage sees
 * the title and one paragraph per line like any other article. Blank lines and line breaks both split paragraphs.
 * Without a title given, a first line that reads as a headline and is followed by a blank line is the title
 * ({@link TextTitle#leading}), as plain text read by the parse stage itself gets it.
 */
public final class TextPages {
  private TextPages() {}

  public static String wrap(String title, String text) {
    if (title == null || title.isBlank()) {
      java.util.Optional<TextTitle.Split> split = TextTitle.leading(text);
      if (split.isPresent()) {
        title = split.get().title();
        text = split.get().rest();
      }
    }
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    if (title != null && !title.isBlank()) {
      html.append("<title>").append(Entities.escape(title.strip())).append("</title>");
    }
    html.append("</head><body><article>\n");
    if (title != null && !title.isBlank()) {
      html.append("<h1>").append(Entities.escape(title.strip())).append("</h1>\n");
    }
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
      }
    }
    return html.append("</article></body></html>\n").toString();
  }
}
