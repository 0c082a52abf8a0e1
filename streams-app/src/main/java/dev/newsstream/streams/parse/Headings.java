package dev.newsstream.streams.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's visible headings (h1-h3) that can be the article's headline. A heading that names the site is the
 * masthead of a blog or magazine theme, not a headline: its text is the site name (og:site_name, the JSON-LD
 * publisher), a label of the page's host ({@code <h1>quietshelf</h1>} on quietshelf.example), or it is only a link
 * to a site's front page ({@code href="/"}, a root URL of any host, archived or not, {@code rel="home"}).
 */
final class Headings {
  private static final int MAX_HEADINGS = 30;

  private Headings() {}

  /** Texts of the non-site h1 elements (those in {@code article}/{@code main} first), whitespace-collapsed. */
  static List<String> h1s(Document doc, Set<String> siteNames) {
    List<String> inArticle = new ArrayList<>();
    List<String> other = new ArrayList<>();
    String host = UrlHost.of(doc.location());
    for (Element h : Queries.select(doc, "h1")) {
      String text = headline(h);
      if (!text.isEmpty() && !namesSiteOf(h, text, siteNames, host)) {
        (Queries.closest(h, "article, main") != null ? inArticle : other).add(text);
      }
    }
    inArticle.addAll(other);
    return inArticle;
  }

