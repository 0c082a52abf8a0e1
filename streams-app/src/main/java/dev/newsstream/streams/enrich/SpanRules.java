package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Span rules on the ensemble's mentions before document-level propagation (issue 15's error kinds "fragments and
 * boundaries" and junk names), each a convention of written English or of news text, none about any site or list
 * of names. Pure functions of (spans, text); offsets are into text. In order ({@link #apply}):
 * <ol>
 *   <li>a mention never crosses a line break ("Sputnik International\nUS": a caption or byline glued to the next
 *       line): it is cut there, each part keeping type and confidence;
 *   <li>a mention with no capital letter ("state" in a lower-case keyword line) is no name in cased English text;
 *   <li>a PERSON mention holding a lower-case "and" is two people ("Ines Barrow and Tomas Kell"); one holding
 *       "of", "from", "at" or "for" ends before it ("Nathan Law of Demosisto", "Ann Chiang of DAB"): the rest is a
 *       body or a place whose type the models did not give;
 *   <li>names joined by "&amp;" are one firm: two PERSON/ORGANIZATION mentions with only "&amp;" between them
 *       ("Larsen &amp; Toubro", "Procter &amp; Gamble"), or one PERSON mention holding it, are one ORGANIZATION; news
 *       prose joins two people with "and" (places keep their type: "Bosnia &amp; Herzegovina");
 *   <li>a one-word PERSON that is a word the model knows in lower case ("Level" in "Level: 82" list rows and
 *       title-case headings) and that the document never writes capitalised where case tells (inside a sentence of
 *       a line whose case is informative) nor as part of a longer PERSON name is dropped: its capital is the line's
 *       or the heading's, not a name's ("Rubio said" and "Tom Cruise ... Cruise" stay; so does a word alone on its
 *       line, a caption such as "Belle" under a photo, which {@link NameGate} reads for the same reason);
 *   <li>a one-word PERSON whose word stands only as the label of two or more "Word: number" rows ("Level: 82") is
 *       a field label of a spec or stats list, in any language (German capitalises the noun, so the rule above
 *       cannot tell it there);
 *   <li>an acronym defined in parentheses right after a tagged name whose capitalised words it abbreviates ("World
 *       Health Organisation (WHO)", "Korean Central News Agency (KCNA)") takes that name's type and confidence,
 *       so propagation then tags its later uses (after Schwartz &amp; Hearst 2003's definition pattern);
 *   <li>a one-word ORGANIZATION that is a generic head noun ("Church", a word the model knows in lower case)
 *       followed by "of (the)" and another tagged name is one organisation ("Church of Scientology");
 *   <li>a one-word LOCATION or ORGANIZATION mention that is the last word of a PERSON's full name given earlier
 *       in the document ("Valeska Paris ... Paris was born in Switzerland") is that person: news names a person
 *       in full first and by surname after; and where such a surname stands untagged later as a word of its own
 *       ("Cruise said" after "Tom Cruise"), it is tagged as that person;
 *   <li>session 7: a topic slug of common words before a headline is no name ({@link HeadlineRules#topicSlugs},
 *       right after the no-capital rule); a full name and its surname are one PERSON with one span
 *       ({@link FullNameRules}); a person's affiliation slot names a body ({@link AffiliationRules}); a name tagged
 *       with case is the same name in an all-caps line ({@link HeadlineRules#capsRepeats});
 *   <li>session 8: a one-word PERSON the document also writes in lower case as a command or word of its own is a
 *       program ({@link CommonWordRules#lowerCasePrograms}, right after the field labels); the name in a news
 *       agency's slot is an organisation ({@link AffiliationRules#agencies}), and so is a PERSON right after "the
 *       firm" ({@link AffiliationRules#firms}, review 10); teams in sports copy
 *       ({@link SportsRules}, last): the two sides of a match are the same kind of thing, so are the sides of a
 *       results or standings table, and a team is that team throughout the document;
 *   <li>session 9, after the "&amp;" rule: where a name starts and ends ({@link NameBoundaryRules}: trailing
 *       lower-case words, "person of body" tagged as one body, proper-name possessives, bodies named after a
 *       country), then a department's word in a government title ("Defense" in "Defense Secretary Jim Mattis") is
 *       no body ({@link TitleRules}, session 11).
 * </ol>
 * Cost: a few passes over the mentions and one regex pass over the text per document; nothing per token.
 */
final class SpanRules {
  /** Lower-case words that join a person to what follows: the part after them is not the name. */
  private static final Pattern PERSON_CUT = Pattern.compile(" (?:of|from|at|for) ");
  /** "(WHO)", "(KCNA)", "(UAAR)": 2-10 characters, starting with a capital, mostly capitals. */
  private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,9})\\)");

  private SpanRules() {}

  /** All rules in the order of the class comment, without the ones that need the model's lower-case words. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    return apply(spans, text, java.util.Set.of());
  }

  /**
   * All rules in the order of the class comment.
   *
   * @param lowercaseWords words the 3-class model saw in lower case in training (CoreNLP's getKnownLCWords): a
   *     generic head noun ("church") and a common word at a sentence start are told by them
   */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text, java.util.Set<String> lowercaseWords) {
    List<TaggedSpan> out = lineBreaks(spans, text);
    out = withoutCapitals(out, text);
    out = HeadlineRules.topicSlugs(out, text, lowercaseWords);
    out = personConnectors(out, text);
    out = ampersandFirms(out, text);
    out = NameBoundaryRules.apply(out, text, lowercaseWords);
    out = TitleRules.departmentTitles(out, text, lowercaseWords);
    out = CommonWordRules.commonWordPersons(out, text, lowercaseWords);
    out = CommonWordRules.fieldLabels(out, text);
    out = CommonWordRules.lowerCasePrograms(out, text, lowercaseWords);
    out = GenericHeadRules.genericHeads(out, text, lowercaseWords);
    out = EventRules.events(out, text);
    out = acronyms(out, text);
    out = surnames(out, text);
    out = surnameMentions(out, text, lowercaseWords);
    out = FullNameRules.apply(out, text, lowercaseWords);
    out = HyphenRules.apply(out, text, lowercaseWords);
    out = AffiliationRules.affiliations(out, text);
    out = AffiliationRules.agencies(out, text, lowercaseWords);
    out = AffiliationRules.firms(out, text);
    out = HeadlineRules.capsRepeats(out, text, lowercaseWords);
    out = HeadlineRules.signOff(out, text);
    return SportsRules.apply(out, text);
  }

  /** Only an ampersand (and spaces) between two names. */
  private static final Pattern AMPERSAND = Pattern.compile(" ?& ?");

  /** Joins PERSON/ORGANIZATION mentions across a lone "&amp;" into one ORGANIZATION (class comment). */
  static List<TaggedSpan> ampersandFirms(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingInt(TaggedSpan::start));
    List<TaggedSpan> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      TaggedSpan a = sorted.get(i);
      TaggedSpan b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (b != null && firmPart(a) && firmPart(b) && a.end() < b.start()
          && AMPERSAND.matcher(text.substring(a.end(), b.start())).matches()) {
        out.add(new TaggedSpan(a.start(), b.end(), "ORGANIZATION", Math.min(a.confidence(), b.confidence())));
        i++;
      } else if (a.type().equals("PERSON") && AMPERSAND.matcher(a.surface(text)).find()) {
        out.add(new TaggedSpan(a.start(), a.end(), "ORGANIZATION", a.confidence()));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean firmPart(TaggedSpan s) {
    return s.type().equals("PERSON") || s.type().equals("ORGANIZATION");
  }

  /**
   * The surname of a person named in full ("Tom Cruise") is that person where it stands later untagged as a word of
   * its own ("Cruise said"): not beside another capitalised word (part of another name: "Cruise Line"), and not at a
   * sentence start when the model knows the word in lower case ("Cruise ships ..."). Confidence: the full name's.
   */
  static List<TaggedSpan> surnameMentions(List<TaggedSpan> spans, String text, java.util.Set<String> lowercaseWords) {
    Map<String, TaggedSpan> fullNames = new HashMap<>();
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).split(" ");
      String last = words[words.length - 1];
      if (s.type().equals("PERSON") && words.length >= 2 && s.confidence() >= 0.5 && last.length() >= 2
          && Character.isUpperCase(last.charAt(0))) {
        fullNames.merge(last, s, (a, b) -> a.start() <= b.start() ? a : b);
      }
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (var e : fullNames.entrySet()) {
      String w = e.getKey();
      TaggedSpan full = e.getValue();
      for (int at = text.indexOf(w, full.end()); at >= 0; at = text.indexOf(w, at + 1)) {
        int end = at + w.length();
        TaggedSpan c = new TaggedSpan(at, end, "PERSON", full.confidence());
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (word && !capitalisedNeighbour(text, at, end) && out.stream().noneMatch(o -> overlap(o, c))
            && !(sentenceStart(text, at) && lowercaseWords.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** A capitalised word right before (not across a sentence end) or right after [at, end). */
  private static boolean capitalisedNeighbour(String text, int at, int end) {
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    boolean next = after > end && after < text.length() && Character.isUpperCase(text.charAt(after));
    int before = at - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    boolean prev = before < at - 1 && before >= 0 && Character.isLetter(text.charAt(before))
        && Character.isUpperCase(text.charAt(wordStart(text, before)));
    return next || prev;
  }

  private static int wordStart(String text, int i) {
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** First word of the text, of a line, or after . ! ? (spaces, tabs and opening quotes between). */
  static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"' || text.charAt(i) == '“'
        || text.charAt(i) == '\'')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
  }

  /** Cuts each mention at its line breaks; parts that are blank are dropped. */
  static List<TaggedSpan> lineBreaks(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      int from = s.start();
      for (int i = s.start(); i <= s.end(); i++) {
        if (i == s.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          addTrimmed(out, text, from, i, s);
          from = i + 1;
        }
      }
    }
    return out;
  }

  /** Drops mentions without any capital letter. */
  static List<TaggedSpan> withoutCapitals(List<TaggedSpan> spans, String text) {
    return spans.stream().filter(s -> s.surface(text).chars().anyMatch(Character::isUpperCase)).toList();
  }

  /** Splits PERSON mentions at a lower-case "and", cuts them before "of"/"from"/"at"/"for". */
  static List<TaggedSpan> personConnectors(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      if (!s.type().equals("PERSON")) {
        out.add(s);
        continue;
      }
      String surface = s.surface(text);
      int end = s.end();
      Matcher cut = PERSON_CUT.matcher(surface);
      if (cut.find()) {
        end = s.start() + cut.start();
      }
      int from = s.start();
      for (int and = text.indexOf(" and ", from); and >= 0 && and + 5 <= end; and = text.indexOf(" and ", from)) {
        addTrimmed(out, text, from, and, s);
        from = and + 5;
      }
      addTrimmed(out, text, from, end, s);
    }
    return out;
  }

  /** Gives a parenthesised acronym the type of the tagged name it abbreviates, replacing what covered it. */
  static List<TaggedSpan> acronyms(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>(spans);
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      int open = m.start();
      int nameEnd = open;
      while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') {
        nameEnd--;
      }
      final int end = nameEnd;
      TaggedSpan name = spans.stream().filter(s -> s.end() == end && !s.type().equals("MISC")).findFirst().orElse(null);
      String acronym = m.group(1);
      if (name != null && initials(name.surface(text)).equals(capitals(acronym))) {
        TaggedSpan a = new TaggedSpan(m.start(1), m.end(1), name.type(), name.confidence());
        out.removeIf(s -> s.start() < a.end() && a.start() < s.end());
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Retypes a one-word LOCATION/ORGANIZATION (session 9: or MISC) mention that is the surname of a person named in
   * full before it, or
   * that stands in the headline (the text's first line, or a line whose case says nothing) before the full name
   * and is tagged nowhere else in the document as a place or organisation ("Washington signs with Denver" over
   * "Chris Washington signed ... Washington, 28, played"): a headline names a person by surname before the story
   * names them in full. A dateline's place ("PARIS 1996-12-06") is a place whoever is named after it.
   */
  static List<TaggedSpan> surnames(List<TaggedSpan> spans, String text) {
    Map<String, Integer> firstFullName = new HashMap<>(); // surname in lower case -> first full name's start
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).split(" ");
      if (s.type().equals("PERSON") && words.length >= 2 && s.confidence() >= 0.5) {
        firstFullName.merge(words[words.length - 1].toLowerCase(java.util.Locale.ROOT), s.start(), Math::min);
      }
    }
    if (firstFullName.isEmpty()) {
      return spans;
    }
    // Dateline places only matter for a one-word place or body that is a full name's surname: most documents have none.
    List<int[]> datelines = spans.stream().anyMatch(s -> !s.type().equals("PERSON") && !s.type().equals("MISC")
        && firstFullName.containsKey(s.surface(text).toLowerCase(java.util.Locale.ROOT)))
        ? CaseSegments.datelinePlaces(text) : List.of();
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      Integer fullAt = surnameOf(s, text, firstFullName, datelines);
      // After the full name as session 6 had it (a capitals form there is a headline's or a dateline's).
      boolean after = fullAt != null && fullAt < s.start() && !EntityResolver.allCaps(s.surface(text));
      out.add(after ? new TaggedSpan(s.start(), s.end(), "PERSON", s.confidence()) : s);
    }
    // The models' own types decide whether the word is named as a place elsewhere ("in Washington" after "Chris
    // Washington" is LOCATION to them; the rule above would call it the person).
    for (int i = 0; i < out.size(); i++) {
      TaggedSpan s = out.get(i);
      Integer fullAt = surnameOf(s, text, firstFullName, datelines);
      String surface = s.surface(text);
      if (fullAt != null && fullAt > s.start() && headlineLine(text, s.start(), fullAt) && spans.stream().noneMatch(
          o -> o.start() != s.start() && (o.type().equals("LOCATION") || o.type().equals("ORGANIZATION"))
          && o.surface(text).equalsIgnoreCase(surface))) {
        out.set(i, new TaggedSpan(s.start(), s.end(), "PERSON", s.confidence()));
      }
    }
    return out;
  }

  /** Start of the first full PERSON name whose surname a one-word LOCATION/ORGANIZATION/MISC s is, else null. */
  private static Integer surnameOf(TaggedSpan s, String text, Map<String, Integer> firstFullName,
      List<int[]> datelines) {
    // MISC too (session 9): the 4-class model's MISC on a title-case headline ("Rubio Declines Talks With EU's
    // Kallas") is no nationality or event when the story names "Kaja Kallas"; a MISC is never a dateline's place.
    boolean candidate = (s.type().equals("LOCATION") || s.type().equals("ORGANIZATION") || s.type().equals("MISC"))
        && datelines.stream().noneMatch(d -> d[0] <= s.start() && s.end() <= d[1]);
    return candidate ? firstFullName.get(s.surface(text).toLowerCase(java.util.Locale.ROOT)) : null;
  }

  /**
   * Whether {@code at} is on a headline, a line of its own before the one at {@code fullAt}: the text's first line,
   * or a line whose case says nothing (all capitals, title case).
   */
  private static boolean headlineLine(String text, int at, int fullAt) {
    int from = text.lastIndexOf('\n', at - 1) + 1;
    int to = text.indexOf('\n', at);
    return to >= 0 && to < fullAt
        && (text.substring(0, from).isBlank() || CaseSegments.caseless(text.substring(from, to)));
  }

  private static boolean overlap(TaggedSpan a, TaggedSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Initials of the capitalised words ("World Health Organisation" -> WHO; "Union of ... and Agnostics" skips "of"). */
  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  private static String capitals(String acronym) {
    return acronym.replaceAll("[^\\p{Lu}]", "");
  }

  /** Adds [from, to) of s without surrounding spaces and commas, when a capital is left in it. */
  private static void addTrimmed(List<TaggedSpan> out, String text, int from, int to, TaggedSpan s) {
    while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
      to--;
    }
    if (to > from && text.substring(from, to).chars().anyMatch(Character::isUpperCase)) {
      out.add(from == s.start() && to == s.end() ? s : new TaggedSpan(from, to, s.type(), s.confidence()));
    }
  }
}
