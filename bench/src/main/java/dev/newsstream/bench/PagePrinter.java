package dev.newsstream.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench extract --page FILE...}: what the product's {@link PageParser} extracts from single page files, for a
 * person to read. Text: a "== FILE" header, then title / authors / published / language lines and the body
 * paragraphs separated by blank lines; a rejected page prints "rejected: REASON (message)". JSON ({@code --json}):
 * one object a line, {@code {file, rejected?, title, authors [..], published (ISO-8601 with offset), language,
 * paragraphs [..]}}, null fields omitted.
 */
final class PagePrinter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PagePrinter() {}

  /**
   * Extracts each file (gzipped or plain, by content) and prints it to {@code out}.
   *
   * @return 0 when every file was read (a rejected page is an answer, not an error), 2 when a file was unreadable
   *     (its one-line reason goes to {@code err}; the other files are still printed)
   */
  static int printAll(List<Path> files, String url, boolean json, PageParser parser, PrintStream out,
      PrintWriter err) {
    int rc = 0;
    for (Path file : files) {
      byte[] html;
      try {
        html = ExtractionDataset.readPage(file);
      } catch (IllegalArgumentException e) {
        err.println("bench extract: " + e.getMessage());
        rc = 2;
        continue;
      }
      // As produce does: without --url, the URL the page declares (canonical link, og:url, text-dump header), so
      // rules that read the page's host (the site's name as an author) see what the pipeline sees.
      String pageUrl = url != null ? url
          : dev.newsstream.page.PageSniffer.findDeclaredUrl(html, null, null).url().orElse(null);
      ParseOutcome outcome = parser.parse(html, pageUrl, null);
      if (json) {
        out.println(json(file, outcome));
      } else {
        text(out, file, outcome);
      }
    }
    err.flush();
    return rc;
  }

  static String json(Path file, ParseOutcome outcome) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", file.normalize().toString());
    if (outcome instanceof ParseOutcome.Parsed p) {
      ParsedArticle a = p.article();
      putIfPresent(o, "title", a.title());
      if (a.authors() != null) {
        a.authors().forEach(o.putArray("authors")::add);
      }
      putIfPresent(o, "published", a.publishedAt() == null ? null : a.publishedAt().toString());
      putIfPresent(o, "language", a.language());
      a.paragraphs().forEach(o.putArray("paragraphs")::add);
    } else if (outcome instanceof ParseOutcome.Rejected r) {
      o.put("rejected", r.reason() + " (" + r.message() + ")");
    }
    return o.toString();
  }

  static void text(PrintStream out, Path file, ParseOutcome outcome) {
    out.println("== " + file.normalize());
    if (outcome instanceof ParseOutcome.Rejected r) {
      out.println("rejected: " + r.reason() + " (" + r.message() + ")");
      return;
    }
    if (!(outcome instanceof ParseOutcome.Parsed p)) {
      out.println("no outcome");
      return;
    }
    ParsedArticle a = p.article();
    out.println("title:     " + orDash(a.title()));
    out.println("authors:   " + (a.authors() == null || a.authors().isEmpty() ? "-" : String.join("; ", a.authors())));
    out.println("published: " + (a.publishedAt() == null ? "-" : a.publishedAt()));
    out.println("language:  " + orDash(a.language()));
    for (String paragraph : a.paragraphs()) {
      out.println();
      out.println(paragraph);
    }
    out.println();
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
