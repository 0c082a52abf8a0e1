package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.FallbackChain.first;
import static dev.newsstream.streams.parse.FallbackChain.firstDate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date fields of {@link HtmlMetadata}: the publication date's fallback chain (JSON-LD, meta, microdata, then the
 * visible page: {@code <time>}, date-named elements, the URL, the first date in the text) and the modification
 * date's (machine sources only). The visible steps skip dates in reader comments and in regions of other stories
 * ({@link AsideRegions}): those are other texts' dates.
 */
final class PublicationDates {
  private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])");
  private static final Pattern DATE_TEXT = Pattern.compile(
      "(?u)\\b(?:\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|"
          + "\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}{3,}\\.?\\s+(?:19|20)\\d{2}|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})");
  static final String VISIBLE_DATE = "time[datetime], time, [class*=publish], [class*=dateline], "
      + ".date, [class*=post-date], [class*=article-date], [class*=timestamp]";

  private final Document doc;
  private final MetaSources src;
  private final JsonNode ld;
  /** Related-posts, teaser and sidebar regions: their dates are other stories'. */
  private final AsideRegions asides;

  /** {@code ld}: the page's JSON-LD article object, or null. */
  PublicationDates(Document doc, MetaSources src, JsonNode ld, AsideRegions asides) {
    this.doc = doc;
    this.src = src;
    this.ld = ld;
    this.asides = asides;
  }

  /** When the article was published, with the page's own offset; null when no source gives a date. */
  OffsetDateTime publishedAt() {
    return firstDate(() -> ldText("datePublished"), () -> ldText("dateCreated"),
        () -> src.meta("property", "article:published_time"), () -> src.meta("property", "og:published_time"),
        () -> src.anyMeta("pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article.published", "article:published", "datepublished", "originalpublicationdate", "cxenseparse:recs:publishtime"),
        () -> src.itemprop("datePublished"),
        () -> src.attr("time[pubdate]", "datetime"),
        () -> visibleDate(), () -> urlOrTextDate());
  }

  /**
   * The date in the URL, else the first date in the text. A URL gives the day only: when the text names the same
   * day with a time ("Nov. 24th, 2025 08:15 pm"), the text's value is kept, so the time is not lost to midnight.
   */
  private Optional<String> urlOrTextDate() {
    Optional<String> url = urlDate();
    Optional<OffsetDateTime> u = url.flatMap(DateParsing::parseOffset);
    // With a URL date, only text naming its year can matter: the rest of the page is not read (a whole-page walk
    // with the date pattern on every paragraph with a digit cost ~45 µs a page).
    Optional<String> text = dateInText(u.map(d -> String.valueOf(d.getYear())).orElse(null));
    if (url.isEmpty() || text.isEmpty()) {
      return url.isPresent() ? url : text;
    }
    Optional<OffsetDateTime> t = DateParsing.parseOffset(text.get());
    boolean sameDay = u.isPresent() && t.isPresent() && u.get().toLocalDate().equals(t.get().toLocalDate());
    return sameDay ? text : url;
  }

  /** When the article was last changed; machine sources only (a visible "updated" line is not read). */
  OffsetDateTime modifiedAt() {
    return firstDate(() -> ldText("dateModified"), () -> src.meta("property", "article:modified_time"),
        () -> src.meta("property", "og:updated_time"),
        () -> src.anyMeta("last-modified", "dc.date.modified", "dcterms.modified", "article.updated"),
        () -> src.itemprop("dateModified"));
  }

  private Optional<String> visibleDate() {
    for (Element e : src.select("time")) {
      // datetime, or a data-timestamp / data-time / data-epoch attribute (epoch seconds or milliseconds)
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if ((key.equals("datetime") || key.startsWith("data-") && (key.contains("time") || key.contains("date")
            || key.contains("epoch"))) && DateParsing.parseOffset(a.getValue()).isPresent() && !isOthers(e)) {
          return Optional.of(a.getValue());
        }
      }
    }
    for (Element e : src.select(VISIBLE_DATE)) {
      // a zoned machine value in the title (<abbr title="2018-09-11T10:57:27Z">) is the instant; the text is local
      String v = e.hasAttr("datetime") ? e.attr("datetime")
          : DateParsing.isZonedIso(e.attr("title")) ? e.attr("title") : e.text();
      if (DateParsing.parseOffset(v).isPresent() && !isOthers(e)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a date is another text's: in a reader comment, reply or discussion (only a few levels up are looked
   * at, {@link Bylines}), or in a related-posts, teaser or sidebar region outside the article ({@link AsideRegions}).
   * Such dates are the comments' or the other stories' own and never the article's, however early they come.
   */
  private boolean isOthers(Element e) {
    // not a <form>: ASP.NET pages wrap the whole page in one
    return Bylines.isInComments(e, false) || asides.contains(e);
  }

  /**
   * Last resort: the first short visible text that reads as a date ("20/10/2025 | By ...", "1 марта 2025"): the
   * first short own text that is a date, among elements whose own text holds {@code year} (null: any).
   */
  private Optional<String> dateInText(String year) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    for (Element e : doc.body().getAllElements()) {
      // as getElementsMatchingOwnText, but own text is built only where it can match: every date has a digit
      if (!NodeText.hasOwnTextChar(e, '0') || year != null && !ownTextContains(e, year)
          || !DATE_TEXT.matcher(e.ownText()).find()) {
        continue;
      }
      String own = e.ownText();
      if (own.length() < 80 && !Queries.is(e, "script, style, a") && DateParsing.parseOffset(own).isPresent()
          && !isOthers(e)) {
        return Optional.of(own);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a text child of the element (what {@link Element#ownText()} is made of) holds {@code s}: cheaper than
   * building the own text of every element.
   */
  private static boolean ownTextContains(Element e, String s) {
    for (int k = 0; k < e.childNodeSize(); k++) {
      if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t && t.getWholeText().contains(s)) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> urlDate() {
    String url = first(() -> src.attr("link[rel=canonical]", "href"), () -> src.meta("property", "og:url"),
        () -> Optional.of(doc.location()));
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    // "yyyy-MM-dd" by hand: String.format was ~2 % of a page's parse (and localises digits under some default locales)
    return m.find() ? Optional.of(m.group(1) + '-' + twoDigits(m.group(2)) + '-' + twoDigits(m.group(3)))
        : Optional.empty();
  }

  /** One or two ASCII digits, zero-padded to two. */
  private static String twoDigits(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }

  private Optional<String> ldText(String field) {
    return FallbackChain.ldText(ld, field);
  }
}
