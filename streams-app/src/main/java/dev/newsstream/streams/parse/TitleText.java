package dev.newsstream.streams.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headline strings: site parts of a head title ("Headline | Site"), and whether two titles tell the same story. */
final class TitleText {
  static final Pattern TITLE_PREFIX = Pattern.compile("^([^|–—·:]{2,40}?)(?:\\s+[|–—·-]|\\s*:)\\s+(.{15,})$");
  static final Pattern TITLE_PARTS = Pattern.compile("^(.{15,}?)\\s+[|–—·-]\\s+([^|–—·]{2,40})$");
  static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—·»/-]\\s+|\\s*[|»]\\s*|\\s+:\\s+");

  private TitleText() {}

  /** Half or more of the shorter text's words are in the other: a reworded headline of the same story. */
  static boolean sameStory(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.size() < 3 || wb.size() < 3) {
      return false;
    }
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    return common.size() * 2 >= Math.min(wa.size(), wb.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * "Headline | Site" / "Headline - Site": drop the site part when it names the site or is short; "Site | Headline":
   * drop it only when it names the site.
   */
  static String stripSiteSuffix(String title, String site) {
    Matcher m = TITLE_PARTS.matcher(title);
    if (!m.matches()) {
      Matcher p = TITLE_PREFIX.matcher(title);
      // "TechCrunch | Headline": a leading part is dropped only when it names the site.
      if (p.matches() && site != null && p.group(1).strip().equalsIgnoreCase(site.strip())) {
        return p.group(2).strip();
      }
      return title;
    }
    String tail = m.group(2).strip();
    boolean namesSite = site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase(Locale.ROOT)
        .contains(tail.toLowerCase(Locale.ROOT)));
    boolean looksLikeSite = tail.split("\\s+").length <= 3 && (Character.isUpperCase(tail.charAt(0))
        || tail.contains("."));
    return namesSite || site == null && looksLikeSite && title.contains(" | ") ? m.group(1).strip() : title;
  }
}
