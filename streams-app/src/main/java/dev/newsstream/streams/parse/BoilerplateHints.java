package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and component attributes say about it. Names are split into words ("shareBar",
 * "share-bar", "share_bar" all give "share", "bar"), and pairs are joined ("read more" also gives "readmore"), so
 * hints match whole words and never substrings: "header" is a hint, "leaderboard" does not contain one.
 */
final class BoilerplateHints {
  private static final List<String> ATTRIBUTES = List.of("class", "id", "data-component", "data-area", "data-qa",
      "data-testid", "data-module", "data-gu-name");
  private static final Set<String> NEGATIVE = Set.of(
      "share", "sharing", "sharedaddy", "social", "related", "relatedposts", "recommended", "recommendation",
      "recommendations", "recirculation", "comment", "comments", "commentlist", "respond", "discussion",
      "cookie", "cookies", "consent", "onetrust", "gdpr", "cmp", "newsletter", "signup", "subscribe",
      "subscription", "promo", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit",
      "sponsor", "sponsored", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "footer", "nav", "navbar",
      "navigation", "menu", "sidebar", "rail", "widget", "popup", "modal", "banner", "masthead", "toolbar",
      "tags", "tag", "byline", "author", "authors", "bio", "trending", "popular", "mostread", "mostviewed",
      "mostpopular", "readmore", "savoirplus", "readnext", "readalso", "alsoread", "seealso", "morefrom", "moreon",
      "topstories", "youmaylike", "richlink", "caption", "credit", "credits", "copyright", "figcaption",
      "disclaimer", "print", "pagination", "pager", "skip", "visuallyhidden", "sronly", "toc", "tableofcontents",
      "correlati", "relacionados", "onwards", "epic", "barrier", "regwall", "interstitial", "meta", "submeta",
      "timestamp", "date", "dateline", "standfirst", "kicker", "links", "reactions", "source", "hidden",
      "partage", "compartir", "teilen", "werbung", "anzeige", "publicite", "reklama", "login", "donate",
      "membership", "jump", "keypoints", "header", "headline", "rating", "feedback", "tweet", "twittertweet",
      "instagram", "embed", "podcast", "video", "gallery", "slideshow", "poll", "quiz");
  private static final Set<String> POSITIVE = Set.of("articlebody", "storybody", "postbody", "entrycontent",
      "postcontent", "articlecontent", "articletext", "storycontent", "storytext", "maincontent", "bodytext",
      "fieldbody", "richtext", "bodycopy", "articlebodytext", "textblock", "prose", "blogpost", "postentry",
      "contentart", "article", "story", "entry", "content", "text", "hentry");
  private static final Set<String> STRONG_POSITIVE = Set.of("articlebody", "storybody", "postbody",
      "entrycontent", "postcontent", "articlecontent", "articletext", "storycontent", "storytext", "bodytext",
      "fieldbody", "richtext", "bodycopy", "textblock", "contentart");

  private BoilerplateHints() {}

  static List<String> words(Element e) {
    return words(e, true);
  }

