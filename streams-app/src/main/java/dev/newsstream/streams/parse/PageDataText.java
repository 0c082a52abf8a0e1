package dev.newsstream.streams.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Article text that exists only as page data in a script: script-rendered pages (WordPress JSON API preloads,
 * framework page-data such as {@code __NEXT_DATA__}, {@code window.__INITIAL_STATE__ = {...}}) ship the body as an
 * HTML string inside a JSON or JavaScript string literal, and the HTML around it has no paragraphs. The longest
 * such literal with at least two paragraphs is decoded and read as paragraphs. Used only as the last fallback,
 * when the DOM holds too little text.
 */
final class PageDataText {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A literal shorter than this is a teaser or a label, not a body. */
  private static final int MIN_LITERAL_CHARS = 400;
  private static final int MIN_PARAGRAPHS = 2;

  private PageDataText() {}

  /** The paragraphs of the best body found in the scripts' string literals; empty when there is none. */
  static List<String> paragraphs(List<Element> scripts) {
    String best = null;
    int bestParagraphs = 0;
    for (Element script : scripts) {
      String data = script.data();
      if (data.length() < MIN_LITERAL_CHARS) {
        continue;
      }
      for (String html : htmlLiterals(data)) {
        int n = count(html.toLowerCase(Locale.ROOT), "<p");
        if (n >= MIN_PARAGRAPHS && (best == null || html.length() > best.length())) {
          best = html;
          bestParagraphs = n;
        }
      }
    }
    if (best == null || bestParagraphs < MIN_PARAGRAPHS) {
      return List.of();
    }
    Element body = Jsoup.parseBodyFragment(best).body();
    DomCleaner.clean(body, DomCleaner.Mode.NO_NAMES);
    List<String> out = new ArrayList<>();
    for (TextBlocks.Block b : TextBlocks.of(body)) {
      if (b.linkDensity() <= 0.5 || b.text().length() >= 80) {
        out.add(b.text());
      }
    }
    return out;
  }

  /** Decoded double-quoted string literals of the script that hold HTML paragraphs (escaped or not). */
  static List<String> htmlLiterals(String script) {
    List<String> out = new ArrayList<>();
    int i = script.indexOf('"');
    while (i >= 0 && i < script.length()) {
      int end = closingQuote(script, i + 1);
      if (end == -1) {
        break;
      }
      if (end < -1) { // a raw line break: that quote opened no literal, go on after the break
        i = script.indexOf('"', -(end + 2) + 1);
        continue;
      }
      if (end - i - 1 >= MIN_LITERAL_CHARS) {
        String raw = script.substring(i + 1, end);
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("<p") || lower.contains("\\u003cp") || lower.contains("\\x3cp")) {
          String decoded = decode(raw);
          if (decoded != null) {
            out.add(decoded);
          }
        }
      }
      i = script.indexOf('"', end + 1);
    }
    return out;
  }

  private static int closingQuote(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '"') {
        return j;
      } else if (c == '\n') {
        return -2 - j; // JSON and JS string literals never span a raw line break: not a literal
      }
    }
    return -1;
  }

  private static String decode(String raw) {
    String json = raw.replace("\\x3c", "\\u003c").replace("\\x3e", "\\u003e").replace("\\x3C", "\\u003c")
        .replace("\\x3E", "\\u003e").replace("\\'", "'");
    try {
      return MAPPER.readValue("\"" + json + "\"", String.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
