package dev.newsstream.streams.enrich;

/**
 * What the English CRF models' feature templates read of one token type: its word (after the model's word
 * function), word shape and distributional-similarity class, and the model's own feature entries that depend on
 * that type alone, each packed by {@link HashSetOrder#pack} as (String hash of the feature name, index in the
 * model's feature index or -1). Built once per type by {@link CrfFeatureIndexer}; immutable, shared by threads.
 *
 * <p>{@code shapeGet}/{@code distSimGet} hold what CoreNLP's {@code CoreLabel.get} returns and may be null (the
 * sentence padding); {@code shape}/{@code distSim} what {@code getString} returns (never null). The feature templates
 * use both forms, and "null" ends up inside feature names for the padding, so both must be kept.
 */
final class CrfWordType {
  final String word;
  final String shape;
  final String shapeGet;
  final String distSim;
  final String distSimGet;
  final boolean nameCase;
  final boolean noUpperCase;
  final boolean hasLetter;

  /** String hashes of word, shape and distsim class and 31^their length: pair-feature hashes without the Strings. */
  final int wordHash;
  final int wordPow;
  final int shapeHash;
  final int shapePow;
  final int distSimHash;
  final int distSimPow;

  /** Ids of this type (its word), its shape and its distsim class in {@link PairMemo}; -1: not interned. */
  long wordId;
  long shapeId;
  long distSimId;

  // Node-clique features (suffix |C), by the role this type plays around the current token.
  long cDistSim;
  long cWord;
  long pWord;
  long pDistSim;
  long nWord;
  long nDistSim;
  long[] nGrams;
  /** Whether the word matches the model's title pattern (useTitle), and then its IS_TITLE feature. */
  boolean isTitle;
  long title;
  long cType;
  long pType;
  long nType;
  long disjN;
  long disjP;
  // Edge-clique features (suffix |CpC).
  long seqCWord;
  long seqPWord;
  long seqPDistSim;
  long seqCDistSim;
  long seqPShape;
  long seqCShape;
  long seqCShapeTps2;
  long seqNShapeTns1;

  CrfWordType(String word, String shapeGet, String distSimGet) {
    this.word = word;
    this.shapeGet = shapeGet;
    this.shape = shapeGet == null ? "" : shapeGet;
    this.distSimGet = distSimGet;
    this.distSim = distSimGet == null ? "" : distSimGet;
    this.nameCase = isNameCase(word);
    this.noUpperCase = noUpperCase(word);
    this.hasLetter = hasLetter(word);
    this.wordHash = word.hashCode();
    this.wordPow = CrfPairNames.pow31(word.length());
    this.shapeHash = shape.hashCode();
    this.shapePow = CrfPairNames.pow31(shape.length());
    this.distSimHash = distSim.hashCode();
    this.distSimPow = CrfPairNames.pow31(distSim.length());
  }

  // The three tests of NERFeatureFactory's occurrence-pattern template, same definitions.
  static boolean isNameCase(String str) {
    if (str.length() < 2 || !(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) {
      return false;
    }
    for (int i = 1; i < str.length(); i++) {
      if (Character.isUpperCase(str.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean noUpperCase(String str) {
    if (str.isEmpty()) {
      return false;
    }
    for (int i = 0; i < str.length(); i++) {
      if (Character.isUpperCase(str.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasLetter(String str) {
    for (int i = 0; i < str.length(); i++) {
      if (Character.isLetter(str.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