  /** Texts of the first non-site h1-h3 elements in document order. */
  static List<String> all(Document doc, Set<String> siteNames) {
    List<String> out = new ArrayList<>();
    String host = UrlHost.of(doc.location());
    for (Element h : Queries.select(doc, "h1, h2, h3")) {
      String text = headline(h);
      if (!text.isEmpty() && !namesSiteOf(h, text, siteNames, host)) {
        out.add(text);
        if (out.size() == MAX_HEADINGS) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * A heading's text without its kicker: when all its text sits in two or more child elements
   * ({@code <h1><span>Kicker</span><span>Headline</span></h1>}), the child with the most words
   * (the later one on a tie: kickers come first), unless the first part ends with a colon.
   */
  static String headline(Element h) {
    String afterKicker = afterGluedKicker(h);
    if (afterKicker != null) {
      return afterKicker;
    }
    if (h.ownText().isBlank()) {
      List<String> parts = new ArrayList<>();
      for (Element c : h.children()) {
        String t = HtmlMetadata.spaces(c.text());
        if (!t.isEmpty()) {
          parts.add(t);
        }
      }
      if (parts.size() >= 2) {
        String best = parts.get(0);
        for (String p : parts) {
          best = TextNormalizer.wordCount(p) >= TextNormalizer.wordCount(best) ? p : best; // ties: the later
        }
        // "Editor's Letter: ..." written as two spans is one title, the colon joins them
        return parts.get(0).endsWith(":") ? HtmlMetadata.spaces(h.text()) : best;
      }
    }
    return HtmlMetadata.spaces(h.text());
  }

  /**
   * The heading's text after a kicker written right against it: {@code <h1><span class="overline">Die Zukunft der
   * Arbeit</span>"Wir dekorieren …"</h1>}. The page's CSS sets the kicker on a line of its own; the text would glue
   * the two ("Arbeit\"Wir"). Only when nothing separates them (a letter or digit, then a capital or an opening
   * quote): an inline word of the headline is written with spaces around it ({@code <h1>The <em>real</em> cost</h1>})
   * and stays. Null when the heading has no such kicker.
   */
  private static String afterGluedKicker(Element h) {
    org.jsoup.nodes.Node first = null;
    for (org.jsoup.nodes.Node n : h.childNodes()) {
      if (!(n instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
        first = n;
        break;
      }
    }
    if (!(first instanceof Element kicker) || !(kicker.nextSibling() instanceof org.jsoup.nodes.TextNode next)) {
      return null;
    }
    String k = kicker.wholeText();
    String rest = next.getWholeText();
    if (k.isBlank() || rest.isEmpty() || !Character.isLetterOrDigit(k.charAt(k.length() - 1))
        || !(Character.isUpperCase(rest.codePointAt(0)) || OPENING_QUOTES.indexOf(rest.charAt(0)) >= 0)) {
      return null;
    }
    StringBuilder after = new StringBuilder();
    for (org.jsoup.nodes.Node n = next; n != null; n = n.nextSibling()) {
      after.append(n instanceof org.jsoup.nodes.TextNode t ? t.getWholeText() : n instanceof Element e ? e.text() : "");
    }
    String headline = HtmlMetadata.spaces(after.toString());
    return TextNormalizer.wordCount(headline) >= 2 ? headline : null;
  }

  private static final String OPENING_QUOTES = "\"„“«‹‚"; // not ': "<b>Don</b>'t panic" is one word

  /**
   * The site name a theme's masthead shows, as the head title writes it: an {@code h1} outside the article,
   * marked as logo/brand/site title (on itself or an ancestor), whose text is one part of a multi-part head title
   * ("Headline - Site", "Site: Headline") while another part of that title is shown as a heading of its own. The
   * title then names the site twice over, and the h1 is that name, not the headline. Empty when not so.
   */
  static java.util.Optional<String> mastheadInTitle(Document doc, String headTitle) {
    // "Site: Headline" too (a colon is no separator elsewhere: "Editor's Letter: ..." is one headline); safe here,
    // as both parts must be shown, one of them by a masthead.
    String[] parts = MASTHEAD_TITLE_SEPARATORS.split(headTitle);
    if (parts.length < 2) {
      return java.util.Optional.empty();
    }
    List<Element> headings = Queries.select(doc, "h1, h2, h3");
    for (Element h1 : Queries.select(doc, "h1")) {
      String f = fold(headline(h1));
      if (f.isEmpty() || !looksLikeMasthead(h1)) {
        continue;
      }
      for (int i = 0; i < parts.length; i++) {
        if (!f.equals(fold(parts[i]))) {
          continue;
        }
        for (int j = 0; j < parts.length; j++) {
          String other = fold(parts[j]);
          if (j != i && other.length() >= 4 && headings.stream()
              .anyMatch(h -> h != h1 && fold(headline(h)).equals(other))) {
            return java.util.Optional.of(parts[i].strip());
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static final java.util.regex.Pattern MASTHEAD_TITLE_SEPARATORS =
      java.util.regex.Pattern.compile(TitleText.TITLE_SEPARATORS.pattern() + "|:\\s+");
  private static final java.util.regex.Pattern MASTHEAD_NAMES =
      java.util.regex.Pattern.compile("(?<![a-z])(logo|brand|branding|site[-_]?(title|name)|masthead)(?![a-z])");

  /**
   * Outside article/main, on or under an element named logo/brand/site title/masthead. A page header alone is not
   * enough: many pages put the headline h1 in a header above the text.
   */
  private static boolean looksLikeMasthead(Element h1) {
    if (Queries.closest(h1, "article, main") != null) {
      return false;
    }
    for (Element e = h1; e != null && !e.tagName().equals("body"); e = e.parent()) {
      if (MASTHEAD_NAMES.matcher((e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, letters and digits only: "Quiet Shelf" and "quietshelf" fold alike. */
  static String fold(String s) {
    return TextShortcuts.lowerLettersAndDigits(s);
  }

  static boolean namesSite(Element h, String text, Set<String> siteNames, String pageUrl) {
    return namesSiteOf(h, text, siteNames, UrlHost.of(pageUrl));
  }

  /** As {@link #namesSite}, with the page's host already parsed (null when it has none): once a page, not a heading. */
  private static boolean namesSiteOf(Element h, String text, Set<String> siteNames, String host) {
    String folded = fold(text);
    if (folded.isEmpty() || siteNames.contains(folded)) {
      return true;
    }
    if (host != null) {
      for (String label : host.split("\\.")) {
        if (label.length() >= 3 && fold(label).equals(folded)) {
          return true;
        }
      }
    }
    return linksHome(h);
  }

  /**
   * Whether the heading's whole text is one link to a site's front page ({@code rel="home"}, {@code href="/"}, an
   * absolute URL with an empty path, of any host: the page's URL may be unknown or an archive's), also when a web
   * archive wraps that URL ({@code https://web.archive.org/web/2014.../http://www.site.example/}). A headline links
   * to its article's own address, never to a front page.
   */
  static boolean linksHome(Element h) {
    List<Element> links = h.getElementsByTag("a");
    if (links.size() != 1 || !links.get(0).text().strip().equals(h.text().strip())) {
      return false;
    }
    Element a = links.get(0);
    String href = a.attr("href").strip();
    if (a.attr("rel").toLowerCase(Locale.ROOT).contains("home") || href.equals("/") || href.startsWith("/?")
        || href.equals("./")) {
      return true;
    }
    String abs = a.absUrl("href");
    java.util.regex.Matcher archived = ARCHIVED_URL.matcher(abs.isEmpty() ? href : abs);
    return isRoot(archived.matches() ? archived.group(1) : abs.isEmpty() ? href : abs);
  }

  /** A web archive's address of another URL: {@code https://web.archive.org/web/20140226054445/http://...}. */
  private static final java.util.regex.Pattern ARCHIVED_URL =
      java.util.regex.Pattern.compile("(?i)https?://[^/]+/web/\\d{4,14}[a-z_]*/(https?://.+)");

  private static boolean isRoot(String url) {
    try {
      URI u = URI.create(url);
      String path = u.getRawPath();
      return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/")) && u.getRawQuery() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Folded texts of the h1 elements that are only a link to a site's front page ({@link #linksHome}): the site's
   * name as its masthead shows it, which is neither the headline nor an author ({@code <h1 class="vcard author">}).
   */
  static Set<String> homeLinkNames(Document doc) {
    Set<String> out = new java.util.HashSet<>();
    for (Element h : Queries.select(doc, "h1")) {
      if (linksHome(h)) {
        out.add(fold(h.text()));
      }
    }
    out.remove("");
    return out;
  }
}
