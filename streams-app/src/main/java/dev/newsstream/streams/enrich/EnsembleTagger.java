package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * English NER from three Stanford CRF models, each where it is strongest (Finkel et al. 2005; models from CoreNLP):
 * <ol>
 *   <li>the cased 3-class model (english.all.3class.distsim) tags PERSON/ORGANIZATION/LOCATION in ordinary text;
 *   <li>the CoNLL 4-class model (english.conll.4class.distsim) is a second opinion: where both tag a name the
 *       span is the 3-class one, the type that of the surer model and the confidence 1 - (1-p1)(1-p2) (either
 *       found it); MISC mentions (nationalities "Russian", events, products) come from it alone, and a one-word
 *       3-class ORGANIZATION it tags MISC is MISC ({@link #adjective});
 *   <li>the caseless 3-class model (english.all.3class.caseless.distsim) reads the lines where case says nothing
 *       (all-caps and title-case headlines, results tables: {@link CaseSegments}) and judges a one-word name at
 *       the start of a sentence, where every word is capitalised ("Harbour master Olga Brennan said"): it stays
 *       only if the caseless model also tags it or the document names it elsewhere ("Tusk told" after "Donald
 *       Tusk").
 * </ol>
 * Then a one-word organisation after an untagged "Title of" ("State" in "Secretary of State Marco Rubio",
 * "Defence" in "Minister of Defence") is part of a title, not a name, and is dropped; a dateline's place
 * ("ABU DHABI (Reuters) -") is a LOCATION and the agency it credits ("MOSCOW (Sputnik) -") an ORGANIZATION; a
 * name repeated back to back, which the models' IO labels merge ("Real Madrid Real Madrid"), is two mentions; then
 * {@link SpanRules} (line breaks, lower-case junk, "X of Y" persons, acronyms, surnames). Either extra model may be null (skipped).
 * The cased models skip sentences that can only hold a known-lowercase first word ({@link NameGate}).
 * Thread-safe as NerTagger is. Heap: 3-class 111 MB, 4-class 75 MB, caseless 121 MB (docs/NER.md).
 */
public final class EnsembleTagger implements SpanTagger {
  /** Confidence of a dateline's place: the convention is reliable, but not every capitalised line opener is one. */
  static final double DATELINE_CONFIDENCE = 0.9;

  private final NerTagger cased;
  private final NerTagger second;
  private final NerTagger caseless;
  /** Words the 3-class model saw in lower case in training (CoreNLP's getKnownLCWords); empty without caseless. */
  private final java.util.Set<String> lowercaseWords;
  /** Sentences the cased models skip ({@link NameGate}); null = read every sentence. */
  private final NameGate gate;

  /**
   * @param cased the main model (3-class)
   * @param second a second model with MISC (4-class), or null
   * @param caseless a caseless model, or null
   */
  public EnsembleTagger(NerTagger cased, NerTagger second, NerTagger caseless) {
    this(cased, second, caseless, NameGate.enabled());
  }

  /** @param gated whether the cased models skip sentences by {@link NameGate} (only with a caseless model) */
  EnsembleTagger(NerTagger cased, NerTagger second, NerTagger caseless, boolean gated) {
    this.cased = cased;
    this.second = second;
    this.caseless = caseless;
    this.lowercaseWords = caseless != null ? cased.knownLowercaseWords() : java.util.Set.of();
    this.gate = gated && caseless != null ? new NameGate(lowercaseWords) : null;
  }

  @Override
  public List<String> types() {
    List<String> out = new ArrayList<>(cased.types());
    if (second != null) {
      second.types().stream().filter(t -> !out.contains(t)).forEach(out::add);
    }
    return out;
  }

  @Override
  public NerTagger.Tagging tag(String text) {
    List<int[]> caseLines = caseless == null ? List.of() : CaseSegments.uninformativeCaseLines(text);
    String casedText = caseLines.isEmpty() ? text : CaseSegments.mask(text, caseLines, false);
    // One tokenization for both cased models when they split alike (the English ones do): ~10% of the stage's CPU.
    var split = cased.split(casedText);
    int tokens = split.stream().mapToInt(List::size).sum();
    if (gate != null) {
      var inside = NameGate.capitalisedInside(split);
      split = split.stream().filter(s -> gate.mayName(s, inside)).toList();
    }
    NerTagger.Tagging main = cased.tag(casedText, split);
    List<TaggedSpan> spans = main.spans();
    if (second != null) {
      spans = combine(spans, (second.splitsLike(cased) ? second.tag(casedText, split) : second.tag(casedText)).spans(),
          text);
    }
    if (caseless != null) {
      spans = new ArrayList<>(spans);
      List<TaggedSpan> all = spans;
      spans.removeIf(s -> sentenceInitialWord(s, casedText) && !namedElsewhere(s, all, casedText)
          && !capitalisedAnyway(s, casedText, lowercaseWords) && !caselessAgrees(s, casedText));
      if (!caseLines.isEmpty()) {
        NerTagger.Tagging caps = caseless.tag(CaseSegments.mask(text, caseLines, true));
        spans.addAll(caps.spans());
        tokens += caps.tokens();
      }
    }
    spans = titleFragments(spans, text);
    spans = datelines(spans, text);
    spans = splitRepeats(spans, text);
    spans = SpanRules.apply(spans, text, lowercaseWords);
    spans = propagate(spans, text);
    // Again on what propagation added: a head tagged alone elsewhere ("the Church said") reaches an untagged "Church
    // of Scientology" only now (GenericHeadRules; one pass over the mentions).
    spans = GenericHeadRules.genericHeads(spans, text, lowercaseWords);
    spans.sort(Comparator.comparingInt(TaggedSpan::start));
    return new NerTagger.Tagging(spans, tokens);
  }

  /** The main model's spans with the second model's opinion (rules in the class comment); pure. */
  static List<TaggedSpan> combine(List<TaggedSpan> main, List<TaggedSpan> other, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan m : main) {
      TaggedSpan best = null;
      for (TaggedSpan o : other) {
        if (overlap(m, o) && (best == null || o.confidence() > best.confidence())) {
          best = o;
        }
      }
      if (best == null) {
        out.add(m);
      } else {
        // The type stays the 3-class model's, the better of the two on PER/ORG/LOC (GUM dev: letting the surer
        // model choose made 18 more type errors than it fixed), unless that model is unsure by itself and the
        // other surer: "Donbas" is PERSON 0.41 to one model and LOCATION 0.43 to the other: a LOCATION, at 0.66
        // since either found a name there.
        boolean unsure = m.confidence() < 0.5 && best.confidence() > m.confidence() && !best.type().equals("MISC");
        double either = 1 - (1 - m.confidence()) * (1 - best.confidence());
        out.add(new TaggedSpan(m.start(), m.end(), adjective(m, best, text) ? "MISC" : unsure ? best.type() : m.type(),
            either));
      }
    }
    for (TaggedSpan o : other) {
      if (o.type().equals("MISC") && main.stream().noneMatch(m -> overlap(m, o))) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Review 10 (#6): one word the 3-class model calls an ORGANIZATION and the 4-class model, over exactly that word,
   * MISC ("French" in "French President Emmanuel Macron", "the French interior ministry") is a nationality or
   * other adjective: the 3-class model has no MISC type, so ORGANIZATION is only its nearest one, while the model
   * that has MISC chose it, the word has an English demonym ending ({@link NameBoundaryRules#DEMONYM})
   * and the document writes it only before another word, where an adjective stands. A body's name the 4-class
   * model calls MISC fails the ending or stands alone ("Wikinews interviewed": GUM dev lost 8 Wikinews
   * ORGANIZATIONs without the ending), and a longer name ("French Open") or a different span keeps the 3-class type.
   */
  static boolean adjective(TaggedSpan main, TaggedSpan other, String text) {
    String word = main.surface(text);
    if (!main.type().equals("ORGANIZATION") || !other.type().equals("MISC") || main.start() != other.start()
        || main.end() != other.end() || !NameBoundaryRules.DEMONYM.matcher(word).matches()) {
      return false;
    }
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (whole && !(end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLetter(text.charAt(end + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** A one-word span that starts a sentence: first in the text, on its line, or after . ! ? (and a quote). */
  static boolean sentenceInitialWord(TaggedSpan s, String text) {
    if (s.surface(text).contains(" ")) {
      return false;
    }
    int i = s.start() - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"'
        || text.charAt(i) == '“' || text.charAt(i) == '\'')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
  }

  /**
   * Whether the word is also (part of) a tagged name where case does tell, i.e. not at a sentence start: "Tusk told"
   * after "Donald Tusk"; not "Harbour master" after the headline "Harbour ferries to run".
   */
  static boolean namedElsewhere(TaggedSpan s, List<TaggedSpan> spans, String text) {
    String word = s.surface(text);
    return spans.stream().anyMatch(o -> o != s && !sentenceInitialWord(o, text)
        && java.util.Arrays.asList(o.surface(text).split(" ")).contains(word));
  }

  /**
   * A sentence-initial MISC word the 3-class model never saw in lower case ("German Chancellor Helmut Kohl",
   * "Russian officials said"): a nationality or event name is capitalised wherever it stands, so its first place
   * in a sentence says nothing against it; the caseless model has no MISC to agree with. ("Harbour", seen as
   * "harbour" in training, is still judged.)
   */
  static boolean capitalisedAnyway(TaggedSpan s, String text, java.util.Set<String> lowercaseWords) {
    return s.type().equals("MISC") && !lowercaseWords.contains(s.surface(text).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the caseless model, reading the sentence that starts with s, also tags s's word. */
  private boolean caselessAgrees(TaggedSpan s, String text) {
    int end = s.end();
    while (end < text.length() && text.charAt(end) != '\n'
        && !((text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')
        && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
      end++;
    }
    String sentence = text.substring(s.start(), Math.min(text.length(), end + 1));
    return caseless.tag(sentence).spans().stream().anyMatch(c -> c.start() == 0);
  }

  /** "Title of X": a capitalised word, " of ", then the span; the title word itself tagged as no name. */
  private static final java.util.regex.Pattern TITLE_OF = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+ of $");

  /** Drops one-word ORGANIZATION spans that end an untagged "Title of": see the class comment. */
  static List<TaggedSpan> titleFragments(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      int from = Math.max(0, s.start() - 40);
      java.util.regex.Matcher m = TITLE_OF.matcher(text.substring(from, s.start()));
      boolean fragment = s.type().equals("ORGANIZATION") && !s.surface(text).contains(" ") && m.find()
          && spans.stream().noneMatch(o -> o.start() < s.start() && o.end() > from + m.start())
          // "Shares of Rheinmetall rose": a sentence's first word is capitalised anyway; there the title must be
          // followed by a person's name ("Secretary of State Marco Rubio").
          && (!SpanRules.sentenceStart(text, from + m.start()) || personFollows(s, spans, text));
      if (!fragment) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean personFollows(TaggedSpan s, List<TaggedSpan> spans, String text) {
    return spans.stream().anyMatch(o -> o.type().equals("PERSON") && o.start() > s.end()
        && text.substring(s.end(), o.start()).isBlank());
  }

  /**
   * A dateline's place becomes one LOCATION span, replacing what the models made of it; its agency an
   * ORGANIZATION, and so does a PERSON/LOCATION mention that is the agency's name and more capitalised words.
   */
  static List<TaggedSpan> datelines(List<TaggedSpan> spans, String text) {
    List<int[]> places = CaseSegments.datelinePlaces(text);
    if (places.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (int[] p : places) {
      TaggedSpan place = new TaggedSpan(p[0], p[1], "LOCATION", DATELINE_CONFIDENCE);
      out.removeIf(s -> overlap(s, place));
      out.add(place);
    }
    java.util.Set<String> agencies = new java.util.HashSet<>();
    for (int[] a : CaseSegments.datelineAgencies(text)) {
      TaggedSpan agency = new TaggedSpan(a[0], a[1], "ORGANIZATION", DATELINE_CONFIDENCE);
      out.removeIf(s -> overlap(s, agency));
      out.add(agency);
      agencies.add(agency.surface(text));
    }
    // Session 9: the credited agency's name and capitalised words after it ("Sputnik International", the site's
    // header over a "MOSCOW (Sputnik) -" story; "Reuters Television") name the agency or one of its services.
    for (int i = 0; i < out.size(); i++) {
      TaggedSpan s = out.get(i);
      String surface = s.surface(text);
      if (!s.type().equals("ORGANIZATION") && !s.type().equals("MISC") && agencies.stream().anyMatch(
          a -> surface.startsWith(a + " ") && Character.isUpperCase(surface.charAt(a.length() + 1)))) {
        out.set(i, new TaggedSpan(s.start(), s.end(), "ORGANIZATION", s.confidence()));
      }
    }
    return out;
  }

  /**
   * "Real Madrid Real Madrid" -> two spans: IO labels cannot separate two adjacent names of one type. A two-word
   * PERSON of one word twice ("Duran Duran") stays one name.
   */
  static List<TaggedSpan> splitRepeats(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = new ArrayList<>();
    for (TaggedSpan s : spans) {
      String surface = s.surface(text);
      String[] words = surface.split(" ");
      int half = words.length / 2;
      // Not a one-word PERSON said twice: "Duran Duran", "Sirhan Sirhan" are names; prose never puts two people
      // known by one shared word side by side without "and".
      boolean doubledName = words.length == 2 && s.type().equals("PERSON");
      if (words.length >= 2 && words.length % 2 == 0 && !doubledName
          && String.join(" ", List.of(words).subList(0, half)).equals(String.join(" ", List.of(words).subList(half, words.length)))) {
        int firstEnd = s.start() + String.join(" ", List.of(words).subList(0, half)).length();
        out.add(new TaggedSpan(s.start(), firstEnd, s.type(), s.confidence()));
        out.add(new TaggedSpan(firstEnd + 1, s.end(), s.type(), s.confidence()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Document-level consistency (after Krishnan &amp; Manning 2006): a PER/ORG/LOC name the models tagged (at 0.5 or more)
   * somewhere is a name wherever the same string stands as whole words and no span covers it, with the type its
   * mentions carry most confidence for; its confidence is that of its surest tagged mention.
   */
  static List<TaggedSpan> propagate(List<TaggedSpan> spans, String text) {
    java.util.Map<String, java.util.Map<String, Double>> weights = new java.util.HashMap<>();
    java.util.Map<String, Double> surest = new java.util.HashMap<>();
    for (TaggedSpan s : spans) {
      String surface = s.surface(text);
      // Not MISC: it comes from one model only, with no second opinion, so a wrong one would be multiplied.
      if (s.confidence() >= 0.5 && surface.length() >= 2 && !s.type().equals("MISC")) {
        weights.computeIfAbsent(surface, k -> new java.util.HashMap<>()).merge(s.type(), s.confidence(), Double::sum);
        surest.merge(surface, s.confidence(), Math::max);
      }
    }
    List<TaggedSpan> out = new ArrayList<>(spans);
    for (var e : weights.entrySet()) {
      String surface = e.getKey();
      String type = e.getValue().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        int end = at + surface.length();
        boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        TaggedSpan candidate = new TaggedSpan(at, end, type, surest.get(surface));
        if (whole && out.stream().noneMatch(o -> overlap(o, candidate))) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

  private static boolean overlap(TaggedSpan a, TaggedSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
