package dev.newsstream.url;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A host name as people read it: each punycode label ({@code xn--...}) in its Unicode form, so an internationalised
 * domain name shows as {@code zeitung-müritz.example}, not {@code xn--zeitung-mritz-4ob.example}. For display only:
 * article ids, URLs and host comparisons keep the ASCII form ({@link CanonicalUrl}).
 *
 * <p>A label whose letters mix scripts in a way no language writes (Cyrillic {@code а} among Latin letters, the usual
 * look-alike of a known name) stays in punycode, as browsers do. The rule is the "highly restrictive" level of
 * Unicode UTS #39 section 5.2: the letters of a label are of one script, or of Latin with Han and Japanese Kana, Han
 * with Bopomofo, or Han with Hangul (Common and Inherited characters, digits and hyphens go with any). A label in
 * one foreign script that merely looks like a Latin name (a whole-script confusable) is shown in Unicode.
 */
public final class DisplayHost {
  private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
      EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

  private DisplayHost() {}

  /**
   * @param asciiHost a host in ASCII (IDNA ToASCII) form, e.g. {@code www.xn--zeitung-mritz-4ob.example}
   * @return the host with each convertible punycode label in Unicode (IDNA ToUnicode, {@link IDN#toUnicode}); a
   *     label that is not valid punycode, or mixes scripts (class comment), stays as given; null for null
   */
  public static String of(String asciiHost) {
    if (asciiHost == null || !asciiHost.contains("xn--")) {
      return asciiHost;
    }
    String[] labels = asciiHost.split("\\.", -1);
    StringBuilder out = new StringBuilder(asciiHost.length());
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      String unicode = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
      out.append(i > 0 ? "." : "").append(singleScript(unicode) ? unicode : label);
    }
    return out.toString();
  }

  /** Whether the letters of {@code label} are of one script or of one of the allowed mixes. */
  static boolean singleScript(String label) {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    label.codePoints().forEach(cp -> {
      UnicodeScript s = UnicodeScript.of(cp);
      if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
        scripts.add(s);
      }
    });
    return scripts.size() <= 1 || ALLOWED_MIXES.stream().anyMatch(m -> m.containsAll(scripts));
  }
}
