package dev.newsstream.streams.dedup;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into the tokens that {@link Shingles} are made of: a word (a run of letters, digits and their
 * combining marks) in scripts written with spaces between words, and a single character (with its combining marks)
 * in scripts written without them (Han, Hiragana, Katakana, Hangul, Thai, ...). Mixed text is handled per run of
 * script: "2025年11月の選挙で Biden" gives {@code 2025 | 年 | 11 | 月 | の | 選 | 挙 | で | biden}.
 *
 * <p>The text is NFKC-normalised and lower-cased first (full-width Latin and digits become ASCII, half-width Kana
 * full-width), so for text in spaced scripts the tokens are exactly the words of {@code TextNormalizer.normalize}.
 * Traditional Chinese characters are then folded to Simplified ones ({@link HanScriptFold}), so a story and its copy
 * in the other script give the same tokens; {@link Tokens#text} is that folded text, not the published one.
 *
 * <p>Why characters: without a word segmenter a Chinese or Japanese clause is one "word" between punctuation, so
 * word shingles turn into clause shingles and one edited character hides a whole clause. Character n-grams are
 * the usual answer for these scripts (e.g. Lucene's CJK bigrams; Manning et al., Introduction to Information
 * Retrieval, 2.2.2).
 */
public final class ShingleTokens {
  /**
   * Scripts whose words are not separated by spaces, after Unicode UAX #14 (line-break classes ID and SA: breaks
   * allowed between letters), plus Hangul: Korean puts spaces between phrases, not words, and its particles stick
   * to the noun, so single syllables shingle better than phrases. The script of each character comes from the
   * JDK's Unicode tables ({@link UnicodeScript#of}).
   */
  static final Set<UnicodeScript> UNSPACED = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO, UnicodeScript.HANGUL, UnicodeScript.YI, UnicodeScript.THAI,
      UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR, UnicodeScript.TAI_THAM, UnicodeScript.TAI_VIET,
      UnicodeScript.NEW_TAI_LUE, UnicodeScript.TAI_LE, UnicodeScript.BALINESE, UnicodeScript.JAVANESE,
      UnicodeScript.TANGUT, UnicodeScript.NUSHU);

  /** The normalised text and each token's [start, end) char offsets in it. */
  public record Tokens(String text, int[] starts, int[] ends, int count) {
    public String token(int i) {
      return text.substring(starts[i], ends[i]);
    }
  }

  private ShingleTokens() {}

  /** Tokens of {@code text} (see the class comment); an empty or punctuation-only text has none. */
  public static Tokens of(String text) {
    // Most non-ASCII text (curly quotes, accented Latin, CJK) is already NFKC: the quick check is cheaper than
    // re-normalising, and normalize would return the same characters.
    boolean ascii = isAscii(text);
    String s = (ascii || Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    if (!ascii) {
      s = HanScriptFold.fold(s); // Traditional and Simplified Chinese copies of a story shingle alike
    }
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    boolean open = false; // a token is being extended
    boolean openIsWord = false; // the open token is a word (may take more letters), not a single character
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // ASCII, most characters of most pages: no combining marks, no unspaced script, and after lower-casing only
        // a-z and 0-9 are letters or digits. The same tokens as the general branch below, without its Unicode
        // table lookups (getType, isLetterOrDigit) per character.
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          if (open && openIsWord) {
            ends[n - 1] = i + 1;
          } else {
            if (n == starts.length) {
              starts = Arrays.copyOf(starts, n * 2);
              ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = i;
            ends[n] = i + 1;
            n++;
            open = true;
            openIsWord = true;
          }
        } else {
          open = false;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      int kind = kindOf(cp);
      if ((kind & MARK) != 0) {
        if (open) {
          ends[n - 1] = next; // a combining mark belongs to the letter before it (Thai vowels, Indic matras)
        }
      } else if ((kind & LETTER_OR_DIGIT) != 0) {
        // A Common-script letter such as the Kana long-vowel mark takes the script of the character before it.
        boolean unspaced = (kind & UNSPACED_SCRIPT) != 0
            || (open && !openIsWord && (kind & LETTER_IN_COMMON_SCRIPT) == LETTER_IN_COMMON_SCRIPT);
        if (open && openIsWord && !unspaced) {
          ends[n - 1] = next;
        } else {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
          }
          starts[n] = i;
          ends[n] = next;
          n++;
          open = true;
          openIsWord = !unspaced;
        }
      } else {
        open = false;
      }
      i = next;
    }
    return new Tokens(s, starts, ends, n);
  }

  /** {@link #kindOf} bits. */
  static final int MARK = 1;
  static final int LETTER_OR_DIGIT = 2;
  static final int UNSPACED_SCRIPT = 4;
  /** Both bits: a letter whose script is Common or Inherited (it takes the script of the character before it). */
  static final int LETTER_IN_COMMON_SCRIPT = 8 | 16;
  private static final int LETTER = 8;
  private static final int COMMON_SCRIPT = 16;

  /**
   * The Unicode properties the tokeniser asks of each BMP character, looked up once per JVM from the JDK's tables:
   * a non-ASCII character then costs one array read instead of a type lookup, a letter test and a binary search of
   * the script ranges (issue 16 item 5: tokenising was a third of a MinHash signature's cost). 64 KB.
   */
  private static final byte[] BMP_KINDS = new byte[0x10000];

  static {
    for (int cp = 0; cp < BMP_KINDS.length; cp++) {
      BMP_KINDS[cp] = (byte) plainKindOf(cp);
    }
  }

  /** {@link #plainKindOf}, from the table for BMP characters. */
  static int kindOf(int cp) {
    return cp < BMP_KINDS.length ? BMP_KINDS[cp] : plainKindOf(cp);
  }

  /** The properties of {@code cp} straight from the JDK's Unicode tables: the definition {@link #kindOf} caches. */
  static int plainKindOf(int cp) {
    int type = Character.getType(cp);
    int kind = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK ? MARK : 0;
    if (Character.isLetterOrDigit(cp)) {
      kind |= LETTER_OR_DIGIT;
    }
    if (Character.isLetter(cp)) {
      kind |= LETTER;
    }
    // Below U+0370 (Latin, Latin-1, IPA) no script is unspaced, and the tokeniser has always taken every character
    // there as Latin (a Common-script modifier letter such as U+02B9 included): kept, so signatures do not change.
    UnicodeScript script = cp < 0x370 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
    if (UNSPACED.contains(script)) {
      kind |= UNSPACED_SCRIPT;
    }
    if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
      kind |= COMMON_SCRIPT;
    }
    return kind;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
