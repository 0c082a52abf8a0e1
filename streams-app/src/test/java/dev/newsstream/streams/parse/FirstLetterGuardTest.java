package dev.newsstream.streams.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The first-letter look-aheads ({@link PatternGuards#firstLetterIn}) change no match: each guarded pattern finds (and
 * matches) exactly where the same pattern without its look-ahead does, on lines made of its phrases in any letter
 * case, their look-alike letters (ſ, the Kelvin sign, İ, ı, accented capitals) and other words.
 */
class FirstLetterGuardTest {
  private static final List<String> PHRASES = List.of("subscribe", "subscribers can log in", "signing up for",
      "sign up to", "newsletter", "telegram", "whatsapp", "support our journalism", "supporting us and our site",
      "letter to the editor", "leserbrief", "abonnieren", "abonniere", "abonnez", "suscríbete", "suscribete",
      "suscríbase", "únete", "iscriviti", "download the free app for ios", "download our apps on android",
      "is not responsible for the opinions", "übernimmt keine haftung für die inhalte",
      "übernimmt keine verantwortung für meinungen", "never miss a", "never miss the", "keine folge mehr verpassen",
      "keine news verpassen", "we may receive compensation from partners", "wir erhalten eine provision für links",
      "we earn commissions on affiliate links", "commission from advertisers", "you", "our", "©");

  private static Pattern unguarded(Pattern p, String letters) {
    String guard = PatternGuards.firstLetterIn(letters);
    assertTrue(p.pattern().contains(guard), p.pattern());
    return Pattern.compile(p.pattern().replace(guard, ""), p.flags());
  }

  private static final Pattern READER_APPEAL_UNGUARDED = unguarded(ReaderAppeals.READER_APPEAL, "sntwlaúi");
  private static final Pattern STANDING_APPEAL_UNGUARDED = unguarded(ReaderAppeals.STANDING_APPEAL, "diünk");
  private static final Pattern DISCLOSURE_UNGUARDED = unguarded(BodyBoilerplate.DISCLOSURE, "cp");

  @Property(tries = 2000)
  void guardedAppealAndDisclosurePatternsMatchAsWithoutTheGuard(@ForAll("lines") String line) {
    assertEquals(READER_APPEAL_UNGUARDED.matcher(line).find(), ReaderAppeals.READER_APPEAL.matcher(line).find(), line);
    assertEquals(STANDING_APPEAL_UNGUARDED.matcher(line).find(), ReaderAppeals.STANDING_APPEAL.matcher(line).find(),
        line);
    assertEquals(DISCLOSURE_UNGUARDED.matcher(line).matches(), BodyBoilerplate.DISCLOSURE.matcher(line).matches(),
        line);
  }

  /**
   * The guard's case-sensitive class holds exactly the characters that {@code (?iu)} matches to one of the letters,
   * on every code point (supplementary ones included: none folds to a letter a pattern starts with).
   */
  @Test
  void guardClassIsTheCaseInsensitiveClassOfItsLetters() {
    for (String letters : List.of("sntwlaúi", "diünk", "cp")) {
      Pattern folded = Pattern.compile("(?iu)[" + letters + "]");
      Pattern guard = Pattern.compile(PatternGuards.firstLetterIn(letters) + "[\\s\\S]");
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        String s = Character.toString(cp);
        assertEquals(folded.matcher(s).matches(), guard.matcher(s).matches(), letters + " U+" + Integer.toHexString(cp));
      }
    }
    assertTrue(Pattern.compile(PatternGuards.firstLetterIn("sk")).matcher("\u017F\u212A").lookingAt());
  }

  @Test
  void guardedPatternsStillFindTheirPhrasesInAnyCase() {
    assertTrue(ReaderAppeals.READER_APPEAL.matcher("Don't miss out: SIGN UP FOR our Newsletter").find());
    assertTrue(ReaderAppeals.READER_APPEAL.matcher("ÚNETE a nuestro canal").find());
    assertTrue(ReaderAppeals.STANDING_APPEAL.matcher("Mit dem Newsletter keine Nachricht mehr verpassen").find());
    assertTrue(ReaderAppeals.STANDING_APPEAL.matcher("Übernimmt keine Haftung für die Inhalte").find());
    // the long s folds to s, as in the pattern's own literals
    assertTrue(ReaderAppeals.READER_APPEAL.matcher("ſubscribe now").find());
    assertTrue(BodyBoilerplate.DISCLOSURE.matcher("We may receive Compensation when you visit partners.").matches());
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> phrase = Arbitraries.of(PHRASES).flatMap(p -> Arbitraries.integers().between(0, (1 << 16) - 1)
        .map(bits -> mixCase(p, bits)));
    Arbitrary<String> lookAlike = Arbitraries.of("ſ", "\u212A", "İ", "ı", "Ú", "Ü", "Š", "ß", "'", "_", "1", "é");
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(7);
    Arbitrary<String> gap = Arbitraries.of(" ", " ", ", ", ". ", "\n", "");
    Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(4, phrase), Tuple.of(2, lookAlike), Tuple.of(3, word),
        Tuple.of(4, gap));
    return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  /** Upper-cases the letters whose bit is set; a set bit also swaps an s for the long s now and then. */
  private static String mixCase(String s, int bits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean up = (bits >> (i % 16) & 1) == 1;
      b.append(up && c == 's' && i % 5 == 0 ? 'ſ' : up ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }
}
