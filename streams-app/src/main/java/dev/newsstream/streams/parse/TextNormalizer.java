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
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  private TextNormalizer() {}

  /** Lower case, NFKC, letters and digits only, single spaces. */
  public static String normalize(String text) {
    // NFKC leaves ASCII as it is, so ASCII text (most paragraphs of most pages) skips the whole-text passes and is
    // lower-cased per character below. Most non-ASCII text (accented Latin, Cyrillic, CJK) is already NFKC: checking
    // is cheaper than re-normalising.
    String folded = isAscii(text) ? text
        : (Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A')); // only ASCII text still has upper case here
      }
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    return sb.toString();
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

  /** Same count as {@link #words}: letter/digit runs, an apostrophe followed by letters staying in the word. */
  public static int wordCount(String text) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      n++;
      while (i < len && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i + 1 < len && (text.charAt(i) == '\'' || text.charAt(i) == '’') && Character.isLetter(text.codePointAt(i + 1))) {
        i++;
        while (i < len && Character.isLetter(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      }
    }
    return n;
  }

  /** SHA-256 of the normalised text, hex. */
  public static String contentHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
