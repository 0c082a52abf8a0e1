package dev.newsstream.streams.dedup;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds Traditional Chinese characters to their Simplified forms, one character at a time, so that a story and its
 * copy in the other script give the same shingles ({@link ShingleTokens}). Only the dedup signature's input is
 * folded; the article text stays as published.
 *
 * <p>Why: a syndicated story published in Traditional characters (Taiwan, Hong Kong, Macau) and its copy in
 * Simplified ones (or the reverse) share few character n-grams: in a typical news paragraph a third to a half of
 * the characters differ, so nearly every 3-gram does, and the pair came out as two clean articles.
 *
 * <p>Source: ICU4J's transliterator {@code Hant-Hans} ("Traditional-Simplified", CLDR's conversion data), applied to
 * each character of its source set alone. The table is a canonical form, not a translation: ICU's phrase rules
 * (e.g. 著名 kept, 看著 to 看着) are not applied, so 著 always folds to 着 and 乾 to 干, in Simplified text as in
 * Traditional; what matters is that both spellings of one text fold to the same characters. Where ICU's single
 * characters form a cycle (苧 and 苎 map to each other) the lowest code point stands for all, so the fold is
 * idempotent. Why not ICU on the whole text: its rule engine costs about 16 µs per character (a 1,500-character
 * story ~24 ms, docs/BENCHMARKS.md "Session 11"), a table look-up a few nanoseconds; the transliterator is used once,
 * to build the table.
 *
 * <p>Cost: texts without a character in the CJK ideograph blocks are scanned once and returned as they are; the
 * table (about 110 KB; with ICU's caches 4.2 MB of heap) is built by the first text that has one, once per JVM
 * (~0.4 s of CPU).
 */
final class HanScriptFold {
  /** BMP blocks that hold Han ideographs: Extension A, Unified Ideographs, Compatibility Ideographs. */
  private static final char EXT_A_FIRST = '\u3400';
  private static final char UNIFIED_LAST = '\u9FFF';
  private static final char COMPAT_FIRST = '\uF900';
  private static final char COMPAT_LAST = '\uFAFF';

  /** Hiragana and Katakana (U+3040-U+30FF; half-width forms are NFKC-folded into it before this runs). */
  private static final char KANA_FIRST = '\u3040';
  private static final char KANA_LAST = '\u30FF';

  private HanScriptFold() {}

  /**
   * {@code text} with every Traditional character replaced by its Simplified form; the same instance when none, and
   * when the text holds kana: Japanese writes its own kanji forms and has no Traditional/Simplified copies, so it
   * keeps the signatures it had before the fold existed and pays only the scan.
   */
  static String fold(String text) {
    int firstHan = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= KANA_FIRST && c <= KANA_LAST) {
        return text;
      }
      if (firstHan < 0 && mayBeHan(c)) {
        firstHan = i;
      }
    }
    return firstHan < 0 ? text : Table.INSTANCE.fold(text, firstHan);
  }

  /** Whether {@code c} lies in a Han block of the BMP or is half of a supplementary character (Extensions B-H). */
  private static boolean mayBeHan(char c) {
    return c >= EXT_A_FIRST && (c <= UNIFIED_LAST || Character.isSurrogate(c) || c >= COMPAT_FIRST && c <= COMPAT_LAST);
  }

  /** The fold of one code point ({@code cp} itself when it has no other form). */
  static int fold(int cp) {
    return Table.INSTANCE.map(cp);
  }

  /** Built on first use, so a JVM that never sees a Han character never loads ICU's transliterator data. */
  private static final class Table {
    static final Table INSTANCE = new Table(Transliterator.getInstance("Hant-Hans"));

    /** Target code point of each BMP code point in [first, first + bmp.length); 0 = unchanged. */
    private final int first;
    private final int[] bmp;
    private final Int2IntOpenHashMap supplementary = new Int2IntOpenHashMap();

    Table(Transliterator hantHans) {
      Int2IntOpenHashMap single = new Int2IntOpenHashMap();
      UnicodeSet source = hantHans.getSourceSet();
      for (UnicodeSetIterator it = new UnicodeSetIterator(source); it.next(); ) {
        if (it.codepoint == UnicodeSetIterator.IS_STRING) {
          continue; // a phrase rule's left side: phrases are not folded (class comment)
        }
        String from = new String(Character.toChars(it.codepoint));
        String to = hantHans.transliterate(from);
        if (to.codePointCount(0, to.length()) == 1 && to.codePointAt(0) != it.codepoint) {
          single.put(it.codepoint, to.codePointAt(0));
        }
      }
      Int2IntOpenHashMap canonical = new Int2IntOpenHashMap();
      for (int cp : single.keySet()) {
        int to = canonicalOf(cp, single);
        if (to != cp) {
          canonical.put(cp, to);
        }
      }
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int cp : canonical.keySet()) {
        if (cp <= 0xFFFF) {
          lo = Math.min(lo, cp);
          hi = Math.max(hi, cp);
        } else {
          supplementary.put(cp, canonical.get(cp));
        }
      }
      first = hi < 0 ? 0 : lo;
      bmp = new int[hi < 0 ? 0 : hi - lo + 1];
      canonical.forEach((cp, to) -> {
        if (cp <= 0xFFFF) {
          bmp[cp - first] = to;
        }
      });
    }

    /**
     * Where {@code cp} ends when ICU's single-character map is followed: its last character, or the lowest code point
     * of the cycle it runs into (so every member of a cycle folds to one character and folding twice changes nothing).
     */
    private static int canonicalOf(int cp, Int2IntOpenHashMap single) {
      List<Integer> path = new ArrayList<>();
      int c = cp;
      while (single.containsKey(c) && !path.contains(c)) {
        path.add(c);
        c = single.get(c);
      }
      if (!path.contains(c)) {
        return c;
      }
      int lowest = c;
      for (int i = path.indexOf(c); i < path.size(); i++) {
        lowest = Math.min(lowest, path.get(i));
      }
      return lowest;
    }

    int map(int cp) {
      if (cp > 0xFFFF) {
        return supplementary.getOrDefault(cp, cp);
      }
      int i = cp - first;
      int to = i >= 0 && i < bmp.length ? bmp[i] : 0;
      return to == 0 ? cp : to;
    }

    /** {@link HanScriptFold#fold(String)} from index {@code from} on (nothing before it is Han). */
    String fold(String s, int from) {
      // Most changes are BMP to BMP: replaced in place in one char array (a StringBuilder appending code point by
      // code point cost ~15 ns a character, a fifth of a Traditional text's signing). A change to or from a
      // supplementary character changes the length: then the general loop.
      char[] out = null;
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          return foldCodePoints(s, from);
        }
        int to = map(c);
        if (to != c) {
          if (to > 0xFFFF) {
            return foldCodePoints(s, from);
          }
          if (out == null) {
            out = s.toCharArray();
          }
          out[i] = (char) to;
        }
      }
      return out == null ? s : new String(out);
    }

    /** As {@link #fold(String, int)}, code point by code point (the text's length may change). */
    private String foldCodePoints(String s, int from) {
      StringBuilder out = null;
      for (int i = from; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        int to = map(cp);
        if (to != cp && out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        if (out != null) {
          out.appendCodePoint(to);
        }
        i = next;
      }
      return out == null ? s : out.toString();
    }
  }
}
