package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The Stanford CRF NER model. It is ~112 MB of heap and takes ~2 s to load, so the app loads it once per JVM
 * ({@link #shared()}) and every stream thread uses that one instance: CRFClassifier's classifying methods keep no
 * per-call state in the object (checked in docs/NER.md). The model file ships inside newsstream.jar; the build
 * copies it out of Maven Central's stanford-corenlp models jar, nothing is downloaded at run time.
 */
public final class NerModel {
  /** Classpath resource of the default model (PERSON, ORGANIZATION, LOCATION). */
  public static final String DEFAULT_RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The CoNLL 4-class model (adds MISC), ~75 MB of heap: {@link EnsembleTagger}'s second opinion. */
  public static final String MISC_RESOURCE = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The caseless 3-class model, ~121 MB of heap, for text whose case says nothing (all-caps, title-case). */
  public static final String CASELESS_RESOURCE =
      "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz";

  private NerModel() {}

  /**
   * The shipped ensemble: {@code cased} with the JVM-wide 4-class and caseless models (loaded once, on first use).
   * @param cachedSentences sentence cache size of the extra models' taggers (0 = none)
   */
  public static EnsembleTagger ensemble(NerTagger cased, int cachedSentences) {
    return ensemble(cased, cachedSentences, CachedFeatureCrf::of);
  }

  /**
   * As {@link #ensemble(NerTagger, int)}, with the extra models' feature path chosen by {@code features}:
   * {@code CachedFeatureCrf::of} (shipped: caches shared JVM-wide), {@code CachedFeatureCrf::unshared} (benchmarks
   * that must not warm the app's caches) or {@code crf -> null} (CoreNLP's own classifySentence; same output).
   */
  public static EnsembleTagger ensemble(NerTagger cased, int cachedSentences,
      Function<CRFClassifier<CoreLabel>, CachedFeatureCrf> features) {
    return new EnsembleTagger(cased, new NerTagger(Ensemble.MISC, cachedSentences, features.apply(Ensemble.MISC)),
        new NerTagger(Ensemble.CASELESS, cachedSentences, features.apply(Ensemble.CASELESS)));
  }

  /** The JVM-wide 4-class and caseless models of {@link #ensemble} (loaded on first use); for tests. */
  static CRFClassifier<CoreLabel> sharedMisc() {
    return Ensemble.MISC;
  }

  static CRFClassifier<CoreLabel> sharedCaseless() {
    return Ensemble.CASELESS;
  }

  /** The default model, loaded on first use and then shared by every caller in this JVM. */
  public static CRFClassifier<CoreLabel> shared() {
    return Holder.MODEL;
  }

  /** Loads a model from a file path, else from the classpath. For the benchmark's {@code --model}. */
  public static CRFClassifier<CoreLabel> load(String fileOrResource) {
    Path file = Path.of(fileOrResource);
    try (InputStream raw = Files.isRegularFile(file) ? Files.newInputStream(file)
        : NerModel.class.getClassLoader().getResourceAsStream(fileOrResource)) {
      if (raw == null) {
        throw new IllegalStateException("NER model not found as a file or on the classpath: " + fileOrResource
            + " (the build unpacks it into streams-app/target/classes; run mvn package)");
      }
      InputStream in = fileOrResource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return CRFClassifier.getClassifier(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read NER model " + fileOrResource, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("Not a CRF NER model: " + fileOrResource, e);
    }
  }

  /** Lazy holder of the two extra models, loaded with the first ensemble. */
  private static final class Ensemble {
    static final CRFClassifier<CoreLabel> MISC = load(MISC_RESOURCE);
    static final CRFClassifier<CoreLabel> CASELESS = load(CASELESS_RESOURCE);
  }

  /** Lazy holder: the JVM loads the model exactly once, on the first call to {@link #shared()}, thread-safely. */
  private static final class Holder {
    static final CRFClassifier<CoreLabel> MODEL = load(DEFAULT_RESOURCE);
  }
}
