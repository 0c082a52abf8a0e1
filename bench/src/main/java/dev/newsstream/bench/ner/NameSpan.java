package dev.newsstream.bench.ner;

import dev.newsstream.bench.ner.ConlluEntityReader.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The name inside one GUM mention, as CoNLL-style NER marks it: [start, end) offsets of the proper-noun run around
 * the mention's head, without titles, determiners or a possessive. Rules and their reasons are listed on
 * {@link ConlluEntityReader}. Empty when the mention is not named (its head is a common noun or a pronoun).
 */
record NameSpan(int start, int end, Token head) {

  /** As {@link #of(List, boolean, String)} for a mention without an identity. */
  static Optional<NameSpan> of(List<Token> mention, boolean person) {
    return of(mention, person, "");
  }

  /**
   * @param mention the mention's words in order (one sentence)
   * @param person whether it is a person mention (its name takes no "of"/"and")
   * @param identity GUM's Wikipedia name of the mention ("Barack_Obama"), "" if none: trims a person's titles
   *     on the left (words before the first one the identity spells)
   */
  static Optional<NameSpan> of(List<Token> mention, boolean person, String identity) {
    Map<Integer, Token> byId = new HashMap<>();
    mention.forEach(t -> byId.put(t.id(), t));
    Token head = null;
    for (Token t : mention) {
      if (!byId.containsKey(t.head())) {
        head = t;
        break;
      }
    }
    if (head != null && !properNoun(head)) {
      head = describedName(mention, head);
    }
    if (head == null || !properNoun(head)) {
      return Optional.empty();
    }
    int h = mention.indexOf(head);
    int a = h;
    int b = h;
    while (true) {
      int next = extend(mention, byId, head, a, -1, person);
      if (next == a) {
        break;
      }
      a = next;
    }
    while (true) {
      int next = extend(mention, byId, head, b, +1, person);
      if (next == b) {
        break;
      }
      b = next;
    }
    if (person && !identity.isBlank()) {
      java.util.Set<String> words = java.util.Set.of(words(identity));
      // Only on the left, where English puts titles: the identity often spells the rest otherwise ("Kwong
      // Chun-yu" is Roy_Kwong, "Chris Gregoire" Christine_Gregoire).
      while (a <= b && !inIdentity(mention.get(a), words)) {
        a++;
      }
      if (a > b) {
        return Optional.empty();
      }
    }
    return Optional.of(new NameSpan(mention.get(a).start(), mention.get(b).end(), head));
  }

  /**
   * The name a descriptor noun introduces ("student Ahmed Mohamed": GUM's head is "student", the name hangs on it
   * as flat or appos): its first proper-noun flat/appos dependent, or {@code head} when there is none.
   */
  private static Token describedName(List<Token> mention, Token head) {
    for (Token t : mention) {
      if (t.head() == head.id() && properNoun(t) && (t.deprel().startsWith("flat") || t.deprel().startsWith("appos"))) {
        return t;
      }
    }
    return head;
  }

  /** Lower-case words of a name, split at underscores, spaces, hyphens and dots: "L._Ron_Hubbard" -> l, ron, hubbard. */
  private static String[] words(String name) {
    return java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split("[_\\s.\\-,()]+"))
        .filter(w -> !w.isEmpty()).distinct().toArray(String[]::new);
  }

  /**
   * Whether some word of the token starts a word of the identity or is started by one: a short form counts
   * ("Chris" of Christine_Gregoire, "Cres" of Creswell_Eastman). Punctuation alone is no word, so false.
   */
  private static boolean inIdentity(Token t, java.util.Set<String> identity) {
    for (String part : words(t.form())) {
      for (String w : identity) {
        if (w.startsWith(part) || part.startsWith(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The scored type of a mention of GUM type {@code type} (already mapped) whose name has this head: a plural
   * proper person mention ("Muslims", "Afghans") names a group or nationality, CoNLL's MISC.
   */
  static String type(String type, Token head) {
    boolean plural = head.xpos().equals("NNPS") || head.feats().contains("Number=Plur");
    return type.equals("PERSON") && plural ? "MISC" : type;
  }

  /**
   * From the name's edge {@code at}, the index of the next name word in direction {@code step} (skipping one run
   * of connectors such as "of the" or a hyphen), or {@code at} when the name ends there.
   */
  private static int extend(List<Token> mention, Map<Integer, Token> byId, Token head, int at, int step,
      boolean person) {
    int i = at + step;
    // A person's name has no "of"/"and" inside: "Cheng Chung-tai of Civic Passion" is a person and a party.
    while (i >= 0 && i < mention.size() && connector(mention, i) && (!person || hyphen(mention.get(i)))) {
      i += step;
    }
    if (i < 0 || i >= mention.size()) {
      return at;
    }
    Token t = mention.get(i);
    if (!properNoun(t) || title(t, byId, head)) {
      return at;
    }
    boolean skipped = i != at + step;
    // "Britain and France": a coordinated name is a second entity, not part of this one.
    if (skipped && t.deprel().startsWith("conj")) {
      return at;
    }
    // Left of the head only modifiers that are part of the name ("United States Navy", "New York"), not another
    // name the parser hangs on it ("Ambassador to the United States Hamdullah Mohib": "States" is an nmod).
    if (step < 0 && !nameInternal(t, byId, head)) {
      return at;
    }
    return i;
  }

  private static boolean hyphen(Token t) {
    return t.xpos().equals("HYPH");
  }

  /** Every relation on the way up to the head is compound, flat or amod (and their subtypes). */
  private static boolean nameInternal(Token t, Map<Integer, Token> byId, Token head) {
    Token u = t;
    for (int guard = 0; u != null && u != head && guard < 64; guard++) {
      String rel = u.deprel();
      if (!(rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("amod"))) {
        return false;
      }
      u = byId.get(u.head());
    }
    return u == head;
  }

  /** By the fine tag: GUM's UPOS says VERB for "United" (States) and ADJ for some name parts, the XPOS says NNP. */
  private static boolean properNoun(Token t) {
    return t.xpos().startsWith("NNP");
  }

  /** Lower-case function words and hyphens that join the parts of one name: "Church of Scientology", "El-Hassan". */
  private static boolean connector(List<Token> mention, int i) {
    Token t = mention.get(i);
    String f = t.form();
    boolean lower = !f.isEmpty() && Character.isLowerCase(f.charAt(0));
    return switch (t.upos()) {
      case "ADP", "DET", "CCONJ" -> lower || f.equals("&");
      // Only a hyphen glued to both neighbours; " - " is a dash between two things.
      case "PUNCT" -> t.xpos().equals("HYPH") && i > 0 && i + 1 < mention.size()
          && mention.get(i - 1).end() == t.start() && mention.get(i + 1).start() == t.end();
      default -> false;
    };
  }

  /** A title or description on the name ("President", "U.S. Ambassador"): in a subtree the head marks nmod:desc. */
  private static boolean title(Token t, Map<Integer, Token> byId, Token head) {
    Token u = t;
    for (int guard = 0; u != null && u != head && guard < 64; guard++) {
      if (u.head() == head.id() && u.deprel().equals("nmod:desc")) {
        return true;
      }
      u = byId.get(u.head());
    }
    return false;
  }
}
