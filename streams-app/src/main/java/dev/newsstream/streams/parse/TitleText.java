package dev.newsstream.streams.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Headline strings: site parts of a head title ("Headline | Site"), and whether two titles tell the same story. */
final class TitleText {
  /**
   * The vertical bars a title separates with: the pipe, and the box-drawing bars (U+2502, U+2503) some CMS templates
   * print in its place ("Produkttest │ Marktplatz"). Pattern text for a character class.
   */
  static final String BARS = "|\u2502\u2503";
  // A bar separates with or without spaces ("NEWS WEB EASY|見出し"); a dash or middle dot only between spaces.
  static final Pattern TITLE_PREFIX = Pattern.compile(
      "^([^" + BARS + "–—·:]{2,40}?)(?:\\s*[" + BARS + "]\\s*|\\s+[–—·-]\\s+|\\s*:\\s+)(.{15,})$");
  static final Pattern TITLE_PARTS = Pattern.compile(
      "^(.{15,}?)(?:\\s*[" + BARS + "]\\s*|\\s+[–—·-]\\s+)([^" + BARS + "–—·]{2,40})$");
  static final Pattern TITLE_SEPARATORS =
      Pattern.compile("\\s+[" + BARS + "–—·»/-]\\s+|\\s*[" + BARS + "»]\\s*|\\s+:\\s+");
  /** A separator left at either end once a side is empty ("Über Jane Doe | "): a bar, dash, middle dot or guillemet. */
  private static final Pattern EDGE_SEPARATOR =
      Pattern.compile("^(?:\\s*[" + BARS + "–—·»-](?=\\s|$))+\\s*|(?:(?<=^|\\s)[" + BARS + "–—·»-]\\s*)+$");
  /** A spaced bar: "Headline | Site". */
  private static final Pattern SPACED_BAR = Pattern.compile("\\s[" + BARS + "]\\s");

  private TitleText() {}

  /**
   * The page's {@code <title>}: the head's, else the first one outside an SVG or MathML image. Stray text before
   * {@code <title>} ({@code &nbsp;<title>…} in a theme's head) ends the head for an HTML5 parser, which then puts
   * the title in the body, where {@link Document#title()} does not look. Empty when the page has none.
   */
  static String headTitle(Document doc) {
    String t = doc.title();
    if (!t.isBlank()) {
      return t;
    }
    for (Element e : doc.getElementsByTag("title")) {
      if (e.closest("svg, math") == null) {
        return TextShortcuts.collapseSpaces(e.text());
      }
    }
    return "";
  }

  /** Half or more of the shorter text's words are in the other: a reworded headline of the same story. */
  static boolean sameStory(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.size() < 3 || wb.size() < 3) {
      return false;
    }
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    return common.size() * 2 >= Math.min(wa.size(), wb.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * "Headline | Site" / "Headline - Site": drop the site part when it names the site or is short; "Site | Headline":
   * drop it only when it names the site.
   */
  static String stripSiteSuffix(String title, String site) {
    Matcher m = TITLE_PARTS.matcher(title);
    if (!m.matches()) {
      Matcher p = TITLE_PREFIX.matcher(title);
      // "TechCrunch | Headline": a leading part is dropped only when it names the site.
      if (p.matches() && site != null && p.group(1).strip().equalsIgnoreCase(site.strip())) {
        return p.group(2).strip();
      }
      return title;
    }
    String tail = m.group(2).strip();
    boolean namesSite = site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase(Locale.ROOT)
        .contains(tail.toLowerCase(Locale.ROOT)));
    boolean looksLikeSite = tail.split("\\s+").length <= 3 && (Character.isUpperCase(tail.charAt(0))
        || tail.contains("."));
    return namesSite || site == null && looksLikeSite && SPACED_BAR.matcher(title).find() ? m.group(1).strip()
        : title;
  }

  /**
   * The title without a separator left dangling at either end by an empty side ({@code "Über Jane Doe | "} gives
   * {@code "Über Jane Doe"}); unchanged when nothing else would remain. Null stays null.
   */
  static String trimEdgeSeparators(String title) {
    if (title == null) {
      return null;
    }
    String t = EDGE_SEPARATOR.matcher(title).replaceAll("").strip();
    return t.isEmpty() ? title : t;
  }

  /**
   * "Site - Headline" / "Headline | Site" when the page's own evidence says which side is the site: the side that
   * is one of the names the page gives itself ({@code siteNames}, folded), or whose words mostly spell the host of
   * {@code url} ({@link Publishers#mostlySpellsHost}: "CDU-Fraktion im Erfurter Stadtrat" on cdu-fraktion-erfurt.de),
   * while the other side is neither. Gives the other side; empty when the title has no two sides or the evidence
   * does not single one out.
   */
  static Optional<String> nonSiteSide(String title, java.util.Set<String> siteNames, String url) {
    for (Pattern p : new Pattern[] {TITLE_PARTS, TITLE_PREFIX}) {
      Matcher m = p.matcher(title);
      if (m.matches()) {
        String a = m.group(1).strip();
        String b = m.group(2).strip();
        boolean siteA = namesSite(a, siteNames, url);
        boolean siteB = namesSite(b, siteNames, url);
        if (siteA != siteB) {
          return Optional.of(siteA ? b : a);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean namesSite(String part, java.util.Set<String> siteNames, String url) {
    return siteNames.contains(Headings.fold(part)) || Publishers.mostlySpellsHost(part, url);
  }

  /**
   * JSON-LD {@code headline}, unless it describes the page rather than titling it: a headline that is no rewording
   * of the object's own {@code name} while that name is the page's visible h1 ("Wikimedia list article" beside
   * name and h1 "List of films featuring time loops") gives way to the name.
   */
  static Optional<String> headlineOrName(Optional<String> headline, Optional<String> name, List<String> h1s) {
    if (headline.isEmpty() || name.isEmpty() || h1s.isEmpty()) {
      return headline;
    }
    String n = Headings.fold(name.get());
    String fh = Headings.fold(headline.get());
    boolean nameShown = h1s.stream().anyMatch(h -> Headings.fold(h).equals(n));
    return nameShown && !n.isEmpty() && !fh.contains(n) && !sameStory(headline.get(), name.get()) ? name : headline;
  }

  /**
   * The head's {@code <title>} when a visible heading repeats it word for word: confirmed as the headline, it beats
   * an h1 that names a section of the site ("Allergies Health Center" over the story's own h2). Three words at
   * least: a one- or two-word title repeated in a heading is a label ("Contact", "Über uns").
   */
  static Optional<String> shownHeadTitle(String headTitle, List<String> headings) {
    if (TextNormalizer.wordCount(headTitle) < 3) {
      return Optional.empty();
    }
    String ft = Headings.fold(headTitle);
    return headings.stream().anyMatch(h -> Headings.fold(h).equals(ft)) ? Optional.of(headTitle) : Optional.empty();
  }
}
