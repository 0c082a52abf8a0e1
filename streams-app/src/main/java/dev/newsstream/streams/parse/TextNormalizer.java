package dev.newsstream.streams.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One normalisation for hashing, word counts and comparison, so every stage agrees on "same text". */
public final class TextNormalizer {
  /**
   * A word: one Han, Hiragana or Katakana character (these scripts write no spaces between words, and counting
   * each character is the convention of word processors' counts for them), or a run of other letters and digits,
   * an apostrophe followed by letters staying in it.
   */
  private static final Pattern WORD = Pattern.compile(
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
          + "|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+"
          + "(?:['’][\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+)?");

  private TextNormalizer() {}

  /** Lower case, NFKC, letters and digits only, single spaces. */
  public static String normalize(String text) {
    // NFKC leaves ASCII as it is, so ASCII text (most paragraphs of most pages) skips the whole-text passes and is
    // lower-cased per character below.
    if (isAscii(text)) {
      return letterRuns(text);
    }
    String byChunks = normalizeByChunks(text);
    if (byChunks != null) {
      return byChunks;
    }
    return normalizeWhole(text);
  }

  /** {@link #normalize} with NFKC and lower case applied to the whole text at once: the plain form. */
  static String normalizeWhole(String text) {
    // Most non-ASCII text (accented Latin, Cyrillic, CJK) is already NFKC: checking is cheaper than re-normalising.
    return letterRuns((Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT));
  }

  /** The letters and digits of lower-cased NFKC text ({@code folded}), runs of anything else one space. */
  private static String letterRuns(String folded) {
    // Into a char array sized for the worst case (the output is never longer than the input): a StringBuilder's
    // per-append capacity and coder checks were most of this method's time (issue 16 item 5 profile).
    char[] out = new char[folded.length()];
    int len = 0;
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A')); // only ASCII text still has upper case here
      }
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
        out[len++] = c;
        space = false;
      } else if (!space) {
        out[len++] = ' ';
        space = true;
      }
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return new String(out, 0, len);
  }

  /**
   * {@link #normalize} of mostly-ASCII text with a few non-ASCII characters (curly quotes, dashes, an ellipsis, an
   * accented name), without NFKC and lower-casing the whole text for them: an ellipsis anywhere in an article made
   * the whole body go through {@code Normalizer.normalize} and {@code toLowerCase} (~10 % of the parse CPU on the
   * bench pages). NFKC may be applied piecewise at every position before a character below U+00A0: such a
   * character has canonical class 0, is NFKC_QC=Yes and composes with nothing before it (Unicode UAX #15, "Detecting
   * Normalization Forms"; ICU's hasBoundaryBefore). So each ASCII character starts a chunk, which runs to the next
   * ASCII character; chunks with a non-ASCII character are NFKC-normalised alone. Lower-casing is per code point
   * ({@link Character#toLowerCase(int)}), which is what {@code String.toLowerCase(Locale.ROOT)} does for every
   * character but two: capital sigma (its final form depends on the letters around it) and capital I with dot
   * (which lower-cases to two characters); a text holding either after NFKC takes the whole-text path (null).
   */
  private static String normalizeByChunks(String text) {
    int n = text.length();
    char[] out = new char[n + 16];
    int len = 0;
    boolean space = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 && (i + 1 == n || text.charAt(i + 1) < 0x80)) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          out[len++] = c;
          space = false;
        } else if (!space) {
          out[len++] = ' ';
          space = true;
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && text.charAt(j) >= 0x80) {
        j++;
      }
      String chunk = text.substring(i, j);
      String nfkc = Normalizer.isNormalized(chunk, Normalizer.Form.NFKC) ? chunk
          : Normalizer.normalize(chunk, Normalizer.Form.NFKC);
      if (len + 2 * nfkc.length() + (n - j) > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + 2 * nfkc.length() + (n - j)));
      }
      for (int k = 0; k < nfkc.length(); ) {
        int cp = nfkc.codePointAt(k);
        k += Character.charCount(cp);
        if (cp == '\u03A3' || cp == '\u0130') {
          return null;
        }
        int lower = Character.toLowerCase(cp);
        if (Character.isBmpCodePoint(lower)) {
          char l = (char) lower;
          if (l < 0x80 ? l >= 'a' && l <= 'z' || l >= '0' && l <= '9' : Character.isLetterOrDigit(l)) {
            out[len++] = l;
            space = false;
            continue;
          }
        }
        // not a letter or digit; a supplementary code point's surrogates are neither, as in the whole-text path
        if (!space) {
          out[len++] = ' ';
          space = true;
        }
      }
      i = j;
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return new String(out, 0, len);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Same count as {@link #words}: each Han/Hiragana/Katakana character, and runs of other letters and digits (an
   * apostrophe followed by letters staying in the word). So a 70-character Japanese brief counts 70, not the 5
   * "words" its punctuation happens to split it into.
   */
  public static int wordCount(String text) {
    return wordCount(text, Integer.MAX_VALUE);
  }

  /**
   * {@link #wordCount(String)}, counted no further than {@code atMost}: {@code min(wordCount(text), atMost)}. A
   * check for a minimum number of words then stops early instead of walking a whole article.
   */
  public static int wordCount(String text, int atMost) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len && n < atMost) {
      int cp = text.codePointAt(i);
      if (!isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      n++;
      if (isUnspacedScript(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      while (i < len) {
        int next = text.codePointAt(i);
        if (!isLetterOrDigit(next) || isUnspacedScript(next)) {
          break;
        }
        i += Character.charCount(next);
      }
      if (i + 1 < len && (text.charAt(i) == '\'' || text.charAt(i) == '’') && isWordLetter(text.codePointAt(i + 1))) {
        i++;
        while (i < len && isWordLetter(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      }
    }
    return n;
  }

  /** A letter that continues a word after an apostrophe: any letter but a character-per-word script's. */
  private static boolean isWordLetter(int cp) {
    return Character.isLetter(cp) && !isUnspacedScript(cp);
  }

  /** Han, Hiragana or Katakana: scripts written without spaces, where each character counts as a word. */
  static boolean isUnspacedScript(int cp) {
    if (cp < 0x2E80) { // below the CJK radicals no code point is in these scripts
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** {@link Character#isLetterOrDigit(int)}, with ASCII (A-Z, a-z, 0-9) answered without the Unicode tables. */
  private static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      int lower = cp | 0x20; // A-Z -> a-z; no other ASCII character lands in a-z
      return lower >= 'a' && lower <= 'z' || cp >= '0' && cp <= '9';
    }
    return Character.isLetterOrDigit(cp);
  }

  /** SHA-256 of the normalised text, hex. */
  public static String contentHash(String text) {
    // digest() resets the digest for the next call on this thread: no provider lookup per page.
    byte[] d = SHA_256.get().digest(normalize(text).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d);
  }

  /** One SHA-256 digest per thread ({@link MessageDigest} is not thread-safe; getInstance per call cost ~0.5 % of a page). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });
}
