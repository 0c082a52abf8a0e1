package dev.newsstream.streams.enrich;

/**
 * The names of the English CRF models' pair features (a word next to a shape, two shapes, two words...) as
 * NERFeatureFactory builds them, and their String hashes computed from the parts' hashes without building the name:
 * {@link CrfFeatureIndexer} tests a hash against the model's known hashes first, and builds a name only when it may be
 * a feature. Pure functions.
 */
final class CrfPairNames {
  static final int PW_CTYPE = 0;
  static final int NW_CTYPE = 1;
  static final int PC_TYPE = 2;
  static final int CN_TYPE = 3;
  static final int PCN_TYPE = 4;
  static final int PPW_CTYPE = 5;
  static final int NNW_CTYPE = 6;
  static final int SEQ_PC_WORD = 7;
  static final int SEQ_PC_DISTSIM = 8;
  static final int SEQ_PC_SHAPE = 9;

  private CrfPairNames() {}

  /**
   * {@code pairName(template, a, b, c).hashCode()} without building the name: h(xy) = h(x) * 31^|y| + h(y). For
   * tests and callers that hold the strings; the indexer uses the form on hashes.
   */
  static int pairHash(int template, String a, String b, String c) {
    return pairHash(template, a.hashCode(), b.hashCode(), pow31(b.length()), c == null ? 0 : c.hashCode(),
        c == null ? 1 : pow31(c.length()));
  }

  /**
   * As {@link #pairHash(int, String, String, String)} from the parts' String hashes and 31^length
   * ({@link #pow31}) alone, which {@link CrfWordType} keeps with the type: the pair path then reads no String object
   * (each a likely cache miss on new text). {@code hc}/{@code pc} are used by {@link #PCN_TYPE} only.
   */
  static int pairHash(int template, int ha, int hb, int pb, int hc, int pc) {
    boolean seq = template >= SEQ_PC_WORD;
    int sepHash = seq ? DASH_HASH : DOTS_HASH;
    int sepPow = seq ? 31 : 31 * 31 * 31;
    int h = (ha * sepPow + sepHash) * pb + hb;
    if (template == PCN_TYPE) {
      h = (h * sepPow + sepHash) * pc + hc;
    }
    return h * SUFFIX_POWS[template] + SUFFIX_HASHES[template];
  }

  /** 31^length (int arithmetic, wrapping as String.hashCode does): h(xy) = h(x) * pow31(|y|) + h(y). */
  static int pow31(int length) {
    if (length < POW31.length) {
      return POW31[length];
    }
    int pow = POW31[POW31.length - 1];
    for (int i = POW31.length - 1; i < length; i++) {
      pow *= 31;
    }
    return pow;
  }

  /** The separator between a pair feature's parts: "-" in the edge-clique templates, "..." in the others. */
  static String separator(int template) {
    return template >= SEQ_PC_WORD ? "-" : "...";
  }

  /** The suffix that ends a pair feature's name (template and clique). */
  static String suffix(int template) {
    return PAIR_SUFFIXES[template];
  }

  private static final int DOTS_HASH = "...".hashCode();
  private static final int DASH_HASH = "-".hashCode();

  private static final String[] PAIR_SUFFIXES = {"-PW_CTYPE|C", "-NW_CTYPE|C", "-PCTYPE|C", "-CNTYPE|C",
      "-PCNTYPE|C", "-PPW_CTYPE|C", "-NNW_CTYPE|C", "-PSEQW2|CpC", "-PSEQpcDS|CpC", "-TYPES|CpC"};

  /** 31^i (int arithmetic, wrapping as String.hashCode does) for i < 64. */
  private static final int[] POW31 = new int[64];
  private static final int[] SUFFIX_HASHES = new int[PAIR_SUFFIXES.length];
  private static final int[] SUFFIX_POWS = new int[PAIR_SUFFIXES.length];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
    for (int t = 0; t < PAIR_SUFFIXES.length; t++) {
      SUFFIX_HASHES[t] = PAIR_SUFFIXES[t].hashCode();
      SUFFIX_POWS[t] = pow31(PAIR_SUFFIXES[t].length());
    }
  }

  static String pairName(int template, String a, String b, String c) {
    return switch (template) {
      case PW_CTYPE -> a + "..." + b + "-PW_CTYPE|C";
      case NW_CTYPE -> a + "..." + b + "-NW_CTYPE|C";
      case PC_TYPE -> a + "..." + b + "-PCTYPE|C";
      case CN_TYPE -> a + "..." + b + "-CNTYPE|C";
      case PCN_TYPE -> a + "..." + b + "..." + c + "-PCNTYPE|C";
      case PPW_CTYPE -> a + "..." + b + "-PPW_CTYPE|C";
      case NNW_CTYPE -> a + "..." + b + "-NNW_CTYPE|C";
      case SEQ_PC_WORD -> a + "-" + b + "-PSEQW2|CpC";
      case SEQ_PC_DISTSIM -> a + "-" + b + "-PSEQpcDS|CpC";
      case SEQ_PC_SHAPE -> a + "-" + b + "-TYPES|CpC";
      default -> throw new IllegalArgumentException("template " + template);
    };
  }}
