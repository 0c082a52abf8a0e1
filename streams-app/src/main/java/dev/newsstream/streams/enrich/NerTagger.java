package dev.newsstream.streams.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Text -> tagged spans with the CRF model: PTB tokens, sentences (a blank line, i.e. a paragraph break, also ends
 * one), the model per sentence, and per-token marginals for the confidence. Thread-safe: every call makes its own
 * tokenizer and token lists; the model and the sentence splitter are shared read-only, the sentence cache is a
 * concurrent one.
 *
 * <p>The marginals come from the clique tree the model's own Viterbi pass already built: CoreNLP stores each
 * token's P(answer) as {@code AnswerProbAnnotation}. Asking {@code getCliqueTree} again, as this class first did,
 * extracted every feature a second time and nearly doubled the cost on news text, where most sentences name
 * someone.
 */
public final class NerTagger implements SpanTagger {
  /** Sentences remembered with their tags: ~300 bytes each, so the default costs a few MB of heap. */
  public static final int DEFAULT_SENTENCE_CACHE = 20_000;

  private final CRFClassifier<CoreLabel> model;
  /** Text -> sentences of tokens with offsets into the text: the language's tokenizer ({@link Sentences}). */
  private final Function<String, List<List<CoreLabel>>> sentences;
  /** Model label -> our entity type (e.g. I-PER -> PERSON); identity for the English models. */
  private final UnaryOperator<String> typeOf;
  /**
   * Tags of recently seen sentences, offsets relative to the sentence. The model reads one sentence at a time, so
   * a sentence's tags do not depend on its neighbours: a re-crawled article that changed one paragraph (an UPDATE
   * from dedup) or an agency line every story repeats costs only its new sentences. Null when disabled.
   */
  private final Cache<String, SentenceTags> cache;
  /** The model's features from per-word-type caches, same output as classifySentence; null = CoreNLP's own path. */
  private final CachedFeatureCrf cachedFeatures;

  public NerTagger(CRFClassifier<CoreLabel> model) {
    this(model, DEFAULT_SENTENCE_CACHE);
  }

  /** @param cachedSentences how many sentences' tags to remember (LRU-like); 0 turns the cache off */
  public NerTagger(CRFClassifier<CoreLabel> model, int cachedSentences) {
    this(model, cachedSentences, CachedFeatureCrf.of(model));
  }

  /**
   * @param cachedFeatures the model's features from {@link CachedFeatureCrf} (identical output, several times
   *     faster; {@link CachedFeatureCrf#of} is the instance shared by every tagger of the model), or null for
   *     CoreNLP's classifySentence (benchmarks; models CachedFeatureCrf does not support)
   */
  public NerTagger(CRFClassifier<CoreLabel> model, int cachedSentences, CachedFeatureCrf cachedFeatures) {
    this(model, cachedSentences, cachedFeatures, Sentences.english(), UnaryOperator.identity());
  }

  /**
   * A tagger for another language: its tokenizer and sentence splitter, and its model's label names mapped to
   * PERSON/ORGANIZATION/LOCATION/MISC (a label mapped to null is dropped; "B-" labels start a new mention).
   */
  public NerTagger(CRFClassifier<CoreLabel> model, int cachedSentences, CachedFeatureCrf cachedFeatures,
      Function<String, List<List<CoreLabel>>> sentences, UnaryOperator<String> typeOf) {
    this.model = model;
    this.cachedFeatures = cachedFeatures;
    this.sentences = sentences;
    this.typeOf = typeOf;
    this.cache = cachedSentences <= 0 ? null
        : Caffeine.newBuilder().maximumSize(cachedSentences).recordStats().build();
  }

  private record SentenceTags(List<TaggedSpan> relativeSpans) {}

  /**
   * A copy of the words the model saw in lower case in training (41,209 for the 3-class model). CoreNLP's set is a
   * mutable one its preprocessing may add to (the shipped models' is full, so it does not grow: checked by tagging
   * new lowercase words); the copy keeps {@link NameGate} a function of the model file either way. Empty if none.
   */
  java.util.Set<String> knownLowercaseWords() {
    var words = model.getKnownLCWords();
    return words == null ? java.util.Set.of() : java.util.Set.copyOf(words);
  }

  /** Whether this tagger computes features through {@link CachedFeatureCrf}. */
  public boolean usesCachedFeatures() {
    return cachedFeatures != null;
  }

  /** Sentences answered from the cache so far (0 when it is off). */
  public long cachedSentenceHits() {
    return cache == null ? 0 : cache.stats().hitCount();
  }

  /** Spans found in {@code text} (in text order) and the number of tokens the model read. */
  public record Tagging(List<TaggedSpan> spans, int tokens) {}

  /** Entity types the model can output, e.g. [PERSON, ORGANIZATION, LOCATION]. */
  @Override
  public List<String> types() {
    List<String> out = new ArrayList<>();
    for (String label : model.labels()) {
      String type = label.equals(model.backgroundSymbol()) ? null : typeOf.apply(label);
      if (type != null && !out.contains(type)) {
        out.add(type);
      }
    }
    return out;
  }