  /**
   * The element's name words; without its {@code id} when {@code withId} is false. A heading's id is an anchor
   * made from its own text or a table of contents' numbering ({@code h3#nav_schredder_statt__0},
   * {@code h2#h-related-work}), so its words say nothing about what the heading is.
   */
  static List<String> words(Element e, boolean withId) {
    if (e.attributesSize() == 0) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String attr : ATTRIBUTES) {
      if (!withId && attr.equals("id")) {
        continue;
      }
      String v = e.attr(attr);
      if (!v.isEmpty()) {
        split(attr.equals("class") ? componentNames(v) : v, words);
      }
    }
    return words;
  }

  /**
   * Whether the element's id is its section's anchor, made from the heading that opens it, over paragraphs of
   * text (its own or its subsections'): documentation and Markdown renderers give each part of a text such an id
   * ({@code <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>…}),
   * so its words name a part of the text, not a box. A related-posts box named after its heading
   * ({@code <div id="related-posts"><h3>Related posts</h3><ul>…}) holds no paragraphs of its own and stays a box.
   */
  static boolean isSectionAnchor(Element e) {
    String id = e.id();
    if (id.isEmpty()) {
      return false;
    }
    Element first = e.firstElementChild();
    if (first == null || !(first.normalName().length() == 2 && first.normalName().charAt(0) == 'h'
        && Character.isDigit(first.normalName().charAt(1)))) {
      return false;
    }
    String slug = slug(first.text());
    if (slug.indexOf('-') < 0 || !slug.equals(slug(id))) { // two words or more
      return false;
    }
    int prose = 0; // read only for the few anchored elements whose id has a boilerplate word
    for (Element p : e.getElementsByTag("p")) {
      prose += p.text().length();
      if (prose >= SECTION_PROSE_CHARS) {
        return true;
      }
    }
    return false;
  }

  /** Paragraph text (chars, in {@code <p>} elements inside) that makes an anchored element a section of the text. */
  private static final int SECTION_PROSE_CHARS = 150;

  /** Lower-case letter and digit runs joined by '-': "Sharing with a single developer¶" → "sharing-with-a-single-developer". */
  private static String slug(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : "-").append(w);
      }
    }
    return sb.toString();
  }

  /**
   * The class names that name what the element is. Left out: modifiers that describe its layout ("has-rail",
   * "with-sidebar", "no-ads": the chunk is not a rail), and the taxonomy labels WordPress's post_class() puts on
   * the article wrapper itself ("tag-earthquake", "category-nation", "format-standard" next to "hentry" or
   * "type-post"), which would otherwise make the article look like a tag list.
   */
  static String componentNames(String classAttr) {
    List<String> names = classNames(classAttr);
    boolean wordPressPost = false;
    for (String n : names) {
      if (n.equals("hentry") || n.equals("type-post") || n.equals("type-page") || isPostId(n)) {
        wordPressPost = true;
        break;
      }
    }
    StringBuilder out = new StringBuilder(classAttr.length());
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (startsWithAny(lower, MODIFIER_PREFIXES) || wordPressPost && startsWithAny(lower, WP_TAXONOMY_PREFIXES)
          || isAdSlotModifier(n, names)) {
        continue;
      }
      // "cmp-text", "cmp-container": the component namespace of a page builder (Adobe's core components), not a
      // consent manager ("usercentrics-cmp", "open-cmp-stub" name one with the word later in the name).
      out.append(out.length() == 0 ? "" : " ").append(lower.startsWith(COMPONENT_PREFIX) ? n.substring(4) : n);
    }
    return out.toString();
  }

  /**
   * A BEM modifier that says a block has an ad slot in it ({@code TestReport__Section--Ads} beside
   * {@code TestReport__Section}): a variant of the block, as "has-ads" is, not an ad. An element that is an ad is
   * named so by its block ({@code ad ad--sidebar}, {@code Ads__Slot}), or carries the modifier without its block.
   */
  static boolean isAdSlotModifier(String className, List<String> classNames) {
    int dashes = className.lastIndexOf("--");
    if (dashes <= 0) {
      return false;
    }
    String modifier = className.substring(dashes + 2).toLowerCase(Locale.ROOT);
    return AD_MODIFIERS.contains(modifier) && classNames.contains(className.substring(0, dashes));
  }

  private static final Set<String> AD_MODIFIERS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
      "with-ads", "withads", "werbung", "anzeige");

  /**
   * The class names: {@code classAttr.trim().split("\\s+")} without a regex per call (this runs for every element,
   * several times per page), and without the one empty name that gives for a blank attribute.
   */
  private static List<String> classNames(String classAttr) {
    String s = classAttr.trim();
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean sep = i == s.length() || isRegexSpace(s.charAt(i));
      if (!sep && start < 0) {
        start = i;
      } else if (sep && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** The characters of regex {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code post-} and ASCII digits: WordPress's post id class. */
  private static boolean isPostId(String n) {
    if (n.length() <= 5 || !n.startsWith("post-")) {
      return false;
    }
    for (int i = 5; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAny(String s, String[] prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static final String COMPONENT_PREFIX = "cmp-";

  /** Layout modifiers: has-, with-, without-, no- (or with an underscore). */
  private static final String[] MODIFIER_PREFIXES = {"has-", "has_", "with-", "with_", "without-", "without_",
      "no-", "no_"};
  private static final String[] WP_TAXONOMY_PREFIXES = {"tag-", "category-", "author-", "format-", "status-",
      "type-", "postid-", "term-", "topic-", "section-"};

  static boolean negative(List<String> words) {
    return words.stream().anyMatch(NEGATIVE::contains);
  }

  /** Adds the boilerplate words among {@code words} to {@code seen}; true when one of them was not in it yet. */
  static boolean addNegativeWords(List<String> words, Set<String> seen) {
    boolean added = false;
    for (String w : words) {
      added |= NEGATIVE.contains(w) && seen.add(w);
    }
    return added;
  }

  static boolean anyPositive(List<String> words) {
    return words.stream().anyMatch(POSITIVE::contains);
  }

  static boolean strongPositive(List<String> words) {
    return words.stream().anyMatch(STRONG_POSITIVE::contains);
  }

  /** +25 for a strong body hint ("article-body"), +10 for a weak one ("content"), -25 for boilerplate. */
  static int weight(Element e) {
    List<String> w = words(e);
    boolean neg = negative(w);
    if (strongPositive(w)) {
      return 25;
    }
    boolean pos = w.stream().anyMatch(POSITIVE::contains);
    return pos == neg ? 0 : pos ? 10 : -25;
  }

  private static void split(String value, List<String> out) {
    StringBuilder word = new StringBuilder();
    String prev = null;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      boolean camelBreak = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || camelBreak) {
        if (word.length() > 0) {
          String w = word.toString().toLowerCase(Locale.ROOT);
          out.add(w);
          if (prev != null) {
            out.add(prev + w);
          }
          prev = w;
          word.setLength(0);
        }
        if (c == ' ') {
          prev = null; // a new class name: no pair across names
        }
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
  }

  /**
   * A chunk's class names without their numbering: "story-body story-body-1" and "story-body story-body-2" are
   * chunks 1 and 2 of one text (numbered by the CMS as it cut the text around ad slots), so both give {story-body}.
   */
  static java.util.Set<String> chunkClasses(String classAttr) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String c : classAttr.trim().split("\\s+")) {
      int end = c.length();
      while (end > 0 && Character.isDigit(c.charAt(end - 1))) {
        end--;
      }
      if (end < c.length()) {
        while (end > 0 && (c.charAt(end - 1) == '-' || c.charAt(end - 1) == '_')) {
          end--;
        }
      }
      if (end > 0) {
        out.add(c.substring(0, end));
      }
    }
    return out;
  }
}
