package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's authors, from the first source that names a person: JSON-LD {@code author}, author meta tags,
 * microdata, a byline element, a visible "By ..." line. Names are cleaned by {@link AuthorNames}; the site's own
 * name is never an author.
 */
final class Bylines {
  static final String BYLINE = "[rel=author], .byline, .by-line, .author, .author-name, .authors, "
      + "[class*=byline], [class*=author-name], [class*=AuthorName], [class*=contributor], [data-testid*=byline], "
      + "[data-component=byline], address.author, [data-area*=author], [class*=author], [class*=Author]";
  /** The words a visible byline line opens with ({@link #BYLINE_TEXT}'s alternatives, each starting with a letter). */
  private static final String BYLINE_WORDS = "by|von|par|por|di|door|автор:?";
  /** A visible "By Jane Doe" / "Von ..." / "Par ..." / "Автор: ..." line without any class to find it by. */
  private static final Pattern BYLINE_TEXT = Pattern.compile(
      "(?iu)^\\s*(?:" + BYLINE_WORDS + ")\\s+\\p{Lu}[\\p{L}.'’ -]{2,50}(?:\\s+(?:and|und|et|y|e|и)\\s+\\p{Lu}[\\p{L}.'’ -]{2,50})?\\s*$");

  /** Lets the whole-page search for such a line skip elements whose own text starts with another letter. */
  private static final String BYLINE_OPENERS = NodeText.foldedFirstLetters(BYLINE_WORDS);

  private final Document doc;
  private final MetaSources src;
  private final JsonNode ld;
  private final AsideRegions asides;
  /** Whether the author meta tags named only publishers, which were dropped. */
  private boolean metaNamedPublisher;

  Bylines(Document doc, MetaSources src, JsonNode ld, AsideRegions asides) {
    this.doc = doc;
    this.src = src;
    this.ld = ld;
    this.asides = asides;
  }

  /**
   * The authors ({@link #declaredOrShown}); when every name found is the publisher's — the site's name or host
   * ("Die FURCHE" on furche.at, "Hanns-Seidel-Stiftung" on hss.de) or an organisation ("… e.V.", "… GmbH") — a
   * person the page's visible byline names wins: CMSs fill {@code <meta name=author>} with the publisher on every
   * page, while the byline names who wrote this one. Without such a byline the declared name stays, unless it came
   * from the author meta tags: a publisher there is dropped ({@link #declaredOrShown}), the person-shaped visible
   * byline still asked first.
   */
  List<String> authors(java.util.Set<String> siteNames) {
    List<String> found = unglued(declaredOrShown(siteNames));
    if (!found.isEmpty() && found.stream().allMatch(n -> Publishers.isPublisher(n, doc.location()))
        || metaNamedPublisher) {
      List<String> persons = shownPersons(siteNames);
      if (!persons.isEmpty()) {
        return persons;
      }
    }
    return found;
  }

