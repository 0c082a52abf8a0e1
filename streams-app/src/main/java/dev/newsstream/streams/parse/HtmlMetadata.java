package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from HTML. Each field tries its sources in this order and keeps the first usable value:
 * JSON-LD (NewsArticle &gt; Article &gt; WebPage), OpenGraph / Twitter, other {@code <meta>} names, microdata
 * ({@code itemprop}), then visible markup (h1, byline, {@code <time>}, URL). docs/EXTRACTION.md lists them.
 */
final class HtmlMetadata {
  private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])");
  /** Byline selectors ({@link Bylines}); kept here for the tests that check every selector parses. */
  static final String BYLINE = Bylines.BYLINE;
  private static final Pattern DATE_TEXT = Pattern.compile(
      "(?u)\\b(?:\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|"
          + "\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}{3,}\\.?\\s+(?:19|20)\\d{2}|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})");
  static final String VISIBLE_DATE = "time[datetime], time, [class*=publish], [class*=dateline], "
      + ".date, [class*=post-date], [class*=article-date], [class*=timestamp]";

  private static final int MAX_TITLE_CHARS = 400;
  /** A comma between list items; not a decimal comma ("2,5 Grad" is one tag). */
  private static final Pattern LIST_COMMA = Pattern.compile(",(?!\\d)|(?<!\\d),");

  private final Document doc;
  private final MetaSources src;
  private final JsonNode ld;
  private java.util.Set<String> siteNames;
  private Optional<String> masthead;
  /** Related-posts, teaser and sidebar regions: their dates and bylines are other stories'. */
  private final AsideRegions asides;

  HtmlMetadata(Document doc) {
    this.doc = doc;
    this.src = new MetaSources(doc);
    this.ld = JsonLd.article(src.jsonLdScripts()).orElse(null);
    this.asides = new AsideRegions(doc);
  }

  Optional<JsonNode> jsonLd() {
    return Optional.ofNullable(ld);
  }

  /**
   * The headline: the first of JSON-LD, OpenGraph, Twitter, other meta, microdata, the first h1, the head title that
   * is not the site's name (HTML entities left raw in the source decoded); then trimmed of a site part ("Headline |
   * Site") when a visible heading or the site name shows which part that is. An h1 that names the site (a blog's
   * masthead) is not a candidate.
   */
  String title() {
    java.util.Set<String> siteNames = siteNames();
    List<String> h1s = Headings.h1s(doc, siteNames);
    String firstH1 = h1s.isEmpty() ? null : h1s.get(0);
    String t = first(
        () -> notSite(TitleText.headlineOrName(ldText("headline"), ldText("name"), h1s), siteNames),
        () -> notSite(src.meta("property", "og:title"), siteNames),
        () -> notSite(src.meta("name", "twitter:title"), siteNames),
        () -> notSite(src.anyMeta("dc.title", "title", "sailthru.title", "parsely-title"), siteNames),
        () -> itemHeadline(siteNames),
        () -> notSite(TitleText.shownHeadTitle(spaces(doc.title()), Headings.all(doc, siteNames)), siteNames),
        // a one-word h1 ("Lorem", "Menu") is a label, not a headline, when the head has a title
        () -> Optional.ofNullable(firstH1).filter(h -> TextNormalizer.wordCount(h) > 1 || doc.title().isBlank()),
        () -> notSite(Optional.of(doc.title()).filter(s -> !s.isBlank()), siteNames),
        () -> Optional.ofNullable(firstH1),
        () -> Optional.of(doc.title()).filter(s -> !s.isBlank()));
    if (t == null) {
      return null;
    }
    t = spaces(JsonLd.unescape(t));
    if (t.length() > MAX_TITLE_CHARS) {
      return t.substring(0, MAX_TITLE_CHARS).strip(); // not a headline; keep the regexes below linear
    }
    // The same words shown in a heading: the visible spelling wins (typographic quotes and dashes the meta title
    // flattened, letter case).
    String ft = Headings.fold(t);
    List<String> headings = Headings.all(doc, siteNames);
    for (String h : headings) {
      if (Headings.fold(h).equals(ft)) {
        return h;
      }
    }
    // A head title often carries the site: "Headline | Site", or "Site | Headline". The visible h1 says which part
    String h1 = firstH1;
    // is the headline.
    if (h1 != null && !h1.equals(t) && t.startsWith(h1)
        && SEPARATOR_AFTER.matcher(t.substring(h1.length())).matches()) {
      return h1;
    }
    if (h1 != null && !h1.equals(t) && t.endsWith(h1)
        && SEPARATOR_BEFORE.matcher(t.substring(0, t.length() - h1.length())).matches()) {
      return h1;
    }
    // The page's one h1 reworded from the meta title is the headline readers see; an h1 that holds the meta title
    // plus more carries a kicker or dateline, and the meta title is the cleaner form.
    if (h1 != null && h1s.size() == 1 && !Headings.fold(h1).contains(Headings.fold(t)) && TitleText.sameStory(h1, t)) {
      return h1;
    }
    Optional<String> shown = visiblePart(t, headings);
    if (shown.isPresent()) {
      return shown.get();
    }
    // The masthead's name is the very part of the head title that names the site; else the declared site name.
    String stripped = TitleText.stripSiteSuffix(t, masthead().orElseGet(this::site));
    if (stripped.equals(t) && h1 == null && doc.body() != null) {
      Matcher m = TitleText.TITLE_PARTS.matcher(t);
      if (m.matches()) {
        String body = doc.body().text();
        if (!body.contains(t) && body.contains(m.group(1).strip())) {
          return m.group(1).strip(); // the visible headline is the part before the separator
        }
      }
    }
    return stripped;
  }

  /**
   * "Site » Blog » Headline", "Headline : Site | Tagline": when the longest part between separators is the text of a
   * visible heading (h1-h3 that is not the masthead), that part is the headline.
   */
  private Optional<String> visiblePart(String title, List<String> headings) {
    String[] parts = TitleText.TITLE_SEPARATORS.split(title);
    if (parts.length < 2) {
      return Optional.empty();
    }
    int mostWords = 0;
    for (String part : parts) {
      mostWords = Math.max(mostWords, TextNormalizer.wordCount(part));
    }
    for (String h : headings) {
      String fh = Headings.fold(h);
      for (String part : parts) {
        // the longest part: a shorter one shown as a heading is a section, kicker or site name
        if (fh.length() >= 4 && fh.equals(Headings.fold(part)) && TextNormalizer.wordCount(part) >= mostWords) {
          return Optional.of(part.strip());
        }
      }
    }
    return Optional.empty();
  }

  /** Microdata headline, unless the element is the masthead (a theme's site name marked up as headline). */
  private Optional<String> itemHeadline(java.util.Set<String> siteNames) {
    for (Element e : src.itemprops("headline")) {
      Optional<String> v = MetaSources.itemValue(e);
      if (v.isPresent()
          && (Queries.is(e, "meta") || !Headings.namesSite(e, spaces(v.get()), siteNames, doc.location()))) {
        return v;
      }
    }
    return Optional.empty();
  }

  /**
   * Folded names the page gives itself: og:site_name, the JSON-LD publisher (application-name is often the title),
   * the masthead named in the head title. Computed once: the title and the authors both read it.
   */
  private java.util.Set<String> siteNames() {
    if (siteNames == null) {
      java.util.Set<String> out = new java.util.HashSet<>();
      ogSiteName().ifPresent(s -> out.add(Headings.fold(JsonLd.unescape(s))));
      if (ld != null) {
        JsonLd.texts(ld, "publisher").forEach(s -> out.add(Headings.fold(s)));
      }
      masthead().ifPresent(s -> out.add(Headings.fold(s)));
      out.remove("");
      siteNames = out;
    }
    return siteNames;
  }

  /** {@link Headings#mastheadInTitle}, once per page. */
  private Optional<String> masthead() {
    if (masthead == null) {
      masthead = Headings.mastheadInTitle(doc, spaces(doc.title()));
    }
    return masthead;
  }

  /**
   * {@code og:site_name}, unless it is the page's section: CMSs that fill it per section ("U.S." on a story whose
   * {@code article:section} is "U.S.") name the desk, not the site, and a headline or author equal to it is no site.
   */
  private Optional<String> ogSiteName() {
    Optional<String> og = src.meta("property", "og:site_name");
    String section = og.isEmpty() ? null : section();
    return section != null && Headings.fold(section).equals(Headings.fold(og.get())) ? Optional.empty() : og;
  }

  private static Optional<String> notSite(Optional<String> v, java.util.Set<String> siteNames) {
    return v.filter(s -> !siteNames.contains(Headings.fold(JsonLd.unescape(s))));
  }

  String summary() {
    String s = first(() -> ldText("description"), () -> src.meta("property", "og:description"),
        () -> src.meta("name", "description"), () -> src.meta("name", "twitter:description"),
        () -> src.itemprop("description"));
    return s == null ? null : JsonLd.unescape(s);
  }

  String site() {
    return first(() -> ogSiteName(),
        () -> ld == null ? Optional.empty() : JsonLd.text(ld, "publisher"),
        () -> src.meta("name", "application-name"),
        () -> src.itemprop("publisher").filter(s -> s.length() < 60));
  }

  String canonicalUrl() {
    return first(() -> src.attr("link[rel=canonical]", "abs:href"), () -> src.meta("property", "og:url"),
        () -> ldText("url").filter(u -> u.startsWith("http")));
  }

  String imageUrl() {
    return first(() -> ld == null ? Optional.empty() : JsonLd.url(ld, "image"),
        () -> src.meta("property", "og:image"), () -> src.meta("property", "og:image:url"),
        () -> src.meta("name", "twitter:image"), () -> src.itemprop("image"));
  }

  String section() {
    String s = first(() -> ldText("articleSection"), () -> src.meta("property", "article:section"),
        () -> src.anyMeta("section", "category", "parsely-section", "sailthru.section", "article.section"),
        () -> src.itemprop("articleSection"));
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** The declared language (JSON-LD, html lang, Content-Language, og:locale), checked against the text. */
  String language(String bodyText) {
    String declared = first(() -> ldText("inLanguage"), () -> src.attr("html[lang]", "lang"),
        () -> src.meta("http-equiv", "content-language"), () -> src.meta("property", "og:locale"),
        () -> src.anyMeta("language", "dc.language"));
    String code = null;
    if (declared != null) {
      String c = declared.strip().toLowerCase(Locale.ROOT);
      code = c.length() >= 2 && Character.isLetter(c.charAt(0)) && Character.isLetter(c.charAt(1))
          && (c.length() == 2 || !Character.isLetter(c.charAt(2))) ? c.substring(0, 2) : null;
    }
    return LanguageDetection.resolve(code, bodyText);
  }

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

  OffsetDateTime modifiedAt() {
    return firstDate(() -> ldText("dateModified"), () -> src.meta("property", "article:modified_time"),
        () -> src.meta("property", "og:updated_time"),
        () -> src.anyMeta("last-modified", "dc.date.modified", "dcterms.modified", "article.updated"),
        () -> src.itemprop("dateModified"));
  }

  /** Person names; a name that is the site's or publisher's own name is not an author and is dropped. */
  List<String> authors() {
    return new Bylines(doc, src, ld, asides).authors(siteNames());
  }

  List<String> tags() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    // One tag per meta (a tag may hold a comma: "Trump, Donald J"), or, in a page's only one, all tags joined by
    // commas as keywords are: that one is split.
    List<String> articleTags = src.metas("property", "article:tag");
    List<String> joined = new ArrayList<>(src.metas("name", "parsely-tags"));
    if (articleTags.size() == 1) {
      joined.addAll(articleTags);
    } else {
      articleTags.forEach(t -> out.add(t.strip().toLowerCase(Locale.ROOT)));
    }
    for (String s : joined) {
      for (String t : LIST_COMMA.split(s)) {
        out.add(t.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (out.isEmpty()) {
      src.select("a[rel~=tag]").forEach(a -> out.add(a.text().strip().toLowerCase(Locale.ROOT)));
    }
    out.remove("");
    return List.copyOf(out);
  }

  List<String> keywords() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    List<String> sources = new ArrayList<>();
    if (ld != null) {
      sources.addAll(JsonLd.texts(ld, "keywords"));
    }
    sources.addAll(src.metas("name", "keywords"));
    sources.addAll(src.metas("name", "news_keywords"));
    for (String s : sources) {
      for (String k : s.split(",")) {
        String v = k.strip().toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && v.length() < 80) {
          out.add(v);
        }
      }
    }
    return List.copyOf(out);
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

  /** Last resort: the first short visible text that reads as a date ("20/10/2025 | By ...", "1 марта 2025"). */
  /** The first short own text that is a date, among elements whose own text holds {@code year} (null: any). */
  private Optional<String> dateInText(String year) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    for (Element e : doc.body().getAllElements()) {
      // as getElementsMatchingOwnText, but own text is built only where it can match: every date has a digit
      if (!hasOwnTextChar(e, '0') || year != null && !ownTextContains(e, year)
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
   * Whether a text child of the element (what {@link Element#ownText()} is made of, with a space per
   * {@code <br>}) holds a character that can start a match: {@code '0'} for an ASCII digit, {@code 'A'} for any
   * character from 'A' up (every upper-case letter is). Building the own text of every element costs more.
   */
  private static boolean ownTextContains(Element e, String s) {
    for (int k = 0; k < e.childNodeSize(); k++) {
      if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t && t.getWholeText().contains(s)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasOwnTextChar(Element e, char kind) {
    for (int k = 0; k < e.childNodeSize(); k++) {
      if (e.childNode(k) instanceof org.jsoup.nodes.TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (kind == '0' ? c >= '0' && c <= '9' : c >= 'A') {
            return true;
          }
        }
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
    return ld == null ? Optional.empty() : JsonLd.text(ld, field);
  }

  @SafeVarargs
  private static String first(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<String> v = s.get();
      if (v.isPresent() && !v.get().isBlank()) {
        return v.get().strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static OffsetDateTime firstDate(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<OffsetDateTime> d = s.get().flatMap(DateParsing::parseOffset);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** Collapses whitespace, no-break spaces included (jsoup turns {@code &nbsp;} into U+00A0). */
  static String spaces(String s) {
    return TextShortcuts.collapseSpaces(s);
  }
  private static final Pattern SEPARATOR_AFTER = Pattern.compile("\\s*[|–—:·-].*");
  private static final Pattern SEPARATOR_BEFORE = Pattern.compile(".*[|–—:·-]\\s*");
}
