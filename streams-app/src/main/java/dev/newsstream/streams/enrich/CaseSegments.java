package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where capital letters carry no information about names, so a cased NER model misreads them: all-caps lines
 * (headlines, results tables: "JAPAN BEAT SYRIA"), rows of numbers with names ("Leeds 0 Chelsea 2") and
 * title-case lines (headlines: "Harbour Ferries To Run On
 * Batteries"), and news-wire datelines ("ABU DHABI (Reuters) -", "PORTHAVEN —"). Pure functions of the text.
 */
final class CaseSegments {
  /** A dateline opens a paragraph: a place in capitals, an optional ", date" and "(agency)", then a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*(\\p{Lu}[\\p{Lu}.'\\-]*(?: \\p{Lu}[\\p{Lu}.'\\-]*){0,3})(?:,[^\\n(—–-]{1,30})?[ \\t]*"
          + "(?:\\(([^()\\n]{1,40})\\)[ \\t]*)?[—–-]{1,2}[ \\t]([^\\n]*)");
  /**
   * A dateline on a line of its own, as wire copy sets it: a place in capitals, an optional ", Country", a date
   * ("AL-AIN, United Arab Emirates 1996-12-06", "LONDON 1996-08-30", "PARIS, March 3").
   */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?m)^[ \\t]*(\\p{Lu}[\\p{Lu}.'\\-]*(?: \\p{Lu}[\\p{Lu}.'\\-]*){0,3})(?:[ \\t]*,[ \\t]*\\p{Lu}[^\\n,]{0,40}?)?"
          + "[ \\t]*,?[ \\t]+(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})[ \\t]*$");

  /** A number field of a table: "17", "2-1", ".587", "34:16". */
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\.?\\d[\\d.,:/-]*");
  /** Anything but a letter; compiled once (String.replaceAll compiled it per word of every line: ~5 % of NER CPU). */
  private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** "By" and a capitalised word opening a line: a byline. */
  private static final Pattern BYLINE = Pattern.compile("(?:By|BY)\\s+\\p{Lu}.*");

  private CaseSegments() {}

  /** [start, end) of each line whose words are mostly all-caps or mostly title-case; offsets into text. */
  static List<int[]> uninformativeCaseLines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (caseless(text.substring(start, end))) {
        out.add(new int[] {start, end});
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    // A dateline glued to the story's first sentence ("BRUSSELS (Reuters) - European Commission President ...") is
    // read apart from it: in wire copy set as lines the dateline stands alone and the sentence starts the paragraph,
    // and the cased model, given "(Reuters) - European Commission", missed the organisation. The place and agency
    // are the dateline rule's anyway (EnsembleTagger.datelines).
    for (int[] d : datelinePrefixes(text)) {
      if (out.stream().noneMatch(l -> l[0] <= d[0] && d[1] <= l[1])) {
        out.add(d);
      }
    }
    out.sort(java.util.Comparator.comparingInt(r -> r[0]));
    return out;
  }

  /** [start, end) of each dateline that opens a paragraph, from the line start up to the story after the dash. */
  static List<int[]> datelinePrefixes(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      if (dateline(m)) {
        out.add(new int[] {m.start(), m.start(3)});
      }
    }
    return out;
  }

  /**
   * Running text follows a dateline; an all-caps headline follows a topic slug ("SOCCER - JAPAN GET LUCKY WIN"),
   * whose first word is no place. With an agency ("MOSCOW (Sputnik) -") it is a dateline anyway.
   */
  private static boolean dateline(Matcher m) {
    boolean slug = m.group(2) == null && m.group(3).chars().noneMatch(Character::isLowerCase);
    return NON_LETTER.matcher(m.group(1)).replaceAll("").length() >= 3 && !slug;
  }

  /**
   * True for a line of at least two words of letters where at least 80% are all-caps ("ABU DHABI TALKS END"), or
   * at least three where at least 80% of the words of four or more letters are capitalised and it does not end as
   * a sentence does: a title-case headline, where "With" and "Talks" are capitalised as "Kallas" is. A byline in
   * mixed case ("By Ines Barrow and Tomas Kell, Transport Reporters", up to 12 words) is not such a line.
   */
  static boolean caseless(String line) {
    int words = 0;
    int upper = 0;
    int longWords = 0;
    int capitalised = 0;
    // The words are the runs between ASCII whitespace (the \s+ split of the stripped line: what strip() takes off
    // holds no letter), each reduced to its letters (code points of category L, as [^\p{L}] removal leaves them).
    // A loop, not a split and a regex per word: this runs on every line of every article (session 10: the per-word
    // Matcher was ~3 % of English NER's CPU). Same counts for every line (CaseSegmentsTest, against the regex form).
    StringBuilder letters = new StringBuilder();
    int n = line.length();
    for (int i = 0; i <= n; ) {
      char c = i < n ? line.charAt(i) : ' ';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (letters.length() > 0) {
          String w = letters.toString();
          letters.setLength(0);
          words++;
          if (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            upper++;
          }
          if (w.length() >= 4) {
            longWords++;
            if (Character.isUpperCase(w.charAt(0))) {
              capitalised++;
            }
          }
        }
        i++;
        continue;
      }
      int cp = line.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (words >= 2 && upper * 5 >= words * 4) {
      return true;
    }
    if (tableRow(line)) {
      return true;
    }
    String s = line.strip();
    // A byline ("By Ines Barrow and Tomas Kell, Transport Reporters") capitalises names and roles only, as running
    // text does: its case tells, and the caseless model misses names there that the cased one finds.
    if (BYLINE.matcher(s).matches() && words <= 12) {
      return false;
    }
    boolean sentenceEnd = s.endsWith(".") || s.endsWith("?") || s.endsWith("!") || s.endsWith("\"") || s.endsWith("”");
    return words >= 3 && longWords >= 3 && capitalised * 5 >= longWords * 4 && !sentenceEnd;
  }

  /**
   * A row of a results or standings table: at least three fields, at least half of them numbers ("Leeds 0 Chelsea
   * 2", "Arsenal 17 10 5 2 34 16 35"). The cased model reads a lone capitalised word before numbers poorly (it
   * missed "Arsenal" where the caseless one tags it); case says nothing there.
   */
  static boolean tableRow(String line) {
    // Most lines have no digit: no split, no per-word match (this runs on every line of every article).
    if (!hasDigit(line)) {
      return false;
    }
    String[] fields = SPACES.split(line.strip());
    int numbers = 0;
    boolean letters = false;
    Matcher number = NUMBER.matcher("");
    for (String f : fields) {
      if (number.reset(f).matches()) {
        numbers++;
      } else if (f.chars().anyMatch(Character::isLetter)) {
        letters = true;
      }
    }
    return fields.length >= 3 && letters && numbers * 2 >= fields.length;
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** [start, end) of the place name of each dateline (opening a paragraph, or a line of its own with a date). */
  static List<int[]> datelinePlaces(String text) {
    List<int[]> out = datelineParts(text, 1);
    Matcher m = DATE_LINE.matcher(text);
    while (m.find()) {
      if (NON_LETTER.matcher(m.group(1)).replaceAll("").length() >= 3) {
        out.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return out;
  }

  /**
   * [start, end) of the news agency a dateline credits in parentheses ("MOSCOW (Sputnik) -", "(Reuters)"): by the
   * wire convention that slot holds the agency, an organisation, whatever its name looks like.
   */
  static List<int[]> datelineAgencies(String text) {
    return datelineParts(text, 2);
  }

  private static List<int[]> datelineParts(String text, int group) {
    List<int[]> out = new ArrayList<>();
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      if (dateline(m) && m.group(group) != null) {
        String part = m.group(group);
        int lead = part.length() - part.stripLeading().length();
        out.add(new int[] {m.start(group) + lead, m.start(group) + part.stripTrailing().length()});
      }
    }
    return out;
  }

  /** The text with every character inside (keep = true) or outside (keep = false) the ranges blanked to spaces. */
  static String mask(String text, List<int[]> ranges, boolean keep) {
    char[] c = text.toCharArray();
    boolean[] in = new boolean[c.length];
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        in[i] = true;
      }
    }
    for (int i = 0; i < c.length; i++) {
      if (in[i] != keep && c[i] != '\n') {
        c[i] = ' ';
      }
    }
    return new String(c);
  }
}