  /**
   * A Chinese byline glued to its source ({@code <meta name="author" content="青网校园崔宁宁">}, channel "青网校园" +
   * name): when the page's own credit line ("责任编辑：崔宁宁", "作者︱春春") names a person the byline ends with,
   * that person is the name. Names are left as they are when no credit line confirms the split.
   */
  private List<String> unglued(List<String> names) {
    if (names.stream().noneMatch(Bylines::mayBeGlued) || doc.body() == null) {
      return names;
    }
    List<String> credited = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      String own = e.ownText();
      if (own.length() >= 3 && own.length() <= 60) {
        credited.addAll(EditorCredits.editors(own));
        credited.addAll(EditorCredits.writers(own));
      }
    }
    return names.stream().map(n -> !mayBeGlued(n) ? n : credited.stream()
        .filter(c -> c.length() >= 2 && c.length() < n.length() && n.endsWith(c)).findFirst().orElse(n)).toList();
  }

  /** Five or more Han characters and nothing else: longer than a Chinese name, so maybe a label and a name. */
  private static boolean mayBeGlued(String name) {
    return name.length() >= 5 && name.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Person names in the visible byline: a byline element's, else a labelled line's ("Autorin: Uta Staschewski,
   * Projektleiterin …"), each name shaped as a person's ({@link Publishers#isPersonName}). Empty if none.
   */
  private List<String> shownPersons(java.util.Set<String> siteNames) {
    java.util.function.UnaryOperator<List<String>> persons = names -> names.stream()
        .filter(n -> !siteNames.contains(Headings.fold(n)) && Publishers.isPersonName(n, doc.location())).toList();
    List<String> shown = bylineElementNames(persons, false);
    return shown.isEmpty() ? labelledLineNames(persons) : shown;
  }

  /**
   * Each source's names without the site's own name; a source that names only the site (JSON-LD {@code author}
   * = the publisher Organization) gives way to the next one, as the visible byline may still name the person.
   */
  private List<String> declaredOrShown(java.util.Set<String> siteNames) {
    java.util.function.UnaryOperator<List<String>> withoutSite =
        names -> names.stream().filter(n -> !siteNames.contains(Headings.fold(n))).toList();
    List<String> found = List.of();
    if (ld != null) {
      found = withoutSite.apply(AuthorNames.clean(withoutAffiliations(JsonLd.personNames(ld, "author"))));
    }
    if (found.isEmpty()) {
      List<String> raw = new ArrayList<>(src.metas("name", "author"));
      raw.addAll(src.metas("property", "article:author"));
      raw.addAll(src.metas("name", "dc.creator"));
      raw.addAll(src.metas("name", "parsely-author"));
      raw.addAll(src.metas("name", "sailthru.author"));
      // A CMS fills the author meta tag with the publisher on every page ("Example Media", "EXAMPLE.PL", the name
      // the host spells): no author of this article, so the visible byline, if any, is asked next.
      List<String> named = withoutSite.apply(AuthorNames.clean(withoutAffiliations(raw)));
      found = named.stream().filter(n -> !Publishers.isPublisher(n, doc.location())).toList();
      metaNamedPublisher = found.isEmpty() && !named.isEmpty();
    }
    if (found.isEmpty()) {
      List<String> raw = new ArrayList<>();
      for (Element e : src.itemprops("author", "creator")) {
        Element name = Queries.first(e, "[itemprop=name]");
        (name != null ? MetaSources.itemValue(name) : MetaSources.itemValue(e)).ifPresent(raw::add);
      }
      found = withoutSite.apply(AuthorNames.clean(raw));
    }
    if (found.isEmpty()) {
      found = bylineElementNames(withoutSite, false);
    } else {
      // The meta tag names the first author only ("Jane Doe"), a plain visible byline all of them ("By Jane Doe and
      // Carlos Méndez"): the byline is the full list. Only a plain "By A and B" line: a longer byline block also
      // holds job titles and programme names.
      List<String> shown = bylineElementNames(withoutSite, true);
      if (shown.size() > found.size() && folded(shown).containsAll(folded(found))) {
        return shown;
      }
    }
    if (found.isEmpty() && doc.body() != null) {
      for (Element e : doc.body().getAllElements()) {
        // as getElementsMatchingOwnText, but own text is built only where it can match: a byline has a capital
        if (!NodeText.hasOwnTextChar(e, 'A') || !NodeText.ownTextMayStartWith(e, BYLINE_OPENERS)
            || !BYLINE_TEXT.matcher(e.ownText()).find()) {
          continue;
        }
        if (e.closest("figure, figcaption") != null || isInCommentsOrForm(e) || asides.contains(e)) {
          continue; // a photo credit ("von Justin Watt" under a picture), a commenter, another story's byline
        }
        List<String> names = withoutSite.apply(AuthorNames.clean(List.of(e.text())));
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    if (found.isEmpty()) {
      found = withoutSite.apply(SignatureLines.names(doc, asides));
    }
    return found;
  }

  /** Each author string without an affiliation after the name ({@link Publishers#withoutAffiliation}). */
  private List<String> withoutAffiliations(List<String> raw) {
    return raw.stream().map(r -> r == null ? null : Publishers.withoutAffiliation(r, doc.location())).toList();
  }

  /**
   * The names of the first byline element that names someone (not in prose, comments or a form); with
   * {@code plainOnly}, only an element whose text is a plain "By A (and B)" line counts. Empty if none.
   */
  private List<String> bylineElementNames(java.util.function.UnaryOperator<List<String>> withoutSite,
      boolean plainOnly) {
    for (Element e : src.select(BYLINE)) {
      if (Queries.isInlineInProse(e) && !afterBylineLabel(e) || isInCommentsOrForm(e) || asides.contains(e)
          || isBio(e)) {
        continue; // a person named in the text, a reader's comment, a form's "Name" field, a related story's
      }
      String text = bylineText(e);
      if (text.length() > 200 || plainOnly && !BYLINE_TEXT.matcher(text).find()) {
        continue; // an author bio or a whole block, not a byline
      }
      List<String> names = withoutSite.apply(AuthorNames.clean(List.of(text)));
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * A labelled byline line ("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.", "Text: Jane Doe"):
   * the name after the label, without the role after the comma. Not in a picture, a comment or another story.
   */
  private List<String> labelledLineNames(java.util.function.UnaryOperator<List<String>> filter) {
    if (doc.body() == null) {
      return List.of();
    }
    for (Element e : doc.body().getAllElements()) {
      if (!NodeText.hasOwnTextChar(e, 'A')) {
        continue;
      }
      java.util.regex.Matcher m = LABELLED_BYLINE.matcher(e.ownText());
      if (!m.matches() || e.closest("figure, figcaption") != null || isInCommentsOrForm(e) || asides.contains(e)) {
        continue;
      }
      List<String> names = filter.apply(AuthorNames.clean(List.of(m.group(1))));
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** "Autor:", "Author:", "Text:" … then a name of two to four words, then a role after a comma, or nothing. */
  private static final Pattern LABELLED_BYLINE = Pattern.compile("(?u)\\s*(?i:autor|autorin|autoren|autorinnen|"
      + "author|authors|auteur|auteure|autrice|autore|autora|text|texte|texto|testo)\\s*:\\s*"
      + "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:(?:von|van|der|den|de|da|di|du|le|la|del|dos|bin|ibn|al)\\s+)*"
      + "\\p{Lu}[\\p{L}.'’-]+){1,3})\\s*(?:[,(–—|]\\s*.{0,150})?\\s*");

  private static java.util.Set<String> folded(List<String> names) {
    java.util.Set<String> out = new java.util.HashSet<>();
    names.forEach(n -> out.add(Headings.fold(n)));
    return out;
  }

  private static final java.util.Set<String> COMMENT_WORDS =
      java.util.Set.of("comment", "comments", "commentlist", "respond", "reply", "replies", "discussion");
  /** Levels above a byline element searched for a comment item: a comment's header sits a few levels inside it. */
  private static final int COMMENT_DEPTH = 6;

  /**
   * Whether a byline-named element is a comment's author ({@code div.comment-author} in {@code li.comment}) or a
   * field of a form (the comment form's {@code p.comment-form-author} label "Name"). Only a few levels up are
   * searched: a page-wide wrapper whose class merely mentions comments must not hide the article's byline.
   */
  private static boolean isInCommentsOrForm(Element e) {
    return isInComments(e, true);
  }

  /**
   * Whether the element is in a reader comment, reply or discussion ({@code div.comment-metadata},
   * {@code li.comment}) within {@value #COMMENT_DEPTH} levels up; with {@code orForm}, also in a {@code <form>}.
   */
  static boolean isInComments(Element e, boolean orForm) {
    Element cur = e;
    for (int level = 0; cur != null && level <= COMMENT_DEPTH; level++, cur = cur.parent()) {
      if (orForm && cur.nameIs("form")) {
        return true;
      }
      for (String w : BoilerplateHints.words(cur)) {
        if (COMMENT_WORDS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "By", "Von", "Par" ... alone: the label that opens a byline line. */
  private static final Pattern BY_LABEL = Pattern.compile("(?iu)(?:by|von|par|por|di|door|av|автор:?)");

  /**
   * Whether the element is the name right after a line-opening byline label: "By <span class=author>Dana
   * Okafor</span> · Published March 10, 2024, 11:30 p.m. EST". The date after the name gives the line the letters
   * of a sentence, yet a line that starts with "By" and then the name is a byline, not prose.
   */
  private static boolean afterBylineLabel(Element e) {
    org.jsoup.nodes.Node before = e.previousSibling();
    if (!(before instanceof org.jsoup.nodes.TextNode t) || !BY_LABEL.matcher(t.text().strip()).matches()) {
      return false;
    }
    org.jsoup.nodes.Node first = before.previousSibling();
    if (first != null && !(first instanceof org.jsoup.nodes.TextNode f && f.isBlank())) {
      return false;
    }
    // what follows the name is a date line, not the rest of a sentence ("By <a>Smith</a>'s own account, ...")
    StringBuilder after = new StringBuilder();
    for (org.jsoup.nodes.Node n = e.nextSibling(); n != null && after.length() < 200; n = n.nextSibling()) {
      after.append(n instanceof org.jsoup.nodes.TextNode t2 ? t2.text() : n instanceof Element el ? el.text() : "")
          .append(' ');
    }
    String rest = after.toString().strip();
    return rest.codePoints().filter(Character::isLetter).count() < 3 || DateParsing.parseOffset(rest).isPresent();
  }

  /**
   * Byline text without the date or "Updated" parts that often share the element. Two inline elements that touch
   * with no space between are kept apart by a separator where they are two things (the page's CSS spaces them; the
   * text would glue them into one name): two links ("<a rel=author>Drew DeSilver</a><a>Leave a comment</a>"), or
   * a second element starting with a capital right after a letter. "<span>Jane</span> <span>Doe</span>" stays one
   * name, and so do spaced links: their text is not glued.
   */
  private static String bylineText(Element e) {
    Element copy = e.clone();
    Queries.select(copy, "time, [class*=date], [class*=time], img, svg, button").remove();
    // What the reader does not see with the name: a hidden author-box dialog ("Über … Autorenseite von") and the
    // bio, category and tag links a theme puts in the same box ("… Heimkino und HiFi-Trends").
    Queries.select(copy, HIDDEN_OR_BIO).remove();
    for (Element child : copy.getAllElements()) {
      if (child.previousSibling() instanceof Element p && !p.isBlock() && !child.isBlock()
          && (child.nameIs("a") && p.nameIs("a") || startsWithCapital(child.text()) && endsWithLetter(p.text()))) {
        child.before(new org.jsoup.nodes.TextNode(" | "));
      }
    }
    return copy.text();
  }

  /** Inside a byline element: hidden parts, author bios, descriptions and job titles, category and tag links. */
  private static final String HIDDEN_OR_BIO = "[aria-hidden=true], [hidden], [role=dialog], .modal, "
      + "[style~=display:\\s*none], [class~=(?i)(^|-|_|\\s)(bio|biography|description|job|jobtitle)(-|_|\\s|$)], "
      + "a[rel~=(?i)tag|category]";

  /** Class words of an author's bio or description box ("author-bio", "author-description"): prose, no byline. */
  private static final java.util.Set<String> BIO_WORDS = java.util.Set.of("bio", "biography", "description");

  /**
   * Whether the element is an author's bio or description ({@code p.author-bio}): it matches the byline selectors
   * by its class, yet holds sentences about the author, whose nouns read as names ("Heimkino", "Tricks für zu
   * Hause").
   */
  private static boolean isBio(Element e) {
    for (String w : BoilerplateHints.words(e)) {
      if (BIO_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithCapital(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  private static boolean endsWithLetter(String s) {
    return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1));
  }

}
