package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an author name is the publisher rather than a person: the site's host in the name ("Die FURCHE" on
 * furche.at), the host as the name's initials ("Hanns-Seidel-Stiftung" on hss.de), or an organisation's word
 * (a legal form such as "e.V.", "GmbH", "Inc."; "Stiftung", "Verlag", "Foundation", "Institute"…). Site-blind: the
 * host is the page's own URL. Used only to let a visible byline's person win ({@link Bylines}); a publisher name
 * is never dropped on these grounds alone.
 */
final class Publishers {
  /** Organisation words, matched as whole words, case-insensitively (German compounds by their ending). */
  private static final Pattern ORGANISATION = Pattern.compile("(?iu)(?:\\b(?:e\\.\\s?v|gmbh|ggmbh|mbh|inc|ltd|"
      + "llc|plc|corp|corporation|s\\.a|s\\.l|sarl|srl|spa|foundation|fondation|fundación|fondazione|institute|"
      + "institut|instituto|istituto|university|universität|université|universidad|association|verein|verband|"
      + "ministry|ministerium|ministère|agentur|verlag|publishing|publications|media|medien|presse|press|"
      + "magazine|magazin|zeitung|gazette|journal|online|redaktion|editorial|group|gruppe|groupe|grupo)\\b"
      + "|stiftung\\b|verlag\\b|verband\\b|zeitung\\b)");
  /** Second-level labels that say nothing about the site ("co.uk", "or.jp"), and host prefixes. */
  private static final Set<String> GENERIC_LABELS = Set.of("www", "www1", "www2", "www3", "m", "amp", "mobile",
      "co", "com", "or", "ac", "ne", "go", "gov", "org", "net", "edu");
  /** Particles inside a person's name that are written in lower case ("Ursula von der Leyen"). */
  private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "le",
      "la", "del", "dos", "das", "bin", "ibn", "al", "y", "zu");
  private static final int MIN_HOST_LABEL = 3;

  private Publishers() {}

  /** Whether {@code name} is an organisation, or the site named after the host of {@code url} (may be null). */
  static boolean isPublisher(String name, String url) {
    return ORGANISATION.matcher(name).find() || namesHost(name, url);
  }

  /**
   * Whether {@code name} is shaped as a person's: two to four words, each capitalised but for particles
   * ("von der"), no organisation word, not the site's host.
   */
  static boolean isPersonName(String name, String url) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2 || words.length > 4 || isPublisher(name, url)) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The host's telling labels (not "www", not the top-level domain, not "co" of "co.uk") as the name's letters after
   * a leading article ("Die FURCHE" on furche.at, "The Guardian" on theguardian.com, "Le Monde" on lemonde.fr), or as
   * the initials of its words ("Hanns-Seidel-Stiftung" on hss.de). A person with the site in the name ("Matthias
   * herrpfleger" on herrpfleger.de) is not the site.
   */
  static boolean namesHost(String name, String url) {
    List<String> labels = hostLabels(url);
    if (labels.isEmpty()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    StringBuilder afterArticle = new StringBuilder();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        if (!(letters.isEmpty() && ARTICLES.contains(w))) {
          afterArticle.append(w);
        }
        initials.append(w.charAt(0));
        letters.append(w);
      }
    }
    for (String label : labels) {
      if (letters.toString().equals(label) || afterArticle.toString().equals(label)
          || initials.length() >= MIN_HOST_LABEL && initials.toString().equals(label)) {
        return true;
      }
    }
    return false;
  }

  /** Articles that may open a publication's name and not its host ("Die FURCHE" on furche.at). */
  private static final Set<String> ARTICLES = Set.of("the", "die", "der", "das", "le", "la", "les", "el", "il",
      "lo", "het", "de", "o", "a");

  private static List<String> hostLabels(String url) {
    String host = UrlHost.of(url);
    if (host == null) {
      return List.of();
    }
    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length - 1; i++) { // not the top-level domain
      String p = parts[i].replace("-", "");
      if (p.length() >= MIN_HOST_LABEL && !GENERIC_LABELS.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
