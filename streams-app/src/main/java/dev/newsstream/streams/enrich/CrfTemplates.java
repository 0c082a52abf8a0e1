package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Generics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The settings of a CRF model's feature templates that {@link CrfFeatureIndexer} reproduces, read from the model's
 * own flags (CoreNLP 4.5.10's {@code NERFeatureFactory.featuresC}/{@code featuresCpC}), and the templates that depend
 * on them alone: character n-grams, the IS_TITLE test, the disjunction width.
 *
 * <p>Supported: the flags of english.all.3class.distsim, english.all.3class.caseless.distsim and
 * english.conll.4class.distsim. The 4-class model differs from the 3-class ones in four settings, all handled here:
 * {@code disjunctionWidth} 4 (not 5), {@code maxNGramLeng} -1 (n-grams of every length, not at most 6),
 * {@code useTitle} (an IS_TITLE feature for "Mr", "Dr."...) and word shape {@code dan2useLC} (not
 * {@code chris2useLC}; shapes are computed by CoreNLP's own preprocessing, per word type). Immutable.
 */
final class CrfTemplates {
  /**
   * The boolean flags that are on in the supported models (CoreNLP 4.5.10); all others must be off, except
   * {@link #OPTIONAL_FLAGS}.
   */
  static final Set<String> SUPPORTED_TRUE_FLAGS = Set.of("useNGrams", "usePrev", "useNext", "useSequences",
      "usePrevSequences", "useLongSequences", "useViterbi", "noMidNGrams", "useQN", "useTypeSeqs", "useTypeSeqs2",
      "useDisjunctive", "useWord", "useClassFeature", "useLastRealWord", "useNextRealWord", "useOccurrencePatterns",
      "useTypeySequences", "normalize", "splitDocuments", "useObservedSequencesOnly", "saveFeatureIndexToDisk",
      "initViterbi", "useDistSim", "keepOBInMemory", "useInternal", "useExternal", "restrictLabels",
      "numberEquivalenceDistSim", "useOutputLayer", "useHiddenLayer", "useMemoryEvaluator", "biAlignmentPriorIsPMI",
      "useDenero", "includeC2EViterbi", "initWithPosterior", "applyNERPenalty", "averagePerceptron", "useCWSFeatures",
      "separateASCIIandRange", "learnCHBasedOnEN", "useKnownLCWords");

  /** Boolean flags that may be on or off: the templates implement both (useTitle: on in the 4-class model). */
  static final Set<String> OPTIONAL_FLAGS = Set.of("useTitle");

  /**
   * Word shapes of the supported models. The shape itself is CoreNLP's (its preprocessing, once per word type); it
   * must only be one that depends on the word and the model's fixed known-lowercase-words list, as these do.
   */
  static final Set<Integer> SUPPORTED_SHAPES =
      Set.of(WordShapeClassifier.WORDSHAPECHRIS2USELC, WordShapeClassifier.WORDSHAPEDAN2USELC);

  /** Words on each side whose DISJN/DISJP features each token gets. */
  final int disjunctionWidth;
  /** Longest character n-gram (counting the '<' and '>' around the word); negative: no limit. */
  final int maxNGramLeng;
  /** NERFeatureFactory's title pattern (read from the model's factory) when useTitle is on, else null. */
  final Pattern title;

  /**
   * The feature factory's distsim lexicon (word -> class) and the flags its lookup reads, or null when it cannot be
   * read (then the indexer lets CoreNLP annotate the class).
   */
  private final Map<String, String> distSimLexicon;
  private final boolean casedDistSim;
  private final boolean numberEquivalenceDistSim;
  private final String unknownWordDistSimClass;

  private CrfTemplates(int disjunctionWidth, int maxNGramLeng, Pattern title, Map<String, String> distSimLexicon,
      SeqClassifierFlags flags) {
    this.disjunctionWidth = disjunctionWidth;
    this.maxNGramLeng = maxNGramLeng;
    this.title = title;
    this.distSimLexicon = distSimLexicon;
    this.casedDistSim = flags.casedDistSim;
    this.numberEquivalenceDistSim = flags.numberEquivalenceDistSim;
    this.unknownWordDistSimClass = flags.unknownWordDistSimClass;
  }

  /** The settings of {@code crf}, or null when {@link #unsupported} is not empty. */
  static CrfTemplates of(CRFClassifier<CoreLabel> crf) {
    if (!unsupported(crf).isEmpty()) {
      return null;
    }
    return new CrfTemplates(crf.flags.disjunctionWidth, crf.flags.maxNGramLeng,
        crf.flags.useTitle ? titlePattern(crf) : null, distSimLexicon(crf), crf.flags);
  }

  /** Why {@code crf} is not supported: the flags that differ from what the templates implement; empty if none. */
  static Set<String> unsupported(CRFClassifier<CoreLabel> crf) {
    SeqClassifierFlags f = crf.flags;
    Set<String> wrong = new TreeSet<>();
    try {
      for (Field field : SeqClassifierFlags.class.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && field.getType() == boolean.class
            && !OPTIONAL_FLAGS.contains(field.getName())
            && field.getBoolean(f) != SUPPORTED_TRUE_FLAGS.contains(field.getName())) {
          wrong.add(field.getName());
        }
      }
    } catch (IllegalAccessException e) {
      wrong.add("flags not readable: " + e.getMessage());
    }
    check(wrong, "windowSize", crf.windowSize == 2);
    check(wrong, "maxLeft/maxRight", f.maxLeft == 1 && f.maxRight == 0);
    boolean nerFactory = crf.featureFactories.size() == 1
        && crf.featureFactories.get(0).getClass() == NERFeatureFactory.class;
    check(wrong, "featureFactories", nerFactory);
    check(wrong, "wordShape", SUPPORTED_SHAPES.contains(f.wordShape));
    // Any word function (Americanize in the cased models, lowercasing in the caseless one): the indexer applies the
    // model's own, as CoreNLP's getWord and preprocessing do.
    check(wrong, "wordFunction", f.wordFunction != null);
    check(wrong, "disjunctionWidth", f.disjunctionWidth >= 1);
    check(wrong, "useTitle pattern", !f.useTitle || !nerFactory || titlePattern(crf) != null);
    check(wrong, "crfType", "maxent".equalsIgnoreCase(f.crfType));
    check(wrong, "inferenceType", f.inferenceType == null || "Viterbi".equalsIgnoreCase(f.inferenceType));
    check(wrong, "labelDictionaryCutoff", f.labelDictionaryCutoff <= 0);
    check(wrong, "maxAdditionalKnownLCWords", f.maxAdditionalKnownLCWords == 0);
    check(wrong, "slashHyphenTreatment", f.slashHyphenTreatment == SeqClassifierFlags.SlashHyphenEnum.NONE);
    check(wrong, "binnedLengths", f.binnedLengths == null);
    check(wrong, "HashSet class", Generics.HASH_SET_CLASSNAME == null);
    return wrong;
  }

  private static void check(Set<String> wrong, String name, boolean ok) {
    if (!ok) {
      wrong.add(name);
    }
  }

  /**
   * The pattern the model's NERFeatureFactory tests each word against for IS_TITLE. It is an instance field, so it
   * travels in the serialized model; reading it (CoreNLP offers no getter) keeps the test the model was trained
   * with even if a later CoreNLP changed the literal. Null when it cannot be read.
   */
  private static Pattern titlePattern(CRFClassifier<CoreLabel> crf) {
    try {
      Field field = NERFeatureFactory.class.getDeclaredField("titlePattern");
      field.setAccessible(true);
      Object value = field.get(crf.featureFactories.get(0));
      return value instanceof Pattern p ? p : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** NERFeatureFactory's distsim lexicon, read like the title pattern (a private field, no getter); null if not. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> distSimLexicon(CRFClassifier<CoreLabel> crf) {
    try {
      Field field = NERFeatureFactory.class.getDeclaredField("lexicon");
      field.setAccessible(true);
      Object value = field.get(crf.featureFactories.get(0));
      return value instanceof Map<?, ?> m ? (Map<String, String>) m : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@link #distSim} can answer (else CoreNLP's feature extraction annotates the class). */
  boolean hasDistSimLexicon() {
    return distSimLexicon != null;
  }

  /**
   * The distsim class NERFeatureFactory.distSimAnnotate gives a token whose word (after the word function) is
   * {@code word}: the lexicon's class of the word, lower-cased unless casedDistSim (String.toLowerCase in the default
   * locale, as CoreNLP calls it), its digits folded if numberEquivalenceDistSim; the unknown-word class if absent.
   */
  String distSim(String word) {
    String key = casedDistSim ? word : word.toLowerCase();
    if (numberEquivalenceDistSim) {
      key = WordShapeClassifier.wordShape(key, WordShapeClassifier.WORDSHAPEDIGITS);
    }
    String found = distSimLexicon.get(key);
    return found == null ? unknownWordDistSimClass : found;
  }

  /** Whether {@code word} (after the word function) gets the IS_TITLE feature. */
  boolean isTitle(String word) {
    return title != null && title.matcher(word).matches();
  }

  /**
   * The character n-gram feature names (without the "|C" suffix) of {@code word} with noMidNGrams, in
   * NERFeatureFactory's order: prefixes of "&lt;word&gt;" of length 2 up to maxNGramLeng, then its suffixes from
   * the longest allowed down to length 2. The whole "&lt;word&gt;" can come twice (as prefix and suffix); the
   * feature set keeps it once.
   */
  List<String> nGrams(String word) {
    String w = '<' + word + '>';
    List<String> out = new ArrayList<>();
    int max = maxNGramLeng >= 0 ? Math.min(maxNGramLeng, w.length()) : w.length();
    for (int j = 2; j <= max; j++) {
      out.add('#' + w.substring(0, j) + '#');
    }
    int start = maxNGramLeng >= 0 ? Math.max(0, w.length() - maxNGramLeng) : 0;
    for (int i = start; i < w.length() - 1; i++) {
      out.add('#' + w.substring(i) + '#');
    }
    return out;
  }
}
