package dev.newsstream.streams.enrich;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.schema.Entity;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Pure core of the enrich stage: article body (and the page's tags/keywords as evidence) -> named entities with
 * type, canonical name, mention offsets into the body, count and confidence. Thread-safe; one instance serves every
 * stream thread.
 */
public final class EntityExtractor {
  public static final Set<String> ALL_TYPES = StreamsAppConfig.Enrich.ALL_TYPES;

  private final SpanTagger tagger;
  private final Set<String> types;
  private final double minConfidence;
  private final int maxChars;

  /**
   * @param types entity types to keep (others are dropped)
   * @param minConfidence mentions below this (after the tag boost) are dropped
   * @param maxChars only the first maxChars characters of a body are read: a time cap for huge pages
   */
  public EntityExtractor(SpanTagger tagger, Set<String> types, double minConfidence, int maxChars) {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
    this.tagger = tagger;
    this.types = Set.copyOf(types);
    this.minConfidence = minConfidence;
    this.maxChars = maxChars;
  }

  /** An extractor on the JVM-wide shared model; the model loads on the first extraction (or {@link #warmUp()}). */
  public static EntityExtractor onSharedModel(Set<String> types, double minConfidence, int maxChars) {
    return new EntityExtractor(null, types, minConfidence, maxChars);
  }

  /** What one body yielded, and how many tokens the model read (for throughput figures). */
  public record Extraction(List<Entity> entities, int tokens) {}

  public List<Entity> extract(String body, Collection<String> tagsAndKeywords) {
    return analyse(body, tagsAndKeywords).entities();
  }

  public Extraction analyse(String body, Collection<String> tagsAndKeywords) {
    return analyse(body, tagsAndKeywords, tagger());
  }

  /**
   * As {@link #extract(String, Collection)} for an article in {@code language} (ISO 639-1; null = English): an
   * extractor on the shared models uses that language's model ({@link NerLanguages}), loading it on first use, and
   * finds nothing in a language without one. An extractor given its own tagger uses that tagger.
   */
  public List<Entity> extract(String body, Collection<String> tagsAndKeywords, String language) {
    return read(body, tagsAndKeywords, language).entities();
  }

  /**
   * What the enrich stage puts on an article: its entities and how many characters of the body the model read
   * (UTF-16 units from the body's start), or null characters when no model ran.
   */
  public record Reading(List<Entity> entities, Integer textChars) {}

  /**
   * As {@link #extract(String, Collection, String)}, with the characters read: less than {@code body.length()}
   * when the body is longer than maxChars, so that the event says its entities come from the first part only.
   */
  public Reading read(String body, Collection<String> tagsAndKeywords, String language) {
    SpanTagger t = tagger != null ? tagger : NerLanguages.tagger(language == null ? "en" : language);
    return t == null ? new Reading(List.of(), null)
        : new Reading(analyse(body, tagsAndKeywords, t).entities(), readablePrefix(body, maxChars).length());
  }

  private Extraction analyse(String body, Collection<String> tagsAndKeywords, SpanTagger tagger) {
    String text = readablePrefix(body, maxChars);
    NerTagger.Tagging tagging = tagger.tag(text);
    List<TaggedSpan> wanted = tagging.spans().stream().filter(s -> types.contains(s.type())).toList();
    List<Entity> entities = EntityResolver.resolve(wanted, text, new TagEvidence(tagsAndKeywords), minConfidence);
    return new Extraction(entities, tagging.tokens());
  }

  /** Sentences the JVM-wide shared tagger answered from its cache so far (for the pipeline benchmark's report). */
  public static long sharedCacheHits() {
    return SharedTagger.CASED.cachedSentenceHits();
  }

  /** Loads the model now (start-up) rather than on the first article. */
  public void warmUp() {
    tagger();
  }

  /** The JVM-wide English tagger (the ensemble) every shared-model extractor uses. */
  static SpanTagger sharedEnglishTagger() {
    return SharedTagger.TAGGER;
  }

  private SpanTagger tagger() {
    return tagger != null ? tagger : SharedTagger.TAGGER;
  }

  /** The first maxChars characters, cut back to a whitespace so no word is split. Offsets stay valid for body. */
  static String readablePrefix(String body, int maxChars) {
    if (body.length() <= maxChars) {
      return body;
    }
    int cut = maxChars;
    while (cut > 0 && !Character.isWhitespace(body.charAt(cut))) {
      cut--;
    }
    return body.substring(0, cut == 0 ? maxChars : cut);
  }

  private static final class SharedTagger {
    static final NerTagger CASED = new NerTagger(NerModel.shared());
    static final SpanTagger TAGGER = NerModel.ensemble(CASED, NerTagger.DEFAULT_SENTENCE_CACHE);
  }
}
