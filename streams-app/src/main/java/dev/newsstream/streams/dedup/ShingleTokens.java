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
    String s = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
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
      if (isMark(cp)) {
        if (open) {
          ends[n - 1] = next; // a combining mark belongs to the letter before it (Thai vowels, Indic matras)
        }
      } else if (Character.isLetterOrDigit(cp)) {
        // Below U+0370 (Latin, Latin-1, IPA) no script is unspaced: skip the table lookup for most Western text.
        UnicodeScript script = cp < 0x370 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
        // A Common-script letter such as the Kana long-vowel mark takes the script of the character before it.
        boolean unspaced = UNSPACED.contains(script) || (open && !openIsWord && Character.isLetter(cp)
            && (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED));
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

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
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
