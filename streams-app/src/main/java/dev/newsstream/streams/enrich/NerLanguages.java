package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NER tagger for an article's detected language (ISO 639-1), with CoreNLP's own model for it, each loaded once
 * per JVM (before the stream threads start with enrich.preload, else at the first article in that language) and then
 * shared by every thread (a model costs 100-200 MB of heap, Chinese
 * with its segmenter much more; see docs/NER.md). The model files ship inside newsstream.jar: the build copies them
 * out of Maven Central's stanford-corenlp models jars; nothing is downloaded at run time.
 *
 * <p>Each model's labels are mapped to PERSON, ORGANIZATION, LOCATION and MISC. German, French and Spanish mentions
 * then pass {@link CasedScriptTagger} (no mention without a capital, none across a line break); Chinese has no case:
 * its mentions pass {@link ChineseQuantityTagger}, which drops the numbers and dates its model labels MISC.
 */
public final class NerLanguages {
  /** Languages with a model, in the order of enrich.languages' default. */
  public static final Set<String> SUPPORTED = Set.of("en", "de", "fr", "es", "zh");

  public static final String GERMAN_MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";
  public static final String FRENCH_MODEL = "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";
  public static final String SPANISH_MODEL = "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz";
  public static final String CHINESE_MODEL = "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz";
  /**
   * CoreNLP ships two CTB segmenter models; its pipeline's default ctb.gz takes 1,386 MB of heap, this one 526 MB
   * (measured, docs/NER.md) and segments the hand-check sentences the same.
   */
  public static final String CHINESE_SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz";
  static final String CHINESE_SEGMENTER_DICTIONARY = "edu/stanford/nlp/models/segmenter/chinese/dict-chris6.ser.gz";

  /** french-wikiner-4class uses IOB labels. */
  static final Map<String, String> FRENCH_LABELS = Map.of("I-PER", "PERSON", "B-PER", "PERSON", "I-ORG",
      "ORGANIZATION", "B-ORG", "ORGANIZATION", "I-LOC", "LOCATION", "B-LOC", "LOCATION", "I-MISC", "MISC", "B-MISC",
      "MISC");
  /** chinese.misc.distsim: OntoNotes-like types; a GPE (country, city) is a LOCATION here, as in the English models. */
  static final Map<String, String> CHINESE_LABELS = Map.of("PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION",
      "GPE", "LOCATION", "LOCATION", "LOCATION", "FACILITY", "LOCATION", "MISC", "MISC", "DEMONYM", "MISC");

  /**
   * Heap each language's tagger takes once loaded, MB (measured with CoreNLP 4.5.10 on Java 17, docs/NER.md), and
   * the room left for the rest of the app when deciding whether one more fits.
   */
  static final Map<String, Integer> HEAP_MB = Map.of("en", 310, "de", 190, "fr", 160, "es", 100, "zh", 900);
  private static final int HEADROOM_MB = 200;
  private static final Logger LOG = LoggerFactory.getLogger(NerLanguages.class);

  private NerLanguages() {}

  /**
   * The tagger for {@code language}, loading its model now if this is its first use; null when there is no model
   * for it, or when the heap had no room for the model at its first use (logged once: the app keeps running and that
   * language's articles get no entities, instead of an OutOfMemoryError in a stream thread).
   */
  public static SpanTagger tagger(String language) {
    if (language == null || !SUPPORTED.contains(language)) {
      return null;
    }
    return SHARED.tagger(language);
  }

  /**
   * Loads the shared taggers of {@code languages} now, in that order, each only if the heap has room for it (one
   * that has none stays off, and is not tried again at its first article). Called before the stream threads start
   * (enrich.preload), so that no model load holds an exactly-once transaction open.
   */
  public static LanguageModels.Preloaded preload(List<String> languages) {
    return SHARED.preload(languages);
  }

  private static final LanguageModels SHARED = new LanguageModels(NerLanguages::loadShared);

  /** The JVM-wide tagger of a supported language, loaded now: English is the ensemble, others if the heap has room. */
  private static SpanTagger loadShared(String language) {
    return switch (language) {
      case "en" -> EntityExtractor.sharedEnglishTagger();
      case "zh" -> ChineseQuantityTagger.wrap(loadIfRoom("zh", Runtime.getRuntime()));
      default -> CasedScriptTagger.wrap(loadIfRoom(language, Runtime.getRuntime()), language);
    };
  }

