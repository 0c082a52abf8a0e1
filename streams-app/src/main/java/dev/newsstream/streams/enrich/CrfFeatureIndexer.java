package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.CrfPairNames.*;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The feature indices of a sentence exactly as CoreNLP's {@code CRFClassifier.documentToDataAndLabels} computes them
 * ({@code data[position][clique][m]}: clique 0 the token, clique 1 the previous-and-current edge), from cached
 * entries instead of building ~45 feature strings per token and looking each up in the feature index, which is
 * ~80% of the CRF's time on news text.
 *
 * <p>How it stays identical: each of the model's feature templates depends on one token type (the word, its shape,
 * its distsim class: cached per type, {@link CrfWordType}) or on a pair of them (a shape next to a word...: memoised
 * per pair of ids, {@link PairMemo}); the occurrence-pattern template reads the sentence and is recomputed. Names are
 * looked up by their String hash, computed from the parts' hashes, and confirmed against the model's own name
 * ({@link CrfFeatureNames}), so no name is built. The order of the indices matters too:
 * CoreNLP sums the weights in the order its {@code HashSet} of feature names iterates, and summation order changes the
 * last bits of the marginals. That order is bucket ({@code hash ^ hash>>>16} modulo the table size 128 of
 * {@code new HashSet<>(100)}), then insertion order inside a bucket; this class keeps each feature name's String hash
 * with its index and sorts by the same key. A position with more than 96 features (the set would resize) or a bucket
 * of 9 (the set would turn it into a tree) returns null: the caller then runs CoreNLP's own path.
 *
 * <p>Only the feature templates of the English CoreNLP models are implemented (3-class cased and caseless, CoNLL
 * 4-class): {@link #forModel} checks the model's flags ({@link CrfTemplates}) and returns null for any other model.
 * Thread-safe; the word-type cache is a bounded Caffeine cache.
 */
final class CrfFeatureIndexer {
  private static final int MAX_FEATURES = HashSetOrder.MAX_FEATURES;


  private final CRFClassifier<CoreLabel> crf;
  private final CrfTemplates templates;
  private final CrfWordType pad;
  private final long classFeature;
  private final long noOccurrence;
  private final long nextOccurrence;
  private final long prevOccurrence;
  private final long seqFeature;
  private final Cache<String, CrfWordType> types;
  private final PairMemo memo = new PairMemo();
  /** {@link #newType} as the cache's loader, made once: a method reference in the loop is a new object per token. */
  private final java.util.function.Function<String, CrfWordType> newType = this::newType;
  /**
   * The model's feature names by String hash: a feature whose hash no name has (most word pairs, many features of a
   * new word) costs a few multiplications and one memory access, and the others a table probe and a comparison with
   * the name's parts, where building the name and looking it up in the model's HashIndex cost a String, its hash and
   * a HashMap lookup each.
   */
  private final CrfFeatureNames names;

  private CrfFeatureIndexer(CRFClassifier<CoreLabel> crf, CrfTemplates templates, Index<String> featureIndex,
      int cachedTypes) {
    this.crf = crf;
    this.templates = templates;
    this.types = Caffeine.newBuilder().maximumSize(cachedTypes).recordStats().build();
    this.names = new CrfFeatureNames(featureIndex.objectsList());
    // The padding CoreNLP puts around a sentence: a token with no annotations but the background answer.
    CoreLabel padLabel = new CoreLabel();
    padLabel.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
    this.pad = fill(new CrfWordType(word(padLabel), padLabel.get(CoreAnnotations.ShapeAnnotation.class),
        padLabel.get(CoreAnnotations.DistSimAnnotation.class)));
    this.classFeature = feature("###|C");
    this.noOccurrence = feature("NO-OCCURRENCE-PATTERN|C");
    this.nextOccurrence = feature("X-NEXT-OCCURRENCE-X|C");
    this.prevOccurrence = feature("X-PREV-OCCURRENCE-X|C");
    this.seqFeature = feature("PSEQ|CpC");
  }

  /**
   * An indexer for {@code crf}, or null when the model uses feature templates, inference or preprocessing this class
   * does not reproduce (then tag with CoreNLP's own path).
   *
   * @param cachedTypes word types to keep (each ~0.5 KB)
   */
  static CrfFeatureIndexer forModel(CRFClassifier<CoreLabel> crf, int cachedTypes) {
    CrfTemplates templates = CrfTemplates.of(crf);
    if (templates == null) {
      return null;
    }
    Index<String> index = featureIndexOf(crf);
    return index == null ? null : new CrfFeatureIndexer(crf, templates, index, cachedTypes);
  }

  /** Why {@code crf} is not supported: flags the templates do not implement ({@link CrfTemplates}); empty if none. */
  static Set<String> unsupportedFlags(CRFClassifier<CoreLabel> crf) {
    return CrfTemplates.unsupported(crf);
  }

  /**
   * The model's feature index. CoreNLP keeps it package-private and offers no lookup; reading the field is the one
   * way to use the model's own indices without a copy (CoreNLP is on the class path, so the field is accessible).
   */
  private static Index<String> featureIndexOf(CRFClassifier<CoreLabel> crf) {
    try {
      Field field = CRFClassifier.class.getDeclaredField("featureIndex");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Index<String> index = (Index<String>) field.get(crf);
      return index;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Word types answered from the cache so far, and looked up in all. */
  long[] typeCacheStats() {
    return new long[] {types.stats().hitCount(), types.stats().requestCount()};
  }

  /**
   * {@code data[j][k][m]}: the index of the m-th feature of clique k (0 = token j, 1 = tokens j-1 and j) of
   * {@code sentence}, in CoreNLP's order; or null when a position falls outside what this class reproduces.
   * Reads only each token's {@code TextAnnotation}.
   */
  int[][][] data(List<CoreLabel> sentence) {
    return data(sentence, null);
  }

  /**
   * As {@link #data(List)}, with {@code seen}: the word types this caller already looked up (in earlier sentences of
   * the same document), asked first and filled. A document repeats most of its words ("the", its names), and a
   * HashMap lookup costs a fraction of the shared bounded cache's (which records every read for its eviction
   * policy). The types are the cache's own objects, so the features are the same. Null: the cache alone.
   */
  int[][][] data(List<CoreLabel> sentence, java.util.Map<String, CrfWordType> seen) {
    int n = sentence.size();
    CrfWordType[] t = new CrfWordType[n];
    for (int i = 0; i < n; i++) {
      String text = sentence.get(i).get(CoreAnnotations.TextAnnotation.class);
      CrfWordType type = seen == null ? null : seen.get(text);
      if (type == null) {
        type = types.get(text, newType);
        if (seen != null) {
          seen.put(text, type);
        }
      }
      t[i] = type;
    }
    int[][][] data = new int[n][2][];
    // Room for MAX_FEATURES, what one template may add past it before the count is checked, and the disjunctions.
    long[] buf = new long[MAX_FEATURES + 64 + 2 * templates.disjunctionWidth];
    HashSetOrder.Scratch scratch = new HashSetOrder.Scratch(buf.length);
    for (int j = 0; j < n; j++) {
      int m = nodeFeatures(t, j, buf);
      data[j][0] = m < 0 ? null : HashSetOrder.order(buf, m, scratch);
      if (data[j][0] == null) {
        return null;
      }
      data[j][1] = HashSetOrder.order(buf, edgeFeatures(t, j, buf), scratch);
      if (data[j][1] == null) {
        return null;
      }
    }
    return data;
  }

  private CrfWordType at(CrfWordType[] t, int i) {
    return i < 0 || i >= t.length ? pad : t[i];
  }

  /** NERFeatureFactory.featuresC for the supported flags, in its order; -1 if more than the buffer holds. */
  private int nodeFeatures(CrfWordType[] t, int loc, long[] out) {
    CrfWordType c = t[loc];
    CrfWordType p = at(t, loc - 1);
    CrfWordType n = at(t, loc + 1);
    int m = 0;
    out[m++] = c.cDistSim;
    if (c.isTitle) {
      out[m++] = c.title;
    }
    out[m++] = c.cWord;
    out[m++] = p.pWord;
    out[m++] = p.pDistSim;
    out[m++] = n.nWord;
    out[m++] = n.nDistSim;
    out[m++] = classFeature;
    if (m + c.nGrams.length > MAX_FEATURES) {
      return -1; // a very long token (a URL) with n-grams of every length: more than the set's first table holds
    }
    for (long g : c.nGrams) {
      out[m++] = g;
    }
    out[m++] = c.cType;
    out[m++] = p.pType;
    out[m++] = n.nType;
    out[m++] = pair(PW_CTYPE, p.wordId, c.shapeId, 0, p.wordHash, c.shapeHash, c.shapePow, 0, 0, p.word, c.shape,
        null);
    out[m++] = pair(NW_CTYPE, c.shapeId, n.wordId, 0, c.shapeHash, n.wordHash, n.wordPow, 0, 0, c.shape, n.word,
        null);
    out[m++] = pair(PC_TYPE, p.shapeId, c.shapeId, 0, p.shapeHash, c.shapeHash, c.shapePow, 0, 0, p.shape, c.shape,
        null);
    out[m++] = pair(CN_TYPE, c.shapeId, n.shapeId, 0, c.shapeHash, n.shapeHash, n.shapePow, 0, 0, c.shape, n.shape,
        null);
    out[m++] = pair(PCN_TYPE, p.shapeId, c.shapeId, n.shapeId, p.shapeHash, c.shapeHash, c.shapePow, n.shapeHash,
        n.shapePow, p.shape, c.shape, n.shape);
    if (p.word.length() <= 3) {
      CrfWordType pp = at(t, loc - 2);
      out[m++] = pair(PPW_CTYPE, pp.wordId, c.shapeId, 0, pp.wordHash, c.shapeHash, c.shapePow, 0, 0, pp.word,
          c.shape, null);
    }
    if (n.word.length() <= 3) {
      CrfWordType nn = at(t, loc + 2);
      out[m++] = pair(NNW_CTYPE, nn.wordId, c.shapeId, 0, nn.wordHash, c.shapeHash, c.shapePow, 0, 0, nn.word,
          c.shape, null);
    }
    m = occurrencePatterns(t, loc, out, m);
    for (int i = 1; i <= templates.disjunctionWidth; i++) {
      out[m++] = at(t, loc + i).disjN;
      out[m++] = at(t, loc - i).disjP;
    }
    return m > MAX_FEATURES ? -1 : m;
  }

  /**
   * The occurrence-pattern template for tokens without part-of-speech tags (NerTagger's): whether a name-cased word
   * followed by a lowercase word occurs again 3 to 149 tokens later or earlier in the sentence.
   */
  private int occurrencePatterns(CrfWordType[] t, int loc, long[] out, int m) {
    CrfWordType c = t[loc];
    CrfWordType n = at(t, loc + 1);
    CrfWordType p = at(t, loc - 1);
    if (!(c.nameCase && n.noUpperCase && n.hasLetter && p.hasLetter && loc > 0)) {
      out[m++] = noOccurrence;
      return m;
    }
    // CoreNLP adds the feature once per later (earlier) occurrence; its set keeps the first, so once is the same.
    for (int i = loc + 3; i < Math.min(t.length, loc + 150); i++) {
      if (t[i].word.equals(c.word)) {
        out[m++] = nextOccurrence;
        break;
      }
    }
    for (int i = loc - 3; i > Math.max(-1, loc - 150); i--) {
      if (t[i].word.equals(c.word)) {
        out[m++] = prevOccurrence;
        break;
      }
    }
    return m;
  }

  /** NERFeatureFactory.featuresCpC for the supported flags, in its order. */
  private int edgeFeatures(CrfWordType[] t, int loc, long[] out) {
    CrfWordType c = t[loc];
    CrfWordType p = at(t, loc - 1);
    CrfWordType n = at(t, loc + 1);
    int m = 0;
    out[m++] = seqFeature;
    out[m++] = c.seqCWord;
    out[m++] = pair(SEQ_PC_WORD, p.wordId, c.wordId, 0, p.wordHash, c.wordHash, c.wordPow, 0, 0, p.word, c.word,
        null);
    out[m++] = p.seqPWord;
    out[m++] = p.seqPDistSim;
    out[m++] = c.seqCDistSim;
    out[m++] = pair(SEQ_PC_DISTSIM, p.distSimId, c.distSimId, 0, p.distSimHash, c.distSimHash, c.distSimPow, 0, 0,
        p.distSim, c.distSim, null);
    out[m++] = p.seqPShape;
    out[m++] = c.seqCShape;
    out[m++] = pair(SEQ_PC_SHAPE, p.shapeId, c.shapeId, 0, p.shapeHash, c.shapeHash, c.shapePow, 0, 0, p.shape,
        c.shape, null);
    out[m++] = c.seqCShapeTps2;
    out[m++] = n.seqNShapeTns1;
    return m;
  }

  /**
   * The packed (hash, index) of a pair feature whose name is built from strings a, b (and c) with the given String
   * hashes ({@code pb}/{@code pc}: 31^length of b/c). The name's hash comes from the parts' hashes
   * ({@link CrfPairNames#pairHash(int, int, int, int, int, int)}), and the ~95 % of new word pairs whose hash no
   * feature of the model has stop at the bit filter: no String is read, no memo slot written. The others go through
   * the memo (ids standing for the strings; -1: none), then the binary search and the names.
   */
  private long pair(int template, long ia, long ib, long ic, int ha, int hb, int pb, int hc, int pc, String a,
      String b, String c) {
    int hash = CrfPairNames.pairHash(template, ha, hb, pb, hc, pc);
    if (!names.mayHave(hash)) {
      return HashSetOrder.pack(hash, -1); // no feature of the model has this hash, so neither has this name
    }
    if (ia < 0 || ib < 0 || ic < 0) {
      return pairFeature(template, hash, a, b, c);
    }
    int slot = PairMemo.slot(template, ia, ib, ic);
    PairMemo.Entry e = memo.get(slot, template, ia, ib, ic);
    if (e != null) {
      return e.value();
    }
    long f = pairFeature(template, hash, a, b, c);
    memo.put(slot, new PairMemo.Entry(template, ia, ib, ic, f));
    return f;
  }

  /** The pair feature named {@link CrfPairNames#pairName}(template, a, b, c), whose String hash is {@code hash}. */
  private long pairFeature(int template, int hash, String a, String b, String c) {
    String sep = separator(template);
    int index = template == PCN_TYPE ? names.indexOf(hash, a, sep, b, sep, c, suffix(template))
        : names.indexOf(hash, a, sep, b, suffix(template), null, null);
    return HashSetOrder.pack(hash, index);
  }

  /** (String hash, feature index or -1) of one feature name. */
  private long feature(String name) {
    int hash = name.hashCode();
    return HashSetOrder.pack(hash, names.indexOf(hash, name, null));
  }

  /** {@link #feature(String)} of {@code a + suffix}, without building it. */
  private long feature(String a, String suffix) {
    int hash = a.hashCode() * CrfPairNames.pow31(suffix.length()) + suffix.hashCode();
    return HashSetOrder.pack(hash, names.indexOf(hash, a, suffix));
  }

  /**
   * A token type as CoreNLP sees it: the preprocessing of {@code classifySentence} (word shape, term normalisation),
   * run by CoreNLP itself on a one-token document, and the feature factory's distsim class ({@link
   * CrfTemplates#distSim}; {@link #coreNlpDistSim} is CoreNLP's own annotation, which the tests compare it with).
   */
  private CrfWordType newType(String text) {
    List<CoreLabel> doc = preprocessedToken(text);
    CoreLabel token = doc.get(0);
    String word = word(token);
    String distSim;
    if (templates.hasDistSimLexicon()) {
      distSim = templates.distSim(word); // the lexicon lookup alone, not a whole makeDatum of ~45 feature strings
    } else {
      crf.makeDatum(doc, 0, crf.featureFactories); // annotates the distsim class
      distSim = token.get(CoreAnnotations.DistSimAnnotation.class);
    }
    return fill(new CrfWordType(word, token.get(CoreAnnotations.ShapeAnnotation.class), distSim));
  }

  /** The distsim class CoreNLP's own feature extraction annotates a one-token document of {@code text} with. */
  String coreNlpDistSim(String text) {
    List<CoreLabel> doc = preprocessedToken(text);
    crf.makeDatum(doc, 0, crf.featureFactories);
    return doc.get(0).get(CoreAnnotations.DistSimAnnotation.class);
  }

  /** A one-token document of {@code text} after CoreNLP's own preprocessing ({@code classifySentence}'s). */
  private List<CoreLabel> preprocessedToken(String text) {
    CoreLabel token = new CoreLabel();
    token.set(CoreAnnotations.TextAnnotation.class, text);
    token.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
    List<CoreLabel> doc = new ArrayList<>(1);
    doc.add(token);
    new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords()).processDocument(doc);
    return doc;
  }

  /** The distsim class of {@code text} as {@link #newType} computes it. */
  String distSim(String text) {
    return newType(text).distSimGet;
  }

  /** FeatureFactory.getWord: the text through the model's word function. */
  private String word(CoreLabel token) {
    String text = token.getString(CoreAnnotations.TextAnnotation.class);
    return crf.flags.wordFunction.apply(text);
  }

  private CrfWordType fill(CrfWordType w) {
    w.wordId = memo.typeId();
    w.shapeId = memo.intern(w.shape);
    w.distSimId = memo.intern(w.distSim);
    String ds = String.valueOf(w.distSimGet); // StringBuilder.append(null) writes "null", as the templates do
    w.cDistSim = feature(ds, "-DISTSIM|C");
    w.cWord = feature(w.word, "-WORD|C");
    w.pWord = feature(w.word, "-PW|C");
    w.pDistSim = feature(ds, "-PDISTSIM|C");
    w.nWord = feature(w.word, "-NW|C");
    w.nDistSim = feature(ds, "-NDISTSIM|C");
    w.nGrams = nGrams(w.word);
    w.isTitle = templates.isTitle(w.word);
    w.title = w.isTitle ? feature("IS_TITLE|C") : 0;
    w.cType = feature(w.shape, "-TYPE|C");
    w.pType = feature(w.shape, "-PTYPE|C");
    w.nType = feature(w.shape, "-NTYPE|C");
    w.disjN = feature(w.word, "-DISJN|C");
    w.disjP = feature(w.word, "-DISJP|C");
    w.seqCWord = feature(w.word, "-PSEQW|CpC");
    w.seqPWord = feature(w.word, "-PSEQpW|CpC");
    w.seqPDistSim = feature(w.distSim, "-PSEQpDS|CpC");
    w.seqCDistSim = feature(w.distSim, "-PSEQcDS|CpC");
    w.seqPShape = feature(w.shape, "-PSEQpS|CpC");
    w.seqCShape = feature(w.shape, "-PSEQcS|CpC");
    w.seqCShapeTps2 = feature(w.shape, "-TPS2|CpC");
    w.seqNShapeTns1 = feature(String.valueOf(w.shapeGet), "-TNS1|CpC");
    return w;
  }

  /** The character n-gram features of a word ({@link CrfTemplates#nGrams}). */
  private long[] nGrams(String cWord) {
    List<String> subs = templates.nGrams(cWord);
    long[] out = new long[subs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = feature(subs.get(i), "|C");
    }
    return out;
  }
}
