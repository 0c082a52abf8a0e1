package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 9: where an English name starts and ends (issue 15's "fragments and boundaries" kind), each rule a
 * convention of written English; pure functions of (spans, text), offsets into text, called from {@link SpanRules}.
 * <ol>
 *   <li><b>Trailing lower-case words</b> ({@link #trailingLowerCase}): an English proper name ends in a capitalised
 *       word or a number; a lower-case word the models ran into at its end ("Sindh province", "Hamas militants")
 *       is a common noun after the name and is cut off. Lower-case words inside a name ("Bank of England",
 *       "Osama bin Laden") and words with an inner capital ("iPhone") stay. Review 10 (#6): an ORGANIZATION cut
 *       down to one word with a nationality adjective's ending ({@link #DEMONYM}: "French interior ministry" is
 *       "French") is that adjective, a MISC, not the body it qualifies.
 *   <li><b>Words a person's name can hold</b> ({@link #personWords}): capitalised words and the lower-case
 *       particles of names ("Charles de Gaulle", "Ludwig van Beethoven", "Osama bin Laden", "Piero della Francesca",
 *       "Ursula von der Leyen"). Any other lower-case word inside a PERSON (a verb glued to a name by a missing space,
 *       "Chirac le surnommaitle Grand Con"; "Smith told Jones") ends the name: the PERSON is cut there into its parts
 *       that hold a capital, with particles left at a part's end trimmed ("Chirac", "Grand Con"). Run for English and,
 *       by {@link CasedScriptTagger}, for German, French and Spanish.
 *   <li><b>A person and the body he or she belongs to</b> ({@link #personOfBody}): an ORGANIZATION tagged as
 *       "Tanya Chan of the Civic Party" is the news convention "person of/from body", two names: a PERSON (the
 *       2-3 capitalised words before "of"/"from", the first no word the model knows in lower case, so not "Bank of
 *       England", "University of Texas", "Church of Scientology") and the ORGANIZATION after it ("the" left out),
 *       when the document names the body or the person on its own elsewhere ("Claudia Mo of the Civic Party").
 *       Kept whole when the document tags the part before "of" as a place or organisation on its own ("Hewlett
 *       Packard of Canada" beside "Hewlett Packard").
 *   <li><b>A person's role after a body's name</b> ({@link #roleWords}): "Foreign Ministry Spokesman", "State
 *       Department Spokesperson" tagged as one ORGANIZATION is the body and the role of a person speaking for it
 *       (English capitalises such titles); the role word is cut off. Only a closed class of English nouns for people
 *       (spokesman, minister, chairman, official...), only after a capitalised word ("Office of the President"
 *       stays), and only when what is left is a name: two or more words, or one the model never saw in lower case
 *       ("Kremlin Spokesman" -> "Kremlin"; "Prime Minister" is left as tagged).
 *   <li><b>Firms "based in" a place</b> ({@link #basedIn}): a MISC mention followed by ", based in" or
 *       ", headquartered in" ("Rival Airbus, based in Toulouse,") is an ORGANIZATION: nationalities, events and
 *       products are not based anywhere.
 *   <li><b>Currency signs</b> ({@link #currencies}): a MISC mention holding a currency sign ("US$", "HK$", "R$") is
 *       a unit of money, no name; run for every cased language.
 *   <li><b>Possessives</b> ({@link #possessives}): "Mecca's Grand Mosque", tagged as one name, is two, the
 *       possessor and the thing possessed, as CoNLL-style annotation leaves the "'s" out of both. Only when the
 *       possessor is a proper name (not a word the model knows in lower case: "People's Army", "Women's Hospital",
 *       "Children's Fund" are names with a possessive inside) that the document also writes without the "'s"
 *       ("in Mecca"), so a shop name that is always possessive ("McDonald's", "Lloyd's Register") stays whole.
 *       The possessor takes the type the document's own mentions of it carry, else the span's.
 *   <li><b>Body named after a country</b> ({@link #bodyBeforeCountry}): capitalised words ending in a common noun
 *       right before a country the models tagged as a LOCATION ("a sensitive Environment Canada document",
 *       "Statistics Canada said", "Team USA") name a body with the country in its name: one ORGANIZATION. At a
 *       sentence start, where every first word is capitalised ("Visit Canada", "In Canada"), only a name the
 *       document also writes so inside a sentence; never on a line whose case says nothing (title-case
 *       headlines), nor with a positional word that makes a place ("East Germany", "Greater London").
 * </ol>
 * Cost: a pass over the mentions per rule; no model, nothing per token.
 */
final class NameBoundaryRules {
  private NameBoundaryRules() {}

  /** All rules in the order of the class comment. */
  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = currencies(basedIn(personWords(trailingLowerCase(spans, text), text), text), text);
    if (lowercaseWords.isEmpty()) {
      return out; // the other rules tell common words by the model's lower-case words: without them, "Bank of England"
    }
    out = personOfBody(out, text, lowercaseWords);
    out = roleWords(out, text, lowercaseWords);
    out = possessives(out, text, lowercaseWords);
    return bodyBeforeCountry(out, text, lowercaseWords);
  }

  /** A last word with no capital letter that starts with a letter ("province", "militants"). */
  private static final Pattern LOWER_LAST = Pattern.compile("[ \\t]+\\p{Ll}[^\\p{Lu}\\s]*$");

  /**
   * One word with an English nationality adjective's ending: Russian, Korean, Chinese, British, French, Dutch, Czech.
   * Not -an or -i alone, which end place names too (Iran, Sudan, Delhi), nor -ich (Munich).
   */
  static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|nch|tch|ech)");

  /** Cuts lower-case words off the end of each mention (rule 1); a mention left empty was dropped before. */
  static List<TaggedSpan> trailingLowerCase(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      int end = s.end();
      for (Matcher m = LOWER_LAST.matcher(text.substring(s.start(), end)); m.find();
          m = LOWER_LAST.matcher(text.substring(s.start(), end))) {
        end = s.start() + m.start();
      }
      // Only when a capitalised word is left ("Sindh"); a span with no capital is SpanRules' no-capital rule's.
      if (end < s.end() && text.substring(s.start(), end).codePoints().anyMatch(Character::isUpperCase)) {
        boolean adjective = s.type().equals("ORGANIZATION")
            && DEMONYM.matcher(text.substring(s.start(), end)).matches();
        out.add(new TaggedSpan(s.start(), end, adjective ? "MISC" : s.type(), s.confidence()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Lower-case particles of personal names in the languages tagged (English, German, French, Spanish) and in names
   * they write from Dutch, Italian, Portuguese and Arabic.
   */
  static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "delle", "degli", "dei", "di", "da", "das",
      "do", "dos", "du", "des", "d'", "la", "le", "les", "lo", "van", "von", "vom", "der", "den", "ter", "ten", "te",
      "zu", "zum", "zur", "y", "e", "i", "bin", "ibn", "bint", "al", "el", "ben", "abu", "ould", "st.", "af", "av");

  /** Cuts a PERSON at each lower-case word that is no name particle (rule 2). */
  static List<TaggedSpan> personWords(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      if (!s.type().equals("PERSON")) {
        out.add(s);
        continue;
      }
      List<int[]> parts = new ArrayList<>(); // word runs between foreign lower-case words, offsets into text
      int partStart = -1;
      int partEnd = -1;
      boolean cut = false;
      for (Matcher w = WORD.matcher(s.surface(text)); w.find(); ) {
        String word = w.group();
        boolean foreign = word.codePoints().noneMatch(Character::isUpperCase)
            && Character.isLowerCase(word.codePointAt(0)) && !NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
        if (foreign) {
          cut = true;
          if (partStart >= 0) {
            parts.add(new int[] {partStart, partEnd});
          }
          partStart = -1;
        } else {
          partStart = partStart < 0 ? s.start() + w.start() : partStart;
          partEnd = s.start() + w.end();
        }
      }
      if (partStart >= 0) {
        parts.add(new int[] {partStart, partEnd});
      }
      if (!cut) {
        out.add(s);
        continue;
      }
      for (int[] p : parts) {
        TaggedSpan part = trimParticles(new TaggedSpan(p[0], p[1], "PERSON", s.confidence()), text);
        if (part != null && part.surface(text).codePoints().anyMatch(Character::isUpperCase)) {
          out.add(part);
        }
      }
    }
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** The part without name particles at its end ("Chirac le" -> "Chirac"); null if nothing is left. */
  private static TaggedSpan trimParticles(TaggedSpan s, String text) {
    String surface = s.surface(text);
    int end = surface.length();
    while (true) {
      int space = surface.lastIndexOf(' ', end - 1);
      if (space < 0 || !NAME_PARTICLES.contains(surface.substring(space + 1, end))) {
        break;
      }
      end = space;
    }
    return new TaggedSpan(s.start(), s.start() + end, s.type(), s.confidence());
  }

  /** "Tanya Chan of the Civic Party": 2-3 capitalised words, of/from, optional the, then a capitalised rest. */
  private static final Pattern PERSON_OF = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,2}) (?:of|from) (?:the )?(\\p{Lu}.*)$");

  /** Splits an ORGANIZATION "person of body" into a PERSON and an ORGANIZATION (rule 2). */
  static List<TaggedSpan> personOfBody(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      Matcher m = s.type().equals("ORGANIZATION") ? PERSON_OF.matcher(s.surface(text)) : null;
      boolean split = m != null && m.matches() && personName(m.group(1), lowercaseWords)
          && !taggedAlone(m.group(1), spans, text, s, "LOCATION", "ORGANIZATION")
          // Evidence that these are two names: the document names the body, or the person, on its own.
          && (taggedAlone(m.group(2), spans, text, s, "ORGANIZATION") || taggedAlone(m.group(1), spans, text, s,
          "PERSON"));
      if (!split) {
        out.add(s);
        continue;
      }
      out.add(new TaggedSpan(s.start(), s.start() + m.end(1), "PERSON", s.confidence()));
      out.add(new TaggedSpan(s.start() + m.start(2), s.end(), "ORGANIZATION", s.confidence()));
    }
    return out;
  }

  /**
   * Words that can be a person's name: the first is no word the model knows in lower case ("Bank", "University",
   * "Church"; the model's list also holds surnames seen in lower-case text, "chan", so only the first word is
   * asked), and none is written all in capitals ("IBM").
   */
  private static boolean personName(String words, Set<String> lowercaseWords) {
    String[] w = words.split(" ");
    if (lowercaseWords.contains(w[0].replaceAll("[.'’]+$", "").toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : w) {
      String bare = word.replaceAll("[.'’]+$", "");
      if (bare.length() < 2 || bare.chars().noneMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the document tags exactly these words as a mention of one of the types, other than s. */
  private static boolean taggedAlone(String words, List<TaggedSpan> spans, String text, TaggedSpan s,
      String... types) {
    return spans.stream().anyMatch(o -> o != s && List.of(types).contains(o.type()) && o.surface(text).equals(words));
  }

  /** English nouns for a person's role, written capitalised after the body's name in titles. */
  static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "official",
      "officials", "minister", "secretary", "chairman", "chairwoman", "chairperson", "president", "director",
      "commissioner", "ambassador", "envoy", "adviser", "advisor", "aide", "chief", "head", "boss", "leader",
      "correspondent", "editor", "reporter", "analyst", "economist", "governor", "mayor", "manager", "coach",
      "captain", "striker", "goalkeeper", "midfielder", "defender", "ceo", "cfo");

  /** Cuts a person's role word off the end of an ORGANIZATION (rule 4). */
  static List<TaggedSpan> roleWords(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      String surface = s.surface(text);
      int space = surface.lastIndexOf(' ');
      if (!s.type().equals("ORGANIZATION") || space < 0
          || !ROLES.contains(surface.substring(space + 1).toLowerCase(Locale.ROOT))) {
        out.add(s);
        continue;
      }
      String[] rest = surface.substring(0, space).split(" ");
      String last = rest[rest.length - 1];
      boolean afterName = Character.isUpperCase(last.codePointAt(0));
      boolean nameLeft = rest.length >= 2 || !lowercaseWords.contains(last.toLowerCase(Locale.ROOT));
      out.add(afterName && nameLeft ? new TaggedSpan(s.start(), s.start() + space, s.type(), s.confidence()) : s);
    }
    return out;
  }

  /** Drops MISC mentions holding a currency sign (Unicode category Sc: $, €, £, ¥...). */
  static List<TaggedSpan> currencies(List<TaggedSpan> spans, String text) {
    return spans.stream().filter(s -> !(s.type().equals("MISC")
        && s.surface(text).codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL))).toList();
  }

  /** ", based in" / ", headquartered in" right after a mention. */
  private static final Pattern BASED_IN = Pattern.compile("^ ?, (?:based|headquartered) in ");

  /** A MISC mention "based in" a place is an ORGANIZATION (rule 5). */
  static List<TaggedSpan> basedIn(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      boolean firm = s.type().equals("MISC")
          && BASED_IN.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 25))).find();
      out.add(firm ? new TaggedSpan(s.start(), s.end(), "ORGANIZATION", s.confidence()) : s);
    }
    return out;
  }

  /** "Mecca's Grand Mosque": a proper-name possessor, 's, then a capitalised rest (rule 3). */
  private static final Pattern POSSESSIVE = Pattern.compile("^(.*?\\p{L}[\\p{L}&.]*)['’]s (\\p{Lu}.*)$");

  /** Splits a mention at a proper-name possessive into the possessor and the rest (rule 3). */
  static List<TaggedSpan> possessives(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      // LOCATION and ORGANIZATION only: a PERSON "Campbell's Soup" is a firm the models mistyped, not two names.
      boolean named = s.type().equals("LOCATION") || s.type().equals("ORGANIZATION");
      Matcher m = named ? POSSESSIVE.matcher(s.surface(text)) : null;
      if (m == null || !m.matches()) {
        out.add(s);
        continue;
      }
      String owner = m.group(1);
      String[] ownerWords = owner.split(" ");
      String last = ownerWords[ownerWords.length - 1].toLowerCase(Locale.ROOT);
      // A proper-name possessor: tagged on its own in the document ("in Mecca"), or no word the model knows in
      // lower case ("People's", "Women's") standing somewhere without the 's ("McDonald's" never does).
      boolean ownerNamed = spans.stream().anyMatch(o -> o != s && !o.type().equals("MISC")
          && o.surface(text).equals(owner));
      if (!ownerNamed && (lowercaseWords.contains(last) || !standsWithoutPossessive(owner, text))) {
        out.add(s);
        continue;
      }
      Map<String, Double> types = new HashMap<>();
      spans.stream().filter(o -> o != s && o.surface(text).equals(owner))
          .forEach(o -> types.merge(o.type(), o.confidence(), Double::sum));
      String ownerType = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(s.type());
      out.add(new TaggedSpan(s.start(), s.start() + m.end(1), ownerType, s.confidence()));
      out.add(new TaggedSpan(s.start() + m.start(2), s.end(), s.type(), s.confidence()));
    }
    out.sort(Comparator.comparingInt(TaggedSpan::start));
    return out;
  }

  /** Whether the words stand somewhere in the text as whole words not followed by a possessive 's. */
  private static boolean standsWithoutPossessive(String words, String text) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      boolean possessive = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
      if (whole && !possessive) {
        return true;
      }
    }
    return false;
  }

  /** Positional words that make a place with a country's name rather than a body ("East Germany"). */
  private static final Set<String> POSITIONAL = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "upper", "lower", "greater", "inner", "outer", "mainland", "new", "old",
      "great", "little", "rural", "coastal", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "metropolitan", "continental", "occupied", "free");

  /** Capitalised words right before a span ("Environment ", "Fan Expo "), one space apart. */
  private static final Pattern WORDS_BEFORE = Pattern.compile("((?:\\p{Lu}\\p{Ll}+ )+)$");

  /**
   * "Environment Canada": capitalised words + a country LOCATION are one ORGANIZATION (rule 4). Countries: {@link
   * SportsRules#NATIONS} (the JDK's English ISO names and the names national sides play under).
   */
  static List<TaggedSpan> bodyBeforeCountry(List<TaggedSpan> spans, String text, Set<String> lowercaseWords) {
    List<int[]> uninformative = null; // a scan of the whole document: only once a country has a candidate body name
    Map<TaggedSpan, Integer> starts = new HashMap<>(); // country mention -> start of its body name's words
    Set<String> bodies = new java.util.HashSet<>(); // body names found inside a sentence
    List<TaggedSpan> initial = new ArrayList<>(); // ... and the sentence-initial candidates, judged by them
    for (TaggedSpan s : spans) {
      if (!s.type().equals("LOCATION") || !SportsRules.NATIONS.contains(s.surface(text).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int from = Math.max(0, s.start() - 60);
      Matcher m = WORDS_BEFORE.matcher(text.substring(from, s.start()));
      if (!m.find()) {
        continue;
      }
      String[] words = m.group(1).trim().split(" ");
      String head = words[words.length - 1].toLowerCase(Locale.ROOT); // the noun right before the country
      int at = from + m.start(1);
      // The run starts after a sentence-initial word ("The Environment Canada report": "The" is no part of it).
      if (words.length > 1 && SpanRules.sentenceStart(text, at)) {
        at += words[0].length() + 1;
      }
      final int wordStart = at;
      if (!lowercaseWords.contains(head) || POSITIONAL.contains(head)) {
        continue;
      }
      if (uninformative == null) {
        uninformative = CaseSegments.uninformativeCaseLines(text);
      }
      boolean candidate = uninformative.stream().noneMatch(r -> r[0] <= wordStart && wordStart < r[1])
          && spans.stream().noneMatch(o -> o.start() < s.start() && o.end() > wordStart);
      if (!candidate) {
        continue;
      }
      starts.put(s, wordStart);
      if (SpanRules.sentenceStart(text, wordStart)) {
        initial.add(s);
      } else {
        bodies.add(text.substring(wordStart, s.end()));
      }
    }
    // A sentence-initial word is capitalised anyway ("Visit Canada"): there the name must be one the document
    // also writes inside a sentence ("a sensitive Environment Canada document ... Environment Canada said").
    for (TaggedSpan s : initial) {
      if (!bodies.contains(text.substring(starts.get(s), s.end()))) {
        starts.remove(s);
      }
    }
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      Integer at = starts.get(s);
      out.add(at == null ? s : new TaggedSpan(at, s.end(), "ORGANIZATION", s.confidence()));
    }
    return out;
  }
}
