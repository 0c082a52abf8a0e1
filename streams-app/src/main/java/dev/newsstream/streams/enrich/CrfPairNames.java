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

  /** {@code pairName(template, a, b, c).hashCode()} without building the name: h(xy) = h(x) * 31^|y| + h(y). */
  static int pairHash(int template, String a, String b, String c) {
    String sep = template >= SEQ_PC_WORD ? "-" : "...";
    int h = concat(concat(a.hashCode(), sep), b);
    if (template == PCN_TYPE) {
      h = concat(concat(h, sep), c);
    }
    return concat(h, PAIR_SUFFIXES[template]);
  }

  private static final String[] PAIR_SUFFIXES = {"-PW_CTYPE|C", "-NW_CTYPE|C", "-PCTYPE|C", "-CNTYPE|C",
      "-PCNTYPE|C", "-PPW_CTYPE|C", "-NNW_CTYPE|C", "-PSEQW2|CpC", "-PSEQpcDS|CpC", "-TYPES|CpC"};

  private static int concat(int hash, String next) {
    int n = next.length();
    int pow = n < POW31.length ? POW31[n] : 1;
    for (int i = n - POW31.length + 1; i > 0; i--) {
      pow *= 31; // past the table: the remaining factors (the table's last entry is 31^(length-1))
    }
    if (n >= POW31.length) {
      pow *= POW31[POW31.length - 1];
    }
    return hash * pow + next.hashCode();
  }

  /** 31^i (int arithmetic, wrapping as String.hashCode does) for i < 64. */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
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
