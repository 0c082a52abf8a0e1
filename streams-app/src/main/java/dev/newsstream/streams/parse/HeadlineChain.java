package dev.newsstream.streams.parse;

import static dev.newsstream.streams.parse.FallbackChain.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title field of {@link HtmlMetadata}: its fallback chain (JSON-LD, OpenGraph, Twitter, other meta, microdata,
 * visible headings, the head title) and what follows it, the visible spelling and the cut of a site part ("Headline
 * | Site"). The longest of the per-field chains, with rules of its own, so it lives apart; the site names it must
 * skip come from {@link HtmlMetadata}, which the authors read too.
 */
final class HeadlineChain {
  private static final int MAX_TITLE_CHARS = 400;
  private static final Pattern SEPARATOR_AFTER = Pattern.compile("\\s*[|–—:·-].*");
  private static final Pattern SEPARATOR_BEFORE = Pattern.compile(".*[|–—:·-]\\s*");

  private final Document doc;
  private final MetaSources src;
  private final JsonNode ld;

  /** {@code ld}: the page's JSON-LD article object, or null. */
  HeadlineChain(Document doc, MetaSources src, JsonNode ld) {
    this.doc = doc;
    this.src = src;
    this.ld = ld;
  }

  /**
   * The headline: the first of JSON-LD, OpenGraph, Twitter, other meta, microdata, the first h1, the head title that
   * is not the site's name (HTML entities left raw in the source decoded); then trimmed of a site part ("Headline |
   * Site") when a visible heading or the site name shows which part that is. An h1 that names the site (a blog's
   * masthead) is not a candidate. {@code siteNames}: folded names the page gives itself; {@code siteName}: the name
   * to cut as a suffix, asked for only when no heading settled the title. Null when the page has no title at all.
   */
  String title(java.util.Set<String> siteNames, Supplier<String> siteName) {
    String headTitle = TitleText.headTitle(doc);
    List<String> h1s = Headings.h1s(doc, siteNames);
    String firstH1 = h1s.isEmpty() ? null : h1s.get(0);
    String t = first(
        () -> notSite(TitleText.headlineOrName(ldText("headline"), ldText("name"), h1s), siteNames),
        () -> notSite(src.meta("property", "og:title"), siteNames),
        () -> notSite(src.meta("name", "twitter:title"), siteNames),
        () -> notSite(src.anyMeta("dc.title", "title", "sailthru.title", "parsely-title"), siteNames),
        () -> itemHeadline(siteNames),
        () -> notSite(TitleText.shownHeadTitle(HtmlMetadata.spaces(headTitle), Headings.all(doc, siteNames)),
            siteNames),
        // a one-word h1 ("Lorem", "Menu") is a label, not a headline, when the head has a title
        () -> Optional.ofNullable(firstH1).filter(h -> TextNormalizer.wordCount(h) > 1 || headTitle.isBlank()),
        () -> notSite(Optional.of(headTitle).filter(s -> !s.isBlank()), siteNames),
        () -> Optional.ofNullable(firstH1),
        () -> Optional.of(headTitle).filter(s -> !s.isBlank()));
    if (t == null) {
      return null;
    }
    t = HtmlMetadata.spaces(JsonLd.unescape(t));
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
    // is the headline.
    String h1 = firstH1;
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
    // One side is a name the page gives itself or spells its host ("Fraktion im Erfurter Stadtrat - Headline" on
    // fraktion-erfurt.de), the other not: the other is the headline, whichever comes first.
    Optional<String> nonSite = TitleText.nonSiteSide(t, siteNames, doc.location());
    if (nonSite.isPresent()) {
      return nonSite.get();
    }
    // The masthead's name is the very part of the head title that names the site; else the declared site name.
    String stripped = TitleText.stripSiteSuffix(t, siteName.get());
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
      if (v.isPresent() && (Queries.is(e, "meta")
          || !Headings.namesSite(e, HtmlMetadata.spaces(v.get()), siteNames, doc.location()))) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> notSite(Optional<String> v, java.util.Set<String> siteNames) {
    return v.filter(s -> !siteNames.contains(Headings.fold(JsonLd.unescape(s))));
  }

  private Optional<String> ldText(String field) {
    return FallbackChain.ldText(ld, field);
  }
}
