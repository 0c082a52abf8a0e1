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
 * Span repairs for the German, French and Spanish CRFs, whose tokenizers split at hyphens and keep words glued by a
 * missing space whole (review 8, #4 and #5). Pure functions of (spans, text); offsets into text; the only word lists
 * are closed-class words (articles, determiners, prepositions). Cost: one pass over the sorted mentions, plus, for
 * {@link #compoundModifiers}, a map of the document's standalone mentions.
 */
final class CasedSpanRules {
  private CasedSpanRules() {}

  /** Hyphens that join the parts of one word (not the spaced dashes between two names, "Berlin – Paris"). */
  private static final String HYPHENS = "-\u2010\u2011";
  /**
   * Prepositions, conjunctions and articles (French, Spanish, German) that a page glues to the next word when a space
   * is lost in its markup ("àJean-Paul Delevoye"). Left out on purpose: single ASCII letters ("iPhone", "eBay", "iOS"
   * open with them) and the particles that camel-cased surnames open with ("Neil deGrasse Tyson", "duPont", "la",
   * "le", "del", "el", "von", "al"): no name opens with "à", "pour", "und" or "der" written in lower case.
   */
  private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:à|au|aux|et|en|par|pour|sur|avec|chez|dans"
      + "|con|por|para|der|die|das|den|dem|und|mit|zum|zur|im|am|für|bei|beim|nach)(?=\\p{Lu})");
  /**
   * German articles and determiners (with the prepositions that contain an article): standard German news writes no
   * article before a person's name, so a one-word PERSON right after one is a capitalised common noun ("die Hacker").
   */
  static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
      "einer", "eines", "einem", "einen", "kein", "keine", "keiner", "keines", "keinem", "keinen", "dieser", "diese",
      "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen", "jeder", "jede", "jedes", "jedem",
      "jeden", "welcher", "welche", "welches", "alle", "allen", "aller", "beide", "beiden", "viele", "vielen",
      "einige", "einigen", "mehrere", "mehreren", "manche", "manchen", "sein", "seine", "seiner", "seines", "seinem",
      "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "unser", "unsere", "unserer", "unseren", "vom",
      "zum", "zur", "beim", "im", "am", "ins");

  /**
   * Cuts a lower-case article or preposition glued to a capital off a mention ("àJean-Paul Delevoye" -> "Jean-Paul
   * Delevoye"), and splits a mention at such a glued word inside it ("Jacques Chirac àJean-Paul Delevoye" -> "Jacques
   * Chirac", "Jean-Paul Delevoye"): the missing space hid the word boundary from the tokenizer, and the glued word
   * (a preposition) is what separates two names. Both parts keep the type and confidence; a part without a capital is
   * dropped. Only PERSON and LOCATION mentions: people and places are never written with a lower-case head, while
   * organisations and products are ("elDiario.es", "eBay"). "McDonald", "von der Leyen" (spaces kept) are untouched.
   */
  static List<TaggedSpan> gluedWords(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      if (!s.type().equals("PERSON") && !s.type().equals("LOCATION")) {
        out.add(s);
        continue;
      }
      Matcher m = GLUED.matcher(text).region(s.start(), s.end());
      int from = s.start();
      while (m.find()) {
        addPart(out, text, from, m.start(), s);
        from = m.end();
      }
      if (from == s.start()) {
        out.add(s);
      } else {
        addPart(out, text, from, s.end(), s);
      }
    }
    return out;
  }

  private static void addPart(List<TaggedSpan> out, String text, int from, int to, TaggedSpan s) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
      to--;
    }
    if (to > from && text.substring(from, to).chars().anyMatch(Character::isUpperCase)) {
      out.add(new TaggedSpan(from, to, s.type(), s.confidence()));
    }
  }

  /**
   * Joins mentions of one type that only a hyphen separates, each part after it capitalised ("Nordrhein" +
   * "Westfalen" -> "Nordrhein-Westfalen" LOCATION; also when the hyphen was tagged with either part): a hyphen with
   * no space around it makes one word of its parts, so the run is one name (Baden-Württemberg, Kramp-Karrenbauer).
   * Confidence: the smaller. Not joined: parts of different types, spaced dashes ("Berlin - Paris"), and a run that
   * a hyphen continues into a further word ("Merkel-Macron-Treffen": its parts are the modifiers of a compound noun,
   * two names, see {@link #compoundModifiers}).
   */
  static List<TaggedSpan> hyphenRuns(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(TaggedSpan::start));
    List<TaggedSpan> out = new ArrayList<>(sorted.size());
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && hyphenJoined(sorted.get(j), sorted.get(j + 1), text)) {
        j++;
      }
      TaggedSpan first = sorted.get(i);
      TaggedSpan last = sorted.get(j);
      if (j > i && !compoundContinues(text, last.end())) {
        double c = sorted.subList(i, j + 1).stream().mapToDouble(TaggedSpan::confidence).min().orElseThrow();
        out.add(new TaggedSpan(first.start(), last.end(), first.type(), c));
      } else {
        out.addAll(sorted.subList(i, j + 1));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean hyphenJoined(TaggedSpan a, TaggedSpan b, String text) {
    if (!a.type().equals(b.type()) || b.start() < a.end()) {
      return false;
    }
    String gap = text.substring(a.end(), b.start());
    int after;
    if (gap.length() == 1 && HYPHENS.indexOf(gap.charAt(0)) >= 0) {
      after = b.start();
    } else if (gap.isEmpty() && HYPHENS.indexOf(text.charAt(a.end() - 1)) >= 0) {
      after = b.start();
    } else if (gap.isEmpty() && HYPHENS.indexOf(text.charAt(b.start())) >= 0 && b.end() > b.start() + 1) {
      after = b.start() + 1;
    } else {
      return false;
    }
    int hyphen = after - 1;
    return hyphen > 0 && Character.isLetter(text.charAt(hyphen - 1)) && Character.isUpperCase(text.charAt(after));
  }

  /** Whether a hyphen at {@code end} joins the word there to a further one ("Benn|-Gesetz"). */
  private static boolean compoundContinues(String text, int end) {
    return end + 1 < text.length() && HYPHENS.indexOf(text.charAt(end)) >= 0 && Character.isLetter(text.charAt(end + 1))
        && end > 0 && Character.isLetter(text.charAt(end - 1));
  }

  /**
   * German: a LOCATION that is the first part of a hyphenated compound noun ("Benn" from "Benn-Gesetz", "Corona"
   * from "Corona-Pandemie"): the compound is a common noun, and the model types its first part without the context
   * that usually tells a name's type (the review saw "Benn" LOCATION). It stays only when the document names the same
   * words on their own (not as a compound part), and then takes the type they have there (after "Gottfried Benn",
   * "Benn" of "Benn-Gesetz" is a PERSON); else it is dropped: a place the article is about is named on its own
   * somewhere too ("in der Ukraine"), and a lone compound part is the guess the review found wrong. The cost: a place
   * named only inside compounds is lost ("Deutschland-Chef" on a page without "Deutschland"). Other types stay as
   * tagged: "Merkel-Regierung" is Merkel's government, "Labour-Abgeordnete" are Labour's members, "iPhone-Nutzer" use
   * the product: mentions an analyst counting them expects counted (German news names people, parties, firms and
   * products this way all the time: "SPD-Chef", "Rheinmetall-Daten").
   */
  static List<TaggedSpan> compoundModifiers(List<TaggedSpan> spans, String text) {
    Map<String, String> standalone = new HashMap<>();
    for (TaggedSpan s : spans) {
      if (!compoundContinues(text, s.end())) {
        String surface = s.surface(text);
        standalone.putIfAbsent(surface, s.type());
        // The last word of a full name stands for the name: "Gottfried Benn" makes "Benn" a PERSON.
        int space = surface.lastIndexOf(' ');
        if (space > 0 && s.type().equals("PERSON")) {
          standalone.putIfAbsent(surface.substring(space + 1), s.type());
        }
      }
    }
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      if (!compoundContinues(text, s.end()) || !s.type().equals("LOCATION")) {
        out.add(s);
        continue;
      }
      String type = standalone.get(s.surface(text));
      if (type != null) {
        out.add(new TaggedSpan(s.start(), s.end(), type, s.confidence()));
      }
    }
    return out;
  }

  /**
   * German: a one-word PERSON whose word the document writes right after an article or determiner
   * ({@link #GERMAN_DETERMINERS}: "die Hacker", "eines Hackers"), or after an indefinite article and adjectives
   * ("von einem ihm bekannten Hacker"), is a capitalised common noun, dropped wherever it
   * stands ("nachdem Hacker die Daten kopiert" too, once "der Hacker selbst" showed what the word is): German
   * capitalises every noun, and standard news writes no article before a surname. Not counted as an article: "der",
   * "die", "das", "dem", "den", "welche..." right after a comma, where they open a relative clause ("die Reform, die
   * Merkel einführte"). Kept: a PERSON that opens a compound ("der Merkel-Regierung": the article is the
   * compound's), a full name ("die Kanzlerin Angela Merkel" has a noun between), and a name after other words.
   */
  static List<TaggedSpan> articlePersons(List<TaggedSpan> spans, String text) {
    java.util.Set<String> afterArticle = null;
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      String word = s.surface(text);
      if (s.type().equals("PERSON") && word.chars().allMatch(Character::isLetter) && !compoundContinues(text, s.end())) {
        if (afterArticle == null) {
          afterArticle = wordsAfterArticles(text);
        }
        if (afterArticle.contains(word)) {
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** Articles and determiners that are also relative pronouns (after a comma they open a clause). */
  private static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "welcher", "welche",
      "welches");
  /** A determiner, up to three lower-case words, then one capitalised word that no hyphen continues. */
  private static final Pattern ARTICLE_NOUN = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)((?:[ \\t]+\\p{Ll}+){0,3})"
      + "[ \\t]+(\\p{Lu}\\p{L}*)(?![\\p{L}\\p{N}" + HYPHENS + "])");
  /** Indefinite articles: never relative pronouns, so also counted with adjectives between ("einem bekannten"). */
  private static final Pattern INDEFINITE = Pattern.compile("k?ein(?:e|er|es|em|en)?");
  /** The endings of a German attributive adjective ("bekannten", "neue"). */
  private static final Pattern ADJECTIVE = Pattern.compile(".*\\p{Ll}(?:e|en|er|es|em)");

  /** The capitalised words the text writes right after a determiner that is no relative pronoun. */
  private static java.util.Set<String> wordsAfterArticles(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    Matcher m = ARTICLE_NOUN.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String article = m.group(1).toLowerCase(Locale.ROOT);
      from = m.start(1) + m.group(1).length() + 1;
      String between = m.group(2).strip();
      if (!GERMAN_DETERMINERS.contains(article) || !between.isEmpty() && !(INDEFINITE.matcher(article).matches()
          && ADJECTIVE.matcher(between).matches())) {
        continue;
      }
      int before = m.start(1);
      while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
        before--;
      }
      if (RELATIVE.contains(article) && before > 0 && text.charAt(before - 1) == ',') {
        continue;
      }
      out.add(m.group(3));
    }
    return out;
  }

  /**
   * German product lists (review 10, #6): a plural model noun and a list of two or more capitalised names joined by
   * commas, "und" or "oder" ("gepanzerte Fahrzeuge wie die Modelle Fuchs, Boxer, Yak und Scout"). Not "Typen"
   * (colloquially "guys"), nor a single name after a singular noun ("das Modell Deutschland").
   */
  private static final Pattern PRODUCT_LIST = Pattern.compile("(?<!\\p{L})(?:Modelle|Baureihen|Varianten|Versionen) "
      + "(\\p{Lu}[\\p{L}\\d-]*(?:(?:, | und | oder )\\p{Lu}[\\p{L}\\d-]*)+)");

  /**
   * One-word PERSON, ORGANIZATION or LOCATION mentions inside a German product list ({@link #PRODUCT_LIST}) are the
   * products' names: MISC (the list's head says what they are; the model read "Fuchs" as a surname). German only.
   */
  static List<TaggedSpan> productLists(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = null;
    for (Matcher m = PRODUCT_LIST.matcher(text); m.find(); ) {
      for (int i = 0; i < spans.size(); i++) {
        TaggedSpan s = spans.get(i);
        if (s.start() >= m.start(1) && s.end() <= m.end(1) && !s.type().equals("MISC")
            && s.surface(text).codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
          out = out == null ? new ArrayList<>(spans) : out;
          out.set(i, new TaggedSpan(s.start(), s.end(), "MISC", s.confidence()));
        }
      }
    }
    return out == null ? spans : out;
  }
}
