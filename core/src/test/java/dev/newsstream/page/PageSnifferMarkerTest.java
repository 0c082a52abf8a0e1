package dev.newsstream.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The marker search without a lower-cased copy answers as the lower-cased copy's {@code contains} does. */
class PageSnifferMarkerTest {
  private static final List<String> MARKERS = List.of("<html", "<!doctype html", "<body", "<head", "<article", "<p>");

  /** The definition the search replaced. */
  private static boolean byLowerCaseCopy(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return MARKERS.stream().anyMatch(lower::contains);
  }

  @Property(tries = 3000)
  void sameAnswerAsTheLowerCasedCopy(@ForAll("heads") String head) {
    assertEquals(byLowerCaseCopy(head), PageSniffer.hasHtmlMarker(head), head);
  }

  @Test
  void lettersThatLowerCaseToAsciiOnlyInSomeWaysDoNotMakeAMarker() {
    assertTrue(PageSniffer.hasHtmlMarker("x <ARTICLE class=a>"));
    assertTrue(PageSniffer.hasHtmlMarker("<!DocType HTML>"));
    // İ lower-cases to i + U+0307 in a String, ı and ſ stay non-ASCII, the Kelvin sign becomes k (in no marker)
    assertFalse(PageSniffer.hasHtmlMarker("<artİcle>"));
    assertFalse(PageSniffer.hasHtmlMarker("<artıcle>"));
    assertFalse(PageSniffer.hasHtmlMarker("<bodſ <hea"));
    assertFalse(PageSniffer.hasHtmlMarker("plain text, no tags"));
  }

  /** Heads made of markers in mixed case, their near misses, look-alike letters and other text, in any order. */
  @Provide
  Arbitrary<String> heads() {
    Arbitrary<String> marker = Arbitraries.of(MARKERS).flatMap(m -> Arbitraries.integers().between(0, 1 << 14)
        .map(bits -> mixCase(m, bits)));
    Arbitrary<String> cut = marker.flatMap(m -> Arbitraries.integers().between(1, m.length() - 1)
        .map(n -> m.substring(0, n)));
    Arbitrary<String> lookAlike = Arbitraries.of("İ", "ı", "ſ", "\u212A", "Å", "ß", "<", ">", " ", "!", "\u0307", "é",
        "文", "\uD83D\uDE00", "Σ", "I", "i");
    Arbitrary<String> other = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, marker), net.jqwik.api.Tuple.of(3, cut), net.jqwik.api.Tuple.of(4, lookAlike),
        net.jqwik.api.Tuple.of(3, other));
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  private static String mixCase(String s, int bits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append((bits >> (i % 14) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }
}
