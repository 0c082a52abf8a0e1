package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code CRFClassifier.classifySentence} with the feature indices from {@link CrfFeatureIndexer}'s caches: the same
 * labels and the same marginals, bit for bit, at a fraction of the cost. After the features comes what
 * {@code classifyMaxEnt} runs: the calibrated clique tree of the model's weights, Viterbi ({@code
 * ExactBestSequenceFinder}) and each chosen label's marginal ({@code TestSequenceModel.labelProb}), computed by
 * {@link CrfInference} (CoreNLP's arithmetic on primitive arrays) or, with {@link #PLAIN_INFERENCE_PROPERTY} or where
 * that declines, by CoreNLP's own classes.
 *
 * <p>One instance per model ({@link #of}), shared by all threads, so that word types cached for one document serve
 * the next. Sentences the indexer does not reproduce go to {@code classifySentence} itself.
 */
public final class CachedFeatureCrf {
  /** Word types kept (~0.5 KB each, so at most ~30 MB of heap); evicted least-recently-used-like (Caffeine). */
  static final int CACHED_TYPES = 60_000;

  private static final Map<CRFClassifier<CoreLabel>, CachedFeatureCrf> BY_MODEL =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final CRFClassifier<CoreLabel> crf;
  private final CrfFeatureIndexer indexer;
  private final int background;
  /** CoreNLP's inference on primitive arrays (same bits); null = CoreNLP's own clique tree and Viterbi. */
  private final CrfInference inference;

  private CachedFeatureCrf(CRFClassifier<CoreLabel> crf, CrfFeatureIndexer indexer) {
    this.crf = crf;
    this.indexer = indexer;
    this.background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
    this.inference = Boolean.getBoolean(PLAIN_INFERENCE_PROPERTY) ? null : CrfInference.of(crf);
  }

  /**
   * JVM system property that keeps the cached features but runs CoreNLP's own clique tree and Viterbi on them
   * ({@code -Dnewsstream.ner.plain-inference=true}): for comparing the two inference paths, and as a kill switch.
   */
  public static final String PLAIN_INFERENCE_PROPERTY = "newsstream.ner.plain-inference";

  /**
   * JVM system property that turns this path off everywhere ({@code -Dnewsstream.ner.plain-crf=true}): every tagger
   * then runs CoreNLP's classifySentence. For comparing both paths in whole-pipeline benchmarks, and as a kill switch.
   */
  public static final String PLAIN_CRF_PROPERTY = "newsstream.ner.plain-crf";

  /**
   * The shared instance for {@code crf}, or null when its features are not the ones the indexer reproduces (or
   * {@link #PLAIN_CRF_PROPERTY} is set).
   */
  public static CachedFeatureCrf of(CRFClassifier<CoreLabel> crf) {
    if (Boolean.getBoolean(PLAIN_CRF_PROPERTY)) {
      return null;
    }
    synchronized (BY_MODEL) {
      if (BY_MODEL.containsKey(crf)) {
        return BY_MODEL.get(crf);
      }
      CrfFeatureIndexer indexer = CrfFeatureIndexer.forModel(crf, CACHED_TYPES);
      CachedFeatureCrf out = indexer == null ? null : new CachedFeatureCrf(crf, indexer);
      BY_MODEL.put(crf, out);
      return out;
    }
  }

  /**
   * A new instance with empty caches of its own, or null when {@code crf} is not supported. For benchmarks that must
   * not warm the shared caches with the pages they later measure.
   */
  public static CachedFeatureCrf unshared(CRFClassifier<CoreLabel> crf) {
    if (Boolean.getBoolean(PLAIN_CRF_PROPERTY)) {
      return null;
    }
    CrfFeatureIndexer indexer = CrfFeatureIndexer.forModel(crf, CACHED_TYPES);
    return indexer == null ? null : new CachedFeatureCrf(crf, indexer);
  }

  /**
   * New labels for {@code sentence}'s tokens (copies; the input is not changed) with {@code AnswerAnnotation} and
   * {@code AnswerProbAnnotation} set exactly as {@code crf.classifySentence} sets them. Other annotations CoreNLP's
   * preprocessing adds (shape, position...) are not set.
   */
  public List<CoreLabel> classifySentence(List<CoreLabel> sentence) {
    if (sentence.isEmpty()) {
      return new ArrayList<>();
    }
    for (CoreLabel token : sentence) {
      // The indexer reads only the text; a tag the templates would read instead means CoreNLP's own path.
      if (token.get(CoreAnnotations.PartOfSpeechAnnotation.class) != null
          || token.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null
          || token.get(CoreAnnotations.DomainAnnotation.class) != null) {
        return crf.classifySentence(sentence);
      }
    }
    int[][][] data = indexer.data(sentence);
    if (data == null) {
      return crf.classifySentence(sentence);
    }
    int n = data.length;
    // An interrupted thread goes to CoreNLP's code, which answers an interrupt with RuntimeInterruptedException.
    CrfInference.Result fast = inference == null || Thread.currentThread().isInterrupted() ? null
        : inference.tag(data);
    if (fast != null) {
      List<CoreLabel> out = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        CoreLabel token = new CoreLabel(sentence.get(j));
        token.set(CoreAnnotations.AnswerAnnotation.class, crf.classIndex.get(fast.labels()[j]));
        token.set(CoreAnnotations.AnswerProbAnnotation.class, fast.probs()[j]);
        out.add(token);
      }
      return out;
    }
    return coreNlpInference(sentence, data);
  }

  /**
   * The answers and their marginals of {@code sentence}'s tokens as {@link #classifySentence} would set them
   * ({@code AnswerAnnotation} = {@code answers[j]}, the very String; {@code AnswerProbAnnotation} = {@code probs[j]}),
   * without copying every token into a new CoreLabel (~5 % of the tagger's CPU for labels the caller reads once);
   * null when this sentence takes CoreNLP's code (then call {@link #classifySentence}, which does).
   */
  Labels labels(List<CoreLabel> sentence) {
    return labels(sentence, null);
  }

  /** {@link #labels(List)} with a document's word types already looked up ({@link CrfFeatureIndexer#data(List, Map)}). */
  Labels labels(List<CoreLabel> sentence, Map<String, CrfWordType> seen) {
    if (sentence.isEmpty() || inference == null || Thread.currentThread().isInterrupted()) {
      return null;
    }
    for (CoreLabel token : sentence) {
      if (token.get(CoreAnnotations.PartOfSpeechAnnotation.class) != null
          || token.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null
          || token.get(CoreAnnotations.DomainAnnotation.class) != null) {
        return null;
      }
    }
    int[][][] data = indexer.data(sentence, seen);
    CrfInference.Result fast = data == null ? null : inference.tag(data);
    if (fast == null) {
      return null;
    }
    String[] answers = new String[data.length];
    for (int j = 0; j < answers.length; j++) {
      answers[j] = crf.classIndex.get(fast.labels()[j]);
    }
    return new Labels(answers, fast.probs());
  }

  /** Per token of a sentence: its answer (a label of the model) and that answer's marginal probability. */
  record Labels(String[] answers, double[] probs) {}

  /** CoreNLP's clique tree, Viterbi and marginals on {@code data}, as classifyMaxEnt runs them. */
  private List<CoreLabel> coreNlpInference(List<CoreLabel> sentence, int[][][] data) {
    int n = data.length;
    int[] labels = new int[n];
    Arrays.fill(labels, background);
    CRFCliqueTree<String> tree = crf.getCliqueTree(new Triple<>(data, labels, new double[n][crf.windowSize][]));
    TestSequenceModel model = new TestSequenceModel(tree);
    int[] best = new ExactBestSequenceFinder().bestSequence(model);
    List<CoreLabel> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      CoreLabel token = new CoreLabel(sentence.get(j));
      String guess = crf.classIndex.get(best[j + crf.windowSize - 1]);
      token.set(CoreAnnotations.AnswerAnnotation.class, guess);
      token.set(CoreAnnotations.AnswerProbAnnotation.class, model.labelProb(j, crf.classIndex.indexOf(guess)));
      out.add(token);
    }
    return out;
  }

  /** Whether labels and marginals come from {@link CrfInference} (else CoreNLP's clique tree and Viterbi). */
  public boolean usesOwnInference() {
    return inference != null;
  }

  /** The feature indices of {@code sentence} as the indexer computes them (null when it defers); for tests. */
  int[][][] featureData(List<CoreLabel> sentence) {
    return indexer.data(sentence, null);
  }

  /** As {@link #featureData(List)} with a document's word types ({@link CrfFeatureIndexer#data(List, Map)}). */
  int[][][] featureData(List<CoreLabel> sentence, Map<String, CrfWordType> seen) {
    return indexer.data(sentence, seen);
  }

  /** Word-type cache hits and lookups so far. */
  public long[] typeCacheStats() {
    return indexer.typeCacheStats();
  }
}
