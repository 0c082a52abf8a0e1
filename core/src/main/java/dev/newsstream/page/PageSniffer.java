package dev.newsstream.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Tells what a page's bytes are and where the page lives, before any real parsing. */
public final class PageSniffer {
  public static final String TEXT_DUMP_TYPE = "text/x-news-dump";
  public static final String HTML_TYPE = "text/html";
  private static final int SNIFF_BYTES = 4096;

  private PageSniffer() {}

  public enum Kind { TEXT_DUMP, HTML, UNKNOWN }

  public static Kind kind(byte[] body) {
    // UTF-8 so that a BOM is one character the header pattern skips; other bytes only need to be ASCII-compatible.
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8);
    if (TextDumpHeader.parse(head).isPresent()) {
      return Kind.TEXT_DUMP;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
        || lower.contains("<head") || lower.contains("<article") || lower.contains("<p>")) {
      return Kind.HTML;
    }
    return Kind.UNKNOWN;
  }

  /** The page's own idea of its URL: text-dump header, or canonical link / og:url in HTML. */
  public static Optional<String> declaredUrl(byte[] body) {
    return switch (kind(body)) {
      case TEXT_DUMP -> TextDumpHeader.parse(new String(body, 0, Math.min(body.length, SNIFF_BYTES),
          StandardCharsets.UTF_8)).map(TextDumpHeader::url);
      case HTML -> htmlUrl(Jsoup.parse(new String(body, StandardCharsets.UTF_8)));
      case UNKNOWN -> Optional.empty();
    };
  }

  static Optional<String> htmlUrl(Document doc) {
    for (String selector : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]",
        "meta[name=twitter:url][content]"}) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (url.startsWith("http://") || url.startsWith("https://")) {
          return Optional.of(url.strip());
        }
      }
    }
    return Optional.empty();
  }

  /** Charset declared inside an HTML page (meta charset or http-equiv), if any. */
  public static Optional<String> declaredCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = head.indexOf("charset=");
    if (i < 0) {
      return Optional.empty();
    }
    int start = i + "charset=".length();
    while (start < head.length() && (head.charAt(start) == '"' || head.charAt(start) == '\'')) {
      start++;
    }
    int end = start;
    while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || "-_:.".indexOf(head.charAt(end)) >= 0)) {
      end++;
    }
    return end > start ? Optional.of(head.substring(start, end)) : Optional.empty();
  }
}
