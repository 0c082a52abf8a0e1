package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Teams in sports copy (issue 15: clubs and teams named after places, the commonest ORGANIZATION error of wire
 * copy, which is heavy with results). Conventions of sports text, no list of clubs:
 * <ol>
 *   <li><b>Match sides</b> ({@link #matchSides}): the two sides of a match are the same kind of thing. In
 *       "Leicestershire beat Somerset", "Bolton 3 Port Vale 1", "Groningen play at home to Ajax", a LOCATION or
 *       PERSON facing an ORGANIZATION is a team named after its place (or mistaken for a surname). Two places
 *       ("Japan beat Syria": national sides, a LOCATION in CoNLL's convention) and two people (a tennis result)
 *       stay as they are.
 *   <li><b>Tables</b> ({@link #tables}): consecutive rows of a results or standings table ("Barnsley 2 Wolves 1",
 *       "Crystal Palace 0 Norwich 0", "Barcelona 15 11 3 1 43 17 36", {@link CaseSegments#tableRow}) name the same kind of side. When the
 *       table's tagged sides are organisations at least as often as places, every side is an organisation: places
 *       and people are retyped, untagged sides ("Reading", "Sevilla", which no model tagged) are added with the
 *       mean confidence of the table's organisations. A table whose sides are mostly places is left alone when
 *       any of them is a country (national sides: "Japan 2 Syria 1"); when none is, and the rows are scores or
 *       standings (not weather or prices), the places are clubs named after their towns ("Chicago 6 Boston 4",
 *       CoNLL's convention) and become organisations too.
 *   <li><b>One team per document</b> ({@link #teams}): a name that is a team on a match side or in a table is that
 *       team wherever the same words are tagged a place or a person in the document ("Bolton ... leaving Bolton
 *       clear at the top", the headline's "NORWICH"), except a dateline's place.
 *   <li><b>Innings</b> ({@link #innings}, session 10): a place followed on its line by a cricket innings score
 *       ("Tasmania 352 for three", "Somerset 83 and 174", "Kent 212 all out") is a side batting. Not a country:
 *       national sides stay places ("Pakistan 283 for five", CoNLL's convention); state and county sides are
 *       teams, and are so throughout the document (rule 3), also as the other side of "match between Tasmania and
 *       Victoria" (rule 1 reads "(match|game|final|tie) between A and B" as a match). A bowler's figures after a
 *       person ("Warne 4 for 50") are not touched: only places are retyped.
 * </ol>
 * Pure functions of (spans, text); cost: one pass over the lines with a digit and one over the mentions.
 */
final class SportsRules {
  private SportsRules() {}

  /** An optional score after a result verb: "drew 1-1 with". */
  private static final String SCORE = "(?: \\d{1,3}-\\d{1,3})?";

  /**
   * What stands between the two sides of a match: a result verb, "v"/"vs", a score on a results row, or a fixture
   * ("play at home to", "were held to a goalless draw at home to": up to six lower-case words before it).
   */
  private static final Pattern MATCH = Pattern.compile(
      "[ \\t]+(?:beat|beats|defeated|defeats|edged|thrashed|routed|v\\.?|vs\\.?|versus|\\d{1,3}"
          + "|(?:drew|draws|drawn)" + SCORE + " with|(?:lost|loses)" + SCORE + " to|(?:won|wins)" + SCORE
          + " against|(?:[a-z-]+ ){0,6}(?:at home|away) (?:to|against))[ \\t]+");

  /** Before the first side of "match between A and B" (rule 1 then reads " and " as the match). */
  private static final Pattern BETWEEN = Pattern.compile("(?:match|game|final|tie|fixture|clash)(?:es)? between $");

  /** After a side's name on its line: a cricket innings score (rule 4). */
  private static final Pattern INNINGS = Pattern.compile("[ \\t]+\\d{1,3}(?: for (?:\\d{1,2}|one|two|three|four|five"
      + "|six|seven|eight|nine|no loss)| all out| and \\d{1,3})(?![\\p{L}\\d])");

  private static final Pattern BARE_NUMBER = Pattern.compile("[ \\t]+\\d{1,3}[ \\t]+");

  /** The line around {@code at}. */
  private static String line(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** Lower-case words a side's name may hold ("Real Sociedad de Futbol", "Brighton and Hove Albion"). */
  private static final Set<String> NAME_JOINERS = Set.of("de", "del", "la", "le", "van", "von", "of", "and", "the",
      "&", "y", "do", "da", "di");

  /**
   * Names of countries, lower case: the JDK's English names of the ISO 3166 countries, and the other names national
   * sides play under (the UK's four, former states, short forms). A table whose sides are all places and none of
   * them a country is a table of clubs named after their towns ("Chicago 6 Boston 4").
   */
  static final Set<String> NATIONS = nations();

  private static Set<String> nations() {
    Set<String> out = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    out.addAll(List.of("england", "scotland", "wales", "northern ireland", "britain", "great britain", "holland",
        "czech republic", "yugoslavia", "soviet union", "ussr", "west indies", "usa", "u.s.", "us", "uae",
        "ivory coast", "hong kong", "macedonia", "zaire", "republic of ireland", "bosnia", "korea"));
    return Set.copyOf(out);
  }

  /**
   * A row of sports results or standings, not of weather or prices: "Name n Name n" (scores), or a name and at
   * least five fields of whole numbers, win percentages or "-" ("Chicago 10 2 .833 -").
   */
  private static final Pattern SPORTS_ROW = Pattern.compile(
      "\\s*\\p{Lu}[^\\d\\n]*? \\d{1,3} \\p{Lu}[^\\d\\n]*? \\d{1,3}\\s*"
          + "|\\s*\\p{Lu}[^\\d\\n]*?(?: (?:\\d{1,3}|\\.\\d{3}|-|\\d+-\\d+|\\d+/\\d+)){5,}\\s*");

  /** All four rules: innings first, so that its teams face their opponents in rule 1. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    Set<String> teams = new HashSet<>();
    List<TaggedSpan> out = innings(spans, text, teams);
    out = teams(out, text, teams);
    out = matchSides(out, text, teams);
    out = tables(out, text, teams);
    return teams(out, text, teams);
  }

  /** Rule 1 alone. */
  static List<TaggedSpan> matchSides(List<TaggedSpan> spans, String text) {
    return matchSides(spans, text, new HashSet<>());
  }

  /** Rule 1; adds the surfaces (lower case) of the teams it saw facing each other to {@code teams}. */
  static List<TaggedSpan> matchSides(List<TaggedSpan> spans, String text, Set<String> teams) {
    List<TaggedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(TaggedSpan::start));
    List<TaggedSpan> out = new ArrayList<>(sorted);
    for (int i = 0; i + 1 < sorted.size(); i++) {
      TaggedSpan a = sorted.get(i);
      TaggedSpan b = sorted.get(i + 1);
      if (a.end() >= b.start() || !MATCH.matcher(text.substring(a.end(), b.start())).matches()
          && !(text.startsWith(" and ", a.end()) && a.end() + 5 == b.start()
              && BETWEEN.matcher(text.substring(Math.max(0, a.start() - 24), a.start())).find())) {
        continue;
      }
      boolean aTeam = a.type().equals("ORGANIZATION");
      boolean bTeam = b.type().equals("ORGANIZATION");
      if (aTeam == bTeam) {
        if (aTeam) {
          teams.add(key(a, text));
          teams.add(key(b, text));
        }
        continue;
      }
      TaggedSpan other = aTeam ? b : a;
      // A person facing a body across a bare number only on a results row: in prose "Movimento 5 Stelle" is a name.
      boolean person = other.type().equals("PERSON") && (!BARE_NUMBER.matcher(text.substring(a.end(), b.start()))
          .matches() || SPORTS_ROW.matcher(line(text, a.start())).matches());
      if (other.type().equals("LOCATION") || person) {
        out.set(aTeam ? i + 1 : i, new TaggedSpan(other.start(), other.end(), "ORGANIZATION", other.confidence()));
        teams.add(key(a, text));
        teams.add(key(b, text));
      }
    }
    return out;
  }

  /** Rule 2 alone. */
  static List<TaggedSpan> tables(List<TaggedSpan> spans, String text) {
    return tables(spans, text, new HashSet<>());
  }

  /** Rule 2; adds the surfaces (lower case) of the sides of organisation tables to {@code teams}. */
  static List<TaggedSpan> tables(List<TaggedSpan> spans, String text, Set<String> teams) {
    List<TaggedSpan> out = new ArrayList<>(spans);
    List<int[]> block = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      boolean sportsRow = line.indexOf(' ') > 0 && line.chars().anyMatch(Character::isDigit)
          && SPORTS_ROW.matcher(line).matches();
      if (sportsRow || CaseSegments.tableRow(line)) {
        List<int[]> rowSides = sides(text, start, end);
        if (!sportsRow) {
          rowSides.forEach(r -> r[2] = 0);
        }
        block.addAll(rowSides);
      } else if (!line.isBlank()) { // blank lines between rows (paragraph breaks) keep the table together
        out = table(out, text, block, teams);
        block = new ArrayList<>();
      }
      start = end + 1;
    }
    return table(out, text, block, teams);
  }

  /** Rule 2 on one table's sides. */
  private static List<TaggedSpan> table(List<TaggedSpan> spans, String text, List<int[]> sides, Set<String> teams) {
    if (sides.isEmpty()) {
      return spans;
    }
    // A side named as the dateline's place ("NEW YORK 1996-08-30" over "New York 5 Detroit 1") is left as the models
    // tagged it: the resolver gives one type to the spellings of one name, and the dateline's place must stay one.
    Set<String> datelines = new HashSet<>();
    for (int[] d : CaseSegments.datelinePlaces(text)) {
      datelines.add(text.substring(d[0], d[1]).toLowerCase(Locale.ROOT));
    }
    sides = sides.stream().filter(r -> !datelines.contains(text.substring(r[0], r[1]).toLowerCase(Locale.ROOT)))
        .toList();
    if (sides.isEmpty()) {
      return spans;
    }
    int orgs = 0;
    int others = 0; // places and people: national sides, athletes on a results list
    int places = 0;
    int nations = 0;
    boolean sportsRows = true;
    double orgConfidence = 0;
    double placeConfidence = 0;
    for (int[] side : sides) {
      TaggedSpan m = main(spans, side);
      sportsRows &= side[2] == 1;
      if (m != null && m.type().equals("ORGANIZATION")) {
        orgs++;
        orgConfidence += m.confidence();
      } else if (m != null && (m.type().equals("LOCATION") || m.type().equals("PERSON"))) {
        others++;
      }
      if (m != null && m.type().equals("LOCATION") && m.start() == side[0] && m.end() == side[1]) {
        places++;
        placeConfidence += m.confidence();
        nations += NATIONS.contains(m.surface(text).toLowerCase(Locale.ROOT)) ? 1 : 0;
      }
    }
    double mean;
    if (orgs == 0 && sportsRows && places >= 2 && places == others && nations == 0) {
      mean = placeConfidence / places; // clubs named after towns, no country among them (class comment)
    } else if (orgs == 0 || orgs < others || orgs == others && sides.size() > 2) {
      // One results row, one organisation against one place: the match-side convention (rule 1).
      return spans;
    } else {
      mean = orgConfidence / orgs;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (int[] side : sides) {
      TaggedSpan m = main(spans, side);
      if (m != null && m.type().equals("MISC")) {
        continue; // "Asian Cup" on a fixtures row: an event, not a side
      }
      double confidence = m == null ? mean : m.confidence();
      out.removeIf(s -> s.start() < side[1] && side[0] < s.end());
      out.add(new TaggedSpan(side[0], side[1], "ORGANIZATION", confidence));
      teams.add(text.substring(side[0], side[1]).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The mention covering most of a side, or null. */
  private static TaggedSpan main(List<TaggedSpan> spans, int[] side) {
    TaggedSpan best = null;
    int bestCover = 0;
    for (TaggedSpan s : spans) {
      int cover = Math.min(s.end(), side[1]) - Math.max(s.start(), side[0]);
      if (cover > bestCover) {
        best = s;
        bestCover = cover;
      }
    }
    return best;
  }

  /**
   * {start, end, 1} of the names on a table row: runs of words between the number fields, each starting with a
   * capital and holding no other lower-case word than a joiner ("Deportivo Coruna", "Port Vale"); other runs
   * ("for three", "not out") are no side. The third field says whether the row is a sports row ({@link #tables}
   * sets it).
   */
  static List<int[]> sides(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    boolean name = true;
    int i = from;
    while (i <= to) {
      int wordStart = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      String word = text.substring(wordStart, i);
      boolean number = !word.isEmpty() && (Character.isDigit(word.charAt(0))
          || word.length() > 1 && "-+.(".indexOf(word.charAt(0)) >= 0 && Character.isDigit(word.charAt(1)));
      if (!word.isEmpty() && !number) {
        if (runStart < 0) {
          runStart = wordStart;
          name = Character.isUpperCase(word.charAt(0));
        } else if (!Character.isUpperCase(word.charAt(0)) && !NAME_JOINERS.contains(word)) {
          name = false;
        }
        runEnd = i;
      } else if (number && runStart >= 0) {
        if (name) {
          out.add(new int[] {runStart, runEnd, 1});
        }
        runStart = -1;
      }
      i++;
    }
    if (runStart >= 0 && name) {
      out.add(new int[] {runStart, runEnd, 1});
    }
    return out;
  }

  /** Rule 4: a place, not a country, before a cricket innings score on its line is a team (class comment). */
  static List<TaggedSpan> innings(List<TaggedSpan> spans, String text, Set<String> teams) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      if (!s.type().equals("LOCATION") || s.end() + 4 > text.length() || !Character.isDigit(text.charAt(s.end() + 1))
          || NATIONS.contains(key(s, text))) {
        continue;
      }
      int lineEnd = text.indexOf('\n', s.end());
      java.util.regex.Matcher m = INNINGS.matcher(text).region(s.end(), lineEnd < 0 ? text.length() : lineEnd);
      if (!m.lookingAt()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new TaggedSpan(s.start(), s.end(), "ORGANIZATION", s.confidence()));
      teams.add(key(s, text));
    }
    return out == null ? spans : out;
  }

  /** Rule 3: the teams' other mentions typed LOCATION or PERSON become ORGANIZATION (not a dateline's place). */
  static List<TaggedSpan> teams(List<TaggedSpan> spans, String text, Set<String> teams) {
    if (teams.isEmpty()) {
      return spans;
    }
    List<int[]> datelines = CaseSegments.datelinePlaces(text);
    List<TaggedSpan> result = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      boolean retype = (s.type().equals("LOCATION") || s.type().equals("PERSON"))
          && teams.contains(key(s, text))
          && datelines.stream().noneMatch(d -> d[0] <= s.start() && s.end() <= d[1]);
      result.add(retype ? new TaggedSpan(s.start(), s.end(), "ORGANIZATION", s.confidence()) : s);
    }
    return result;
  }

  private static String key(TaggedSpan s, String text) {
    return s.surface(text).toLowerCase(Locale.ROOT);
  }
}
