package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The affiliation slot of a person in news prose (issue 15: organisations missed): "Nathan Law of Demosisto", "Ann
 * Chiang of DAB", "Gary Fan of the Neo Democrats", "DAB's Ben Chan". A name in that slot is what the person belongs
 * to: a party, firm, band or club, or a place ("Ernie Els of South Africa"). The models tag places there as places;
 * what they leave untagged or call MISC there is an organisation:
 * <ul>
 *   <li>an untagged acronym (2-6 capitals or digits, "DAB", "NPP", "M5S") right after "PERSON of (the)" or right
 *       before "'s PERSON" becomes an ORGANIZATION at the person's confidence; document-level propagation then
 *       tags its other uses;
 *   <li>a MISC mention right after "PERSON of (the)" ("Civic Passion", "Neo Democrats": the 4-class model's MISC
 *       for party names it does not know) becomes an ORGANIZATION, and so does every other MISC mention of the same
 *       words in the document (one name, one type); a one-word MISC before a lower-case word is an adjective ("Anna
 *       Roy of French descent") and stays.
 *   <li>(session 10) a one-word PERSON right before "'s" and a person's full name ("Chelsea 's Ruud Gullit",
 *       "Ajax's Jari Litmanen": the cased models' slip on a club they did not know) is the body the person belongs
 *       to, an ORGANIZATION, unless the word is the surname of a person named in full in the document ("Blair's
 *       Gordon Brown" beside "Tony Blair") or the next name is not a full name ("Chelsea's Gullit").
 *   <li>(review 10, #6) a PERSON that is exactly the name right after a word and a lower-case body's head noun
 *       ("designed by the engineering firm Arup", "the company Tesla", "the militant group Hamas": the apposition
 *       names the firm) is an ORGANIZATION ({@link #firms}); a longer name there ("the company CEO Elon Musk") or a
 *       head noun that is a name's own word ("Group Captain") is left alone.
 * </ul>
 * Not retyped: a tagged LOCATION or ORGANIZATION, a capitalised common phrase with no tag ("John Smith of Human
 * Resources": no evidence it is a name), an acronym elsewhere. Pure function of (spans, text); a regex pass per
 * PERSON mention.
 */
final class AffiliationRules {
  /** An acronym: a capital, then 1-5 capitals or digits ("DAB", "M5S", "FTU"), as a whole word. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,5}(?![\\p{L}\\d])");
  /** " of " or " of the " after a person. */
  private static final Pattern OF = Pattern.compile("^ of (?:the )?");
  /** An acronym and "'s" right before a person: "DAB's Ben Chan". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{Lu}\\d]{1,5})['’]s $");

  private AffiliationRules() {}

  /** Applies the rules of the class comment. */
  static List<TaggedSpan> affiliations(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> in = possessiveBodies(spans, text);
    List<TaggedSpan> out = new ArrayList<>(in);
    Set<String> organisations = new HashSet<>();
    for (TaggedSpan p : in) {
      if (!p.type().equals("PERSON")) {
        continue;
      }
      String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
      Matcher of = OF.matcher(after);
      if (of.find()) {
        int at = p.end() + of.end();
        TaggedSpan misc = in.stream().filter(s -> s.start() == at && s.type().equals("MISC")).findFirst()
            .orElse(null);
        Matcher acronym = ACRONYM.matcher(text).region(at, Math.min(text.length(), at + 7))
            .useTransparentBounds(true);
        if (misc != null && (misc.surface(text).contains(" ") || !beforeLowerCaseWord(text, misc.end()))) {
          organisations.add(misc.surface(text));
        } else if (acronym.lookingAt()) {
          addUntagged(out, new TaggedSpan(at, acronym.end(), "ORGANIZATION", p.confidence()));
        }
      }
      Matcher before = POSSESSIVE.matcher(text.substring(Math.max(0, p.start() - 10), p.start()));
      if (before.find()) {
        int from = Math.max(0, p.start() - 10) + before.start(1);
        addUntagged(out, new TaggedSpan(from, from + before.group(1).length(), "ORGANIZATION", p.confidence()));
      }
    }
    if (!organisations.isEmpty()) {
      out.replaceAll(s -> s.type().equals("MISC") && organisations.contains(s.surface(text))
          ? new TaggedSpan(s.start(), s.end(), "ORGANIZATION", s.confidence()) : s);
    }
    return out;
  }

  /** "'s " (or " 's ", wire copy's tokenized spacing) between a body and its member's name. */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile(" ?['’]s ");

  /** Rule 3 of the class comment: a one-word PERSON before "'s" and a full PERSON name is an ORGANIZATION. */
  static List<TaggedSpan> possessiveBodies(List<TaggedSpan> spans, String text) {
    java.util.Map<Integer, TaggedSpan> fullNames = new java.util.HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (TaggedSpan s : spans) {
      String surface = s.surface(text);
      int space = surface.lastIndexOf(' ');
      if (s.type().equals("PERSON") && space > 0) {
        fullNames.put(s.start(), s);
        surnames.add(surface.substring(space + 1));
      }
    }
    if (fullNames.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan p = spans.get(i);
      int next = p.end() < text.length() && text.charAt(p.end()) == ' ' ? p.end() + 1 : p.end();
      // Cheap guard first (a quote after the name): most mentions are not followed by "'s".
      if (!p.type().equals("PERSON") || next >= text.length() || text.charAt(next) != '\'' && text.charAt(next) != '’') {
        continue;
      }
      String surface = p.surface(text);
      if (surface.indexOf(' ') >= 0 || surnames.contains(surface)) {
        continue;
      }
      Matcher gap = POSSESSIVE_GAP.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 4));
      if (!gap.lookingAt() || !fullNames.containsKey(gap.end())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new TaggedSpan(p.start(), p.end(), "ORGANIZATION", p.confidence()));
    }
    return out == null ? spans : out;
  }

  /** A name: one to three capitalised words, hyphens inside ("Itar-Tass", "Xinhua", "PAP", "Middle East"). */
  private static final String NAME = "\\p{Lu}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*(?: \\p{Lu}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*){0,2}";
  /**
   * The agency slot of news prose: "news agency PAP", "the news agency, Interfax," (name after), "Xinhua news
   * agency", "IRNA press agency" (name before). The nationality often written before it ("Polish news agency PAP")
   * is an adjective the models tag MISC, and stays.
   */
  private static final List<Pattern> AGENCY = List.of(
      Pattern.compile("(?<![\\p{L}\\d])(" + NAME + ") (?:news|press) agency"),
      Pattern.compile("(?:news|press) agency,? (" + NAME + ")(?![\\p{L}\\d])"));
  /** Confidence of an agency found by its slot alone, as a dateline's agency: the slot is the evidence. */
  static final double AGENCY_CONFIDENCE = EnsembleTagger.DATELINE_CONFIDENCE;

  /**
   * The name in a news agency's slot ({@link #AGENCY}) is an ORGANIZATION: untagged, it is added; tagged PERSON
   * (an unknown one-word name), it is retyped. A place ("Kuwait news agency") or MISC adjective there stays, and so
   * does a common capitalised word at a sentence start ("The news agency"): the name must not be a word the model
   * knows in lower case.
   */
  static List<TaggedSpan> agencies(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    if (!text.contains(" agency")) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (Pattern slot : AGENCY) {
      Matcher m = slot.matcher(text);
      while (m.find()) {
        agency(out, m.start(1), m.end(1), m.group(1), lowercaseWords);
      }
    }
    return out;
  }

  private static void agency(List<TaggedSpan> out, int from, int to, String name, Set<String> lowercaseWords) {
    // Common words the slot's pattern took in at either end ("The", "On"): not the agency's name.
    String[] words = name.split(" ");
    int first = 0;
    int last = words.length - 1;
    while (first <= last && lowercaseWords.contains(words[first].toLowerCase(java.util.Locale.ROOT))) {
      from += words[first++].length() + 1;
    }
    while (last >= first && lowercaseWords.contains(words[last].toLowerCase(java.util.Locale.ROOT))) {
      to -= words[last--].length() + 1;
    }
    if (first > last) {
      return;
    }
    int start = from;
    int end = to;
    List<TaggedSpan> over = out.stream().filter(o -> o.start() < end && start < o.end()).toList();
    if (over.isEmpty()) {
      out.add(new TaggedSpan(start, end, "ORGANIZATION", AGENCY_CONFIDENCE));
    } else if (over.size() == 1 && over.get(0).type().equals("PERSON")) {
      TaggedSpan p = over.get(0);
      out.set(out.indexOf(p), new TaggedSpan(p.start(), p.end(), "ORGANIZATION", p.confidence()));
    }
  }

  /** A body's head noun after a word ("the firm", "engineering firm", "The company"), then a name. */
  private static final Pattern FIRM = Pattern.compile(
      "(?<![\\p{L}\\d])\\p{L}\\p{Ll}* (?:firm|company|group|agency|consultancy|conglomerate|startup|carrier"
          + "|airline),? ("
          + NAME + ")(?![\\p{L}\\d])");

  /** A PERSON covering exactly the name after a body's head noun ({@link #FIRM}) becomes an ORGANIZATION. */
  static List<TaggedSpan> firms(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = null;
    for (Matcher m = FIRM.matcher(text); m.find(); ) {
      for (int i = 0; i < spans.size(); i++) {
        TaggedSpan p = spans.get(i);
        if (p.type().equals("PERSON") && p.start() == m.start(1) && p.end() == m.end(1)) {
          out = out == null ? new ArrayList<>(spans) : out;
          out.set(i, new TaggedSpan(p.start(), p.end(), "ORGANIZATION", p.confidence()));
        }
      }
    }
    return out == null ? spans : out;
  }

  /** A lower-case word follows: "of French descent" uses a nationality as an adjective, not a body's name. */
  private static boolean beforeLowerCaseWord(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > end && i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private static void addUntagged(List<TaggedSpan> out, TaggedSpan c) {
    if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
      out.add(c);
    }
  }
}
