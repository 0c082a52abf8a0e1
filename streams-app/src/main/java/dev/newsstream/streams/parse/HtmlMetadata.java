package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.FallbackChain.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Article metadata from HTML. Each field tries its sources in this order and keeps the first usable value
 * ({@link FallbackChain}): JSON-LD (NewsArticle &gt; Article &gt; WebPage), OpenGraph / Twitter, other {@code <meta>}
 * names, microdata ({@code itemprop}), then visible markup (h1, byline, {@code <time>}, URL). docs/EXTRACTION.md
 * lists them. The long chains have classes of their own: the title {@link HeadlineChain}, the authors
 * {@link Bylines}, the dates {@link PublicationDates}; this class holds the short ones and the site names they share.
 */
final class HtmlMetadata {
  /** Byline selectors ({@link Bylines}); kept here for the tests that check every selector parses. */
  static final String BYLINE = Bylines.BYLINE;

  /** A comma between list items; not a decimal comma ("2,5 Grad" is one tag). */
  private static final Pattern LIST_COMMA = Pattern.compile(",(?!\\d)|(?<!\\d),");

  private final Document doc;
  private final MetaSources src;
  private final JsonNode ld;
  private java.util.Set<String> siteNames;
  private Optional<String> masthead;
  /** Related-posts, teaser and sidebar regions: their dates and bylines are other stories'. */
  private final AsideRegions asides;
  private final HeadlineChain headline;
  private final PublicationDates dates;

  HtmlMetadata(Document doc) {
    this.doc = doc;
    this.src = new MetaSources(doc);
    this.ld = JsonLd.article(src.jsonLdScripts()).orElse(null);
    this.asides = new AsideRegions(doc);
    this.headline = new HeadlineChain(doc, src, ld);
    this.dates = new PublicationDates(doc, src, ld, asides);
  }

  Optional<JsonNode> jsonLd() {
    return Optional.ofNullable(ld);
  }

  /**
   * The headline ({@link HeadlineChain#title}): skips the site's own names; a site part of the head title is cut at
   * the masthead's name, else at the declared site name; a separator left dangling by an empty side is trimmed.
   */
  String title() {
    return TitleText.trimEdgeSeparators(headline.title(siteNames(), () -> masthead().orElseGet(this::site)));
  }

  /**
   * Folded names the page gives itself: og:site_name, the JSON-LD publisher (application-name is often the title),
   * the masthead named in the head title, an h1 that only links to the front page. Computed once: the title and the authors both read it.
   */
  private java.util.Set<String> siteNames() {
    if (siteNames == null) {
      java.util.Set<String> out = new java.util.HashSet<>();
      ogSiteName().ifPresent(s -> out.add(Headings.fold(JsonLd.unescape(s))));
      if (ld != null) {
        JsonLd.texts(ld, "publisher").forEach(s -> out.add(Headings.fold(s)));
      }
      masthead().ifPresent(s -> out.add(Headings.fold(s)));
      out.addAll(Headings.homeLinkNames(doc));
      out.remove("");
      siteNames = out;
    }
    return siteNames;
  }

  /** {@link Headings#mastheadInTitle}, once per page. */
  private Optional<String> masthead() {
    if (masthead == null) {
      masthead = Headings.mastheadInTitle(doc, spaces(TitleText.headTitle(doc)));
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

  /** {@link PublicationDates#publishedAt}. */
  OffsetDateTime publishedAt() {
    return dates.publishedAt();
  }

  /** {@link PublicationDates#modifiedAt}. */
  OffsetDateTime modifiedAt() {
    return dates.modifiedAt();
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

  private Optional<String> ldText(String field) {
    return FallbackChain.ldText(ld, field);
  }

  /** Collapses whitespace, no-break spaces included (jsoup turns {@code &nbsp;} into U+00A0). */
  static String spaces(String s) {
    return TextShortcuts.collapseSpaces(s);
  }
}
