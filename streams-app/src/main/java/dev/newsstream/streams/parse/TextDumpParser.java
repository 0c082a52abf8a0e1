package dev.newsstream.streams.parse;

import dev.newsstream.page.TextDumpHeader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Our crawler's line-per-field dump: {@code date YYYY-MM-DD URL}, the title (often twice), site name, summary,
 * timestamps, section, tags, image URL, publisher blocks (repeated), keywords, the title again, then the body.
 * The layout varies between sites, so fields are recognised by shape, not by line number.
 */
public final class TextDumpParser {
  private static final Pattern URL_LINE = Pattern.compile("^https?://\\S+$");
  private static final Pattern IMAGE_URL = Pattern.compile("(?i)^https?://\\S+(\\.(jpe?g|png|webp|gif|avif)(\\?\\S*)?|/img/\\S*)$");
  private static final Pattern LOCALE = Pattern.compile("^([a-z]{2})(?:[_-][A-Za-z]{2})?$");
  private static final Pattern CONTACT = Pattern.compile("(?i)^(\\S+@\\S+\\.\\w+|\\+?[\\d ()-]{7,}|\\d{4})$");
  private static final int MAX_TAG_LENGTH = 60;

  public ParseOutcome parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : lines(text)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.equals("\uFEFF")) {
        lines.add(s);
      }
    }
    Optional<TextDumpHeader> header = lines.isEmpty() ? Optional.empty() : TextDumpHeader.parse(lines.get(0));
    if (header.isEmpty()) {
      return ParseOutcome.rejected(RejectReason.UNKNOWN_FORMAT, "text dump without a 'date YYYY-MM-DD URL' first line");
    }
    List<String> l = lines.subList(1, lines.size());
    if (l.isEmpty()) {
      return ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "text dump has a header but no fields");
    }
    Map<String, Integer> counts = new HashMap<>();
    l.forEach(s -> counts.merge(s, 1, Integer::sum));

    String title = l.get(0);
    int i = 1;
    while (i < l.size() && l.get(i).equals(title)) {
      i++;
    }
    String site = null;
    if (i < l.size() && isShortField(l.get(i)) && !DateParsing.looksLikeIsoDate(l.get(i))) {
      site = l.get(i++);
    }
    String summary = null;
    if (i < l.size() && !DateParsing.looksLikeIsoDate(l.get(i)) && !URL_LINE.matcher(l.get(i)).matches()
        && l.get(i).length() > MAX_TAG_LENGTH) {
      summary = l.get(i++);
    }
    List<OffsetDateTime> timestamps = new ArrayList<>();
    while (i < l.size() && DateParsing.looksLikeIsoDate(l.get(i))) {
      DateParsing.parseOffset(l.get(i++)).ifPresent(timestamps::add);
    }
    String section = null;
    if (!timestamps.isEmpty() && i < l.size() && isShortField(l.get(i))) {
      section = l.get(i++).toLowerCase(Locale.ROOT);
    }
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    while (i < l.size() && isShortField(l.get(i)) && counts.get(l.get(i)) <= 2) {
      tags.add(l.get(i++).toLowerCase(Locale.ROOT));
    }
    int bodyStart = lastIndexOf(l, title, i);
    int metaEnd = bodyStart > 0 ? bodyStart : l.size();
    String imageUrl = null;
    String language = null;
    List<String> keywords = List.of();
    for (int k = i; k < metaEnd; k++) {
      String s = l.get(k);
      if (imageUrl == null && IMAGE_URL.matcher(s).matches()) {
        imageUrl = s;
      } else if (language == null && LOCALE.matcher(s).matches()) {
        language = s.substring(0, 2).toLowerCase(Locale.ROOT);
      } else if (keywords.isEmpty() && s.contains(", ") && counts.get(s) >= 2 && s.length() < 500) {
        keywords = splitKeywords(s);
      }
    }
    List<String> bodyLines = bodyStart >= 0 ? l.subList(bodyStart + 1, l.size()) : trailingProse(l, i);
    List<String> paragraphs = new ArrayList<>();
    for (String p : Paragraphs.joinContinuations(bodyLines)) {
      boolean boilerplate = counts.getOrDefault(p, 0) >= 2 && p.length() < 200;
      if (!boilerplate && !CONTACT.matcher(p).matches() && !URL_LINE.matcher(p).matches()) {
        paragraphs.add(p);
      }
    }
    paragraphs = Paragraphs.dropRepeatsAndConcatenations(paragraphs);
    if (paragraphs.isEmpty()) {
      return ParseOutcome.rejected(RejectReason.NOT_AN_ARTICLE, "text dump has no body paragraphs");
    }
    OffsetDateTime published = timestamps.isEmpty() ? null : timestamps.get(0);
    OffsetDateTime modified = timestamps.stream().max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(null);
    return new ParseOutcome.Parsed(new ParsedArticle(
        null, site, title, summary, List.of(), published, modified, section, List.copyOf(tags), keywords,
        language, imageUrl, Paragraphs.dateline(paragraphs.get(0)).orElse(null), List.copyOf(paragraphs)));
  }

  /**
   * The text cut at every line terminator ({@code \\R}'s characters: LF, VT, FF, CR, NEL, U+2028, U+2029; CR LF gives
   * an empty piece between, which the caller drops like any blank line), without a regular expression.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private static boolean isShortField(String s) {
    return s.length() <= MAX_TAG_LENGTH && !URL_LINE.matcher(s).matches() && !s.endsWith(".")
        && !CONTACT.matcher(s).matches();
  }

  private static int lastIndexOf(List<String> l, String value, int from) {
    for (int k = l.size() - 2; k >= from; k--) {
      if (l.get(k).equals(value)) {
        return k;
      }
    }
    return -1;
  }

  /** Without a repeated title before the body, the body is the run of sentence-like lines at the end. */
  private static List<String> trailingProse(List<String> l, int from) {
    int start = l.size();
    while (start > from) {
      String s = l.get(start - 1);
      boolean prose = s.length() > MAX_TAG_LENGTH || Character.isLowerCase(s.charAt(0))
          || ",;:.".indexOf(s.charAt(0)) >= 0;
      if (!prose) {
        break;
      }
      start--;
    }
    return l.subList(start, l.size());
  }

  private static List<String> splitKeywords(String line) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String k : line.split(",")) {
      String s = k.strip().toLowerCase(Locale.ROOT);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