  @Override
  public Tagging tag(String text) {
    return tag(text, sentences.apply(text));
  }

  /** {@code text} split into sentences of tokens as this tagger splits it; for {@link #tag(String, List)}. */
  List<List<CoreLabel>> split(String text) {
    return sentences.apply(text);
  }

  /** Whether this tagger splits text with the same function as {@code other}, so one split serves both. */
  boolean splitsLike(NerTagger other) {
    return sentences == other.sentences;
  }

  /**
   * As {@link #tag(String)}, on {@code split} = {@link #split}(text) of this tagger or of one that {@link #splitsLike}
   * it (the ensemble tokenizes once for two models). The tokens are read, not changed: both paths tag copies.
   */
  Tagging tag(String text, List<List<CoreLabel>> split) {
    List<TaggedSpan> spans = new ArrayList<>();
    int count = 0;
    String background = model.backgroundSymbol();
    // The word types of this document's tokens, for every sentence after the first (CrfFeatureIndexer#data).
    Map<String, CrfWordType> seen = cachedFeatures == null ? null : new HashMap<>();
    for (List<CoreLabel> sentence : split) {
      if (sentence.isEmpty()) {
        continue;
      }
      count += sentence.size();
      int begin = sentence.get(0).beginPosition();
      int end = sentence.get(sentence.size() - 1).endPosition();
      if (cache == null || begin < 0 || end > text.length() || end <= begin) {
        spans.addAll(tagSentence(sentence, background, 0, seen));
        continue;
      }
      String key = text.substring(begin, end);
      SentenceTags tags = cache.getIfPresent(key);
      if (tags == null) {
        // Tagged outside the cache's locks: two threads may tag the same new sentence once each, never wait.
        tags = new SentenceTags(List.copyOf(tagSentence(sentence, background, begin, seen)));
        cache.put(key, tags);
      }
      for (TaggedSpan s : tags.relativeSpans()) {
        spans.add(new TaggedSpan(s.start() + begin, s.end() + begin, s.type(), s.confidence()));
      }
    }
    return new Tagging(spans, count);
  }

  /** The model on one sentence; span offsets minus {@code shift} (0 = absolute, sentence start = relative). */
  private List<TaggedSpan> tagSentence(List<CoreLabel> sentence, String background, int shift,
      Map<String, CrfWordType> seen) {
    List<TaggedSpan> spans = new ArrayList<>();
    // The cached-feature path's answers as arrays (its CoreLabel copies would only be read here); the tokens keep
    // the character offsets.
    CachedFeatureCrf.Labels fast = cachedFeatures == null ? null : cachedFeatures.labels(sentence, seen);
    // classifySentence, not classify(): it runs the preprocessing (word shapes...) the features were trained with,
    // and returns new labels that keep the character offsets.
    List<CoreLabel> labelled = fast != null ? sentence
        : cachedFeatures != null ? cachedFeatures.classifySentence(sentence) : model.classifySentence(sentence);
    for (int i = 0; i < labelled.size(); ) {
      String raw = fast != null ? fast.answers()[i] : answer(labelled.get(i));
      String label = raw == null || raw.equals(background) ? null : typeOf.apply(raw);
      if (label == null) {
        i++;
        continue;
      }
      // IO tags: a run of tokens with the same type is one mention (IOB models: until the next "B-").
      int j = i;
      double confidence = 1.0;
      while (j < labelled.size()
          && continues(label, fast != null ? fast.answers()[j] : answer(labelled.get(j)), j == i)) {
        confidence = Math.min(confidence, fast != null ? fast.probs()[j] : marginal(labelled.get(j)));
        j++;
      }
      spans.add(new TaggedSpan(labelled.get(i).beginPosition() - shift, labelled.get(j - 1).endPosition() - shift,
          label, Math.max(0.0, Math.min(1.0, confidence))));
      i = j;
    }
    return spans;
  }

  /** Whether a token labelled {@code raw} belongs to the mention of type {@code type} (which it starts if first). */
  private boolean continues(String type, String raw, boolean first) {
    return raw != null && (first || !raw.startsWith("B-")) && type.equals(typeOf.apply(raw));
  }

  /** P(the token's answer | sentence), from the forward-backward pass of the tagging itself. */
  private static double marginal(CoreLabel token) {
    Double p = token.get(CoreAnnotations.AnswerProbAnnotation.class);
    if (p == null) {
      // Only CRFClassifier's Viterbi path sets it; a model loaded with another inference type would not.
      throw new IllegalStateException("the NER model gave no answer probability; use a CRF model with Viterbi");
    }
    return p;
  }

  private static String answer(CoreLabel token) {
    return token.get(CoreAnnotations.AnswerAnnotation.class);
  }
}