  /**
   * A new tagger for {@code language} with its model loaded now (not the shared one; for tests and benchmarks), or
   * null when there is no model for it.
   */
  static NerTagger load(String language) {
    return switch (language) {
      case "en" -> tagger(NerModel.load(NerModel.DEFAULT_RESOURCE), Sentences.english(), UnaryOperator.identity());
      case "de" -> tagger(NerModel.load(GERMAN_MODEL), Sentences.german(), UnaryOperator.identity());
      case "fr" -> tagger(NerModel.load(FRENCH_MODEL), Sentences.french(), FRENCH_LABELS::get);
      case "es" -> tagger(NerModel.load(SPANISH_MODEL), Sentences.spanish(), UnaryOperator.identity());
      case "zh" -> tagger(NerModel.load(CHINESE_MODEL), Sentences.chinese(segmenter()), CHINESE_LABELS::get);
      default -> null;
    };
  }

  private static NerTagger tagger(CRFClassifier<CoreLabel> model,
      Function<String, List<List<CoreLabel>>> sentences, UnaryOperator<String> typeOf) {
    return new NerTagger(model, NerTagger.DEFAULT_SENTENCE_CACHE, CachedFeatureCrf.of(model), sentences, typeOf);
  }

  /** {@link #load}, if the heap has room for the model now; else null, with a warning. */
  static NerTagger loadIfRoom(String language, Runtime runtime) {
    if (!roomFor(language, runtime.maxMemory(), runtime.totalMemory() - runtime.freeMemory())) {
      System.gc(); // once per language, at its first article: only the live heap counts
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (!roomFor(language, runtime.maxMemory(), used)) {
        LOG.warn(turnedOff(language, runtime.maxMemory(), used));
        return null;
      }
    }
    // With enrich.preload this runs before the stream threads start. A language left out of it loads here at its
    // first article, inside the stream thread's open transaction (StreamsAppConfig then sizes the transaction
    // timeout for it).
    long start = System.nanoTime();
    NerTagger tagger = load(language);
    LOG.info("NER model for language '{}' loaded in {} ms", language,
        (System.nanoTime() - start) / 1_000_000);
    return tagger;
  }

  /** Languages whose model did not fit at their first article in this JVM -> why (one line). */
  private static final Map<String, String> OFF_FOR_HEAP = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Languages whose NER is off in this JVM because their model did not fit in the heap (their articles get no
   * entities), each with the line that says so and what to do; empty when every language used so far fit. For
   * output a user reads (the demo), not only the WARN log line.
   */
  public static Map<String, String> offForHeap() {
    return Map.copyOf(OFF_FOR_HEAP);
  }

  /** Records {@code language} as off for lack of heap; the line saying so. Heap figures in bytes. */
  static String turnedOff(String language, long maxHeap, long usedHeap) {
    String line = String.format(java.util.Locale.ROOT, "NER for language '%s' is off: its model needs ~%d MB of heap "
        + "and %d MB are free (max heap %d MB); give the app more heap (-Xmx, e.g. NEWSSTREAM_JAVA_OPTS=-Xmx3g for "
        + "all five languages) to tag these articles", language, HEAP_MB.get(language),
        (maxHeap - usedHeap) / 1_000_000, maxHeap / 1_000_000);
    OFF_FOR_HEAP.put(language, line);
    return line;
  }

  /** Whether {@code language}'s model and the headroom fit in the heap: max heap minus what is in use, bytes. */
  static boolean roomFor(String language, long maxHeap, long usedHeap) {
    return maxHeap - usedHeap >= (HEAP_MB.get(language) + HEADROOM_MB) * 1_000_000L;
  }

  /** CoreNLP's Chinese word segmenter with the settings of its StanfordCoreNLP-chinese.properties. */
  static CRFClassifier<CoreLabel> segmenter() {
    Properties p = new Properties();
    p.setProperty("sighanCorporaDict", "edu/stanford/nlp/models/segmenter/chinese");
    p.setProperty("serDictionary", CHINESE_SEGMENTER_DICTIONARY);
    p.setProperty("sighanPostProcessing", "true");
    p.setProperty("inputEncoding", "UTF-8");
    CRFClassifier<CoreLabel> segmenter = new CRFClassifier<>(p);
    try {
      segmenter.loadClassifier(CHINESE_SEGMENTER, p);
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new IllegalStateException("Chinese segmenter not found or unreadable: " + CHINESE_SEGMENTER
          + " (the build unpacks it into streams-app/target/classes; run mvn package)", e);
    }
    return segmenter;
  }
}
