package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.internal.Normalizer;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * DOM look-ups the stages share. CSS queries are parsed once: jsoup re-parses a selector string on every call, which
 * cost ~10% of a page's time. A list of simple selectors ("h1, h2, h3", "[class*=byline], .author, …") is matched by
 * {@link AnyOf}, which answers the same as jsoup's own evaluator for the list, with fewer look-ups per element.
 */
final class Queries {
  private static final ConcurrentHashMap<String, Evaluator> CACHE = new ConcurrentHashMap<>();

  private Queries() {}

  private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "mark",
      "abbr", "cite", "time", "sup", "sub", "font", "q", "s", "del", "ins");
  /** Letters of the surrounding sentence, outside the element, from which its parent counts as running text. */
  private static final int PROSE_LETTERS = 15;

  /**
   * Whether {@code e} is an inline element ({@code <a>}, {@code <span>}, …) set inside a sentence: its parent holds at
   * least {@value #PROSE_LETTERS} letters of its own text around it ("The match against <a class="tag">Hartberg</a>
   * has been moved"). Such an element is a word of the sentence whatever its class says; a list of tag links has
   * only separators between its links.
   */
  static boolean isInlineInProse(Element e) {
    Element parent = e.parent();
    if (parent == null || !INLINE_TAGS.contains(e.normalName())) {
      return false;
    }
    int letters = 0;
    for (org.jsoup.nodes.TextNode t : parent.textNodes()) {
      String s = t.getWholeText();
      for (int i = 0; i < s.length() && letters < PROSE_LETTERS; i++) {
        letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
      }
      if (letters >= PROSE_LETTERS) {
        return true;
      }
    }
    return false;
  }

  static Elements select(Element root, String css) {
    return root.select(evaluator(css));
  }

  /** The parsed selector, from the cache. */
  static Evaluator evaluator(String css) {
    return CACHE.computeIfAbsent(css, Queries::compile);
  }

  static Element first(Element root, String css) {
    return root.selectFirst(CACHE.computeIfAbsent(css, Queries::compile));
  }

  /** {@code e.is(css)} with the selector parsed once: jsoup's {@code is(String)} parses it on every call. */
  static boolean is(Element e, String css) {
    return e.is(evaluator(css));
  }

  /** {@code e.closest(css)} with the selector parsed once. */
  static Element closest(Element e, String css) {
    return e.closest(evaluator(css));
  }

  /** Whether {@code e} is {@code ancestor} or lies inside it (a walk up the parents; no allocation). */
  static boolean isWithin(Element e, Element ancestor) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether links hold at least half of {@code e}'s text (a linked headline, a link row; 0 chars counts too). */
  static boolean isHalfLinkText(Element e) {
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return links * 2 >= e.text().length();
  }

  /** Whether {@code e} contains, or lies inside, any of {@code containers} (the same element counts). */
  static boolean overlapsAny(Element e, List<Element> containers) {
    for (Element k : containers) {
      if (isWithin(e, k) || isWithin(k, e)) {
        return true;
      }
    }
    return false;
  }

  /** The selector as an {@link AnyOf} when it is a list of simple selectors, else jsoup's own evaluator. */
  static Evaluator compile(String css) {
    AnyOf any = AnyOf.of(css);
    return any != null ? any : QueryParser.parse(css);
  }

  /**
   * A comma list of simple selectors matched with fewer look-ups than jsoup's {@code Or}, which tries every
   * alternative on every element (a list of six {@code [class*=…]} lower-cases an element's class six times):
   * plain tag names are one set look-up; {@code [attr*=value]} alternatives on the same attribute read and
   * lower-case it once, as jsoup does; the other alternatives, which all need an attribute (tag, class, id and
   * attribute conditions only), are jsoup's own evaluators, tried only on elements that have attributes. Same
   * answer as {@code QueryParser.parse(css)} on every element.
   */
  static final class AnyOf extends Evaluator {
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CONTAINING = Pattern.compile("\\[([a-z][a-z0-9_-]*)\\*=([A-Za-z0-9_-]+)]");
    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z0-9_-]+)");
    /** An optional tag and one or more class, id or attribute conditions: false on an element without attributes. */
    private static final Pattern NEEDS_ATTRIBUTES =
        Pattern.compile("[a-z0-9-]*(?:\\[[^\\]\\[\"']+]|\\.[A-Za-z0-9_-]+|#[A-Za-z0-9_-]+)+");

    private final Set<String> tags;
    /** Attribute key (lower case) to the lower-case values one of which its lower-cased value must contain. */
    private final Map<String, String[]> containing;
    private final Evaluator[] others;
    /** The {@code .name} alternatives: each name in lower case, and jsoup's evaluator for it. */
    private final String[] classNames;
    private final Evaluator[] classes;

    private final boolean classShortcut;

    private AnyOf(Set<String> tags, Map<String, String[]> containing, Evaluator[] others, List<String> classNames,
        List<Evaluator> classes, boolean classShortcut) {
      this.classShortcut = classShortcut;
      this.tags = tags;
      this.containing = containing;
      this.others = others;
      this.classNames = classNames.toArray(new String[0]);
      this.classes = classes.toArray(new Evaluator[0]);
    }

    /** The evaluator for the list, or null when an alternative is not simple (combinators, pseudo-selectors). */
    static AnyOf of(String css) {
      return of(css, true);
    }

    /** @param classShortcut false gives every {@code .name} alternative jsoup's test (the equivalence tests' baseline) */
    static AnyOf of(String css, boolean classShortcut) {
      Set<String> tags = new HashSet<>();
      Map<String, List<String>> containing = new LinkedHashMap<>();
      List<Evaluator> others = new ArrayList<>();
      List<String> classNames = new ArrayList<>();
      List<Evaluator> classes = new ArrayList<>();
      for (String raw : css.split(",")) {
        String alt = raw.strip();
        java.util.regex.Matcher c;
        if (TAG.matcher(alt).matches()) {
          tags.add(alt);
        } else if ((c = CONTAINING.matcher(alt)).matches()) {
          containing.computeIfAbsent(c.group(1), k -> new ArrayList<>()).add(Normalizer.lowerCase(c.group(2)));
        } else if ((c = CLASS.matcher(alt)).matches()) {
          classNames.add(Normalizer.lowerCase(c.group(1)));
          classes.add(QueryParser.parse(alt));
        } else if (NEEDS_ATTRIBUTES.matcher(alt).matches()) {
          others.add(QueryParser.parse(alt));
        } else {
          return null;
        }
      }
      Map<String, String[]> byKey = new LinkedHashMap<>();
      containing.forEach((k, v) -> byKey.put(k, v.toArray(new String[0])));
      return new AnyOf(Set.copyOf(tags), byKey, others.toArray(new Evaluator[0]), classNames, classes, classShortcut);
    }

    @Override
    public boolean matches(Element root, Element element) {
      if (!tags.isEmpty() && tags.contains(element.normalName())) {
        return true;
      }
      if (element.attributesSize() == 0) {
        return false;
      }
      for (Map.Entry<String, String[]> e : containing.entrySet()) {
        if (element.hasAttr(e.getKey())) {
          String value = Normalizer.lowerCase(element.attr(e.getKey()));
          for (String v : e.getValue()) {
            if (value.contains(v)) {
              return true;
            }
          }
        }
      }
      for (Evaluator o : others) {
        if (o.matches(root, element)) {
          return true;
        }
      }
      return classes.length > 0 && anyClass(root, element);
    }

    /**
     * The {@code .name} alternatives. jsoup's {@code hasClass} compares the class attribute's words ignoring case
     * ({@code String.regionMatches(true, …)}); on an all-ASCII attribute such a match means the lower-cased value
     * contains the lower-cased name, so an alternative whose name it lacks cannot match and is skipped (its word
     * search was ~8 % of parse CPU in the byline list). A non-ASCII value ("bylıne" with a dotless i equals
     * "BYLINE" ignoring case) gets jsoup's own test for every alternative.
     */
    private boolean anyClass(Element root, Element element) {
      String raw = element.attributes().getIgnoreCase("class"); // what hasClass reads
      if (raw.isEmpty()) {
        return false; // hasClass is false on an empty or missing class attribute
      }
      boolean ascii = classShortcut && isAscii(raw);
      String lower = ascii ? Normalizer.lowerCase(raw) : null;
      for (int i = 0; i < classes.length; i++) {
        if ((!ascii || lower.contains(classNames[i])) && classes[i].matches(root, element)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isAscii(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return "AnyOf" + tags + containing.keySet() + List.of(others);
    }
  }
}
