package dev.newsstream.streams.enrich;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tagged mentions -> document entities: confirms mentions named by the page's tags, drops the unsure ones, gives
 * each mention its canonical name within the document and groups mentions of one entity with their count.
 *
 * <p>Canonical name: a tagged abbreviation takes its long form ("EU" -> "European Union"); a name that is part of
 * exactly one longer name of the same type takes that name ("Rubio" -> "Marco Rubio"; ambiguous "Trump" with both
 * "Donald Trump" and "Melania Trump" keeps its own). Part of means, for a person, its words in the same order
 * (surname, first and last name); for an organisation or other name, its first words ("Ford" -> "Ford Motor"), or
 * its last words when they are the head of the longer name ("Commission" -> "European Commission"), not the
 * complement after a preposition ("Gobierno" is not "Casa de Gobierno", "Derechos Humanos" not "Asamblea
 * Permanente por los Derechos Humanos"); an acronym is linked to a long form only by a tag ("AI" is not "AlphaGo
 * AI"); and a name with a word glued to the one before it ("Chirac àJean-Paul Delevoye", a page missing a space)
 * is nobody's canonical. Places keep their own name (see longerNameContaining). Mentions whose canonical names agree but whose types
 * differ take the type with the most total confidence, so one entity has one type. Mentions that differ only in case
 * are one name, written as its first mention that is not all capitals ("JAKARTA (Reuters) -" then "in Jakarta":
 * "Jakarta"): a dateline or headline in capitals says nothing about how the name is spelt; an acronym ("NATO")
 * written only in capitals keeps them.
 */
final class EntityResolver {
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "la");
  /**
   * Prepositions and articles that join a name's head to its complement in the languages with a model ("Casa de
   * Gobierno", "Liga por los Derechos Humanos", "Bank of England", "Institut für Weltwirtschaft"): the words after
   * them are a complement, which names something else.
   */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "in", "on", "at", "de", "del",
      "la", "las", "los", "el", "por", "para", "y", "en", "des", "du", "le", "les", "et", "à", "au", "aux", "der",
      "die", "das", "den", "dem", "von", "vom", "für", "und", "zu", "zur", "zum", "im");
  /** A lower-case letter directly followed by a capital starting a word-internal name: "àJean" (a lost space). */
  private static final Pattern GLUED_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}{1,3}\\p{Lu}\\p{Ll}");

  private EntityResolver() {}

  /** Boost for a mention a tag confirms: halves the model's doubt (0.6 -> 0.8), never lowers it. */
  static double confirmed(double confidence) {
    return 1.0 - (1.0 - confidence) / 2.0;
  }

  static List<Entity> resolve(List<TaggedSpan> spans, String text, TagEvidence evidence, double minConfidence) {
    // 1. Evidence from tags, then the confidence floor.
    Map<String, Name> names = new LinkedHashMap<>();
    // A document names most entities several times: each distinct surface is normalised (two regex passes) and
    // checked against the tags once (session 10: ~2 % of NER CPU went to repeating both per mention).
    Map<String, String> normalised = new HashMap<>();
    Map<String, Boolean> confirmedBy = new HashMap<>();
    for (TaggedSpan span : spans) {
      String surface = span.surface(text);
      double c = confirmedBy.computeIfAbsent(surface, evidence::confirms) ? confirmed(span.confidence())
          : span.confidence();
      if (c < minConfidence) {
        continue;
      }
      String key = span.type() + '\u0000' + normalised.computeIfAbsent(surface, TagEvidence::normalise);
      Name name = names.computeIfAbsent(key, k -> new Name(span.type(), surface));
      name.mentions.add(span.withConfidence(c));
      if (allCaps(name.surface) && !allCaps(surface)) {
        name.surface = surface; // "JAKARTA (Reuters) -" then "in Jakarta": the name is "Jakarta"
      }
    }
    // 2. Canonical names; longer names first so a short one can take a long one's canonical.
    List<Name> byLength = new ArrayList<>(names.values());
    byLength.sort(Comparator.comparingInt((Name n) -> -n.tokens.size()));
    for (Name n : byLength) {
      n.canonical = evidence.longFormOf(n.surface).map(longForm -> casedAsInText(longForm, text))
          .orElseGet(() -> longerNameContaining(n, byLength));
    }
    // 3. One type per canonical name, the one with the most confidence behind it.
    Map<String, Map<String, Double>> typeWeights = new HashMap<>();
    for (Name n : byLength) {
      double weight = n.mentions.stream().mapToDouble(TaggedSpan::confidence).sum();
      typeWeights.computeIfAbsent(normalised.computeIfAbsent(n.canonical, TagEvidence::normalise),
          k -> new HashMap<>()).merge(n.type, weight, Double::sum);
    }
    // 4. Group the mentions of each (canonical, type).
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Name n : names.values()) {
      String key = normalised.computeIfAbsent(n.canonical, TagEvidence::normalise);
      String type = typeWeights.get(key).entrySet().stream()
          .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
      groups.computeIfAbsent(key, k -> new Group(n.canonical, type)).mentions.addAll(n.mentions);
    }
    List<Entity> out = new ArrayList<>();
    for (Group g : groups.values()) {
      g.mentions.sort(Comparator.comparingInt(TaggedSpan::start));
      TaggedSpan first = g.mentions.get(0);
      List<Mention> mentions = g.mentions.stream().map(s -> new Mention(s.start(), s.end())).toList();
      out.add(Entity.newBuilder().setText(first.surface(text)).setType(g.type).setCanonical(g.canonical)
          .setCount(mentions.size()).setMentions(mentions)
          .setConfidence(g.mentions.stream().mapToDouble(TaggedSpan::confidence).max().orElse(0)).build());
    }
    out.sort(Comparator.comparingInt(e -> e.getMentions().get(0).getStart()));
    return out;
  }

  private static String longerNameContaining(Name n, List<Name> all) {
    if (n.type.equals("LOCATION")) {
      // A place inside a longer place name is usually another place: "Washington" (the state, or a dateline)
      // beside "Washington D.C.", "Sudan" beside "South Sudan", "Mexico" beside "New Mexico". A person's
      // surname or an organisation's short name, on the other hand, does refer to the full name.
      return n.surface;
    }
    if (!n.type.equals("PERSON") && n.tokens.size() == 1 && allCaps(n.surface)) {
      return n.surface; // an acronym: its long form comes from a tag, not from a longer name holding it
    }
    Set<String> canonicals = new LinkedHashSet<>();
    for (Name other : all) {
      if (other != n && other.type.equals(n.type) && other.tokens.size() > n.tokens.size()
          && !GLUED_WORD.matcher(other.surface).find() && partOf(n.tokens, other.tokens, n.type)) {
        canonicals.add(other.canonical);
      }
    }
    return canonicals.size() == 1 ? canonicals.iterator().next() : n.surface;
  }

  /**
   * Whether a name of {@code shorter} words refers to the longer name: for a PERSON, its words in order ("Rubio",
   * "Donald Trump" of "Donald J. Trump"); otherwise its leading words, or its trailing words not preceded by a
   * connector (the head "Commission" of "European Commission", not "Gobierno" of "Casa de Gobierno").
   */
  static boolean partOf(List<String> shorter, List<String> longer, String type) {
    int k = shorter.size();
    if (type.equals("PERSON")) {
      int i = 0;
      for (String w : longer) {
        if (i < k && w.equals(shorter.get(i))) {
          i++;
        }
      }
      return i == k;
    }
    if (longer.subList(0, k).equals(shorter)) {
      return true;
    }
    int from = longer.size() - k;
    return longer.subList(from, longer.size()).equals(shorter) && !CONNECTORS.contains(longer.get(from - 1));
  }

  /** The long form as the text writes it ("European Union"), else title-cased from the tag. */
  private static String casedAsInText(String longForm, String text) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(longForm) + "\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    if (m.find()) {
      return m.group();
    }
    StringBuilder sb = new StringBuilder();
    for (String w : longForm.split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(!sb.isEmpty() && SMALL_WORDS.contains(w) ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return sb.toString();
  }

  /**
   * Whether a surface has letters and none in lower case ("JAKARTA", "LOS ANGELES", "NATO"): case says nothing about
   * how the name is written, so a mixed-case mention of the same letters in the document gives its form.
   */
  static boolean allCaps(String surface) {
    boolean letters = false;
    for (int i = 0; i < surface.length(); i++) {
      char ch = surface.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letters |= Character.isLetter(ch);
    }
    return letters;
  }

  /** One distinct surface name of one type, e.g. PERSON "Rubio", with its mentions. */
  private static final class Name {
    final String type;
    String surface;
    final List<String> tokens;
    final List<TaggedSpan> mentions = new ArrayList<>();
    String canonical;

    Name(String type, String surface) {
      this.type = type;
      this.surface = surface;
      this.tokens = List.of(TagEvidence.normalise(surface).split("[\\s\\p{Punct}]+"));
    }
  }

  private static final class Group {
    final String canonical;
    final String type;
    final List<TaggedSpan> mentions = new ArrayList<>();

    Group(String canonical, String type) {
      this.canonical = canonical;
      this.type = type;
    }
  }
}
