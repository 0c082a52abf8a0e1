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

  /** A host name written as a name: "INTERIA.PL", "example.co.uk" (letters, digits, hyphens, a dot, a top level). */
  private static final Pattern DOMAIN_NAME =
      Pattern.compile("(?iu)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,6}");
  /** A word's first letters that must be in the host for a longer word to count as spelled there ("Erfurter"). */
  private static final int STEM = 5;
  /** A wayback archive's URL of another page: the archived page's host is the one that names the site. */
  private static final Pattern ARCHIVED = Pattern.compile("(?i)^https?://web\\.archive\\.org/web/[^/]+/(.+)$");

  /**
   * Whether {@code name} is an organisation, a host name ("INTERIA.PL"), or the site named after the host of
   * {@code url} (may be null).
   */
  static boolean isPublisher(String name, String url) {
    return ORGANISATION.matcher(name).find() || DOMAIN_NAME.matcher(name.strip()).matches() || namesHost(name, url);
  }

  /**
   * Whether half or more of the words of {@code part} (three letters or more, case and accents folded) are spelled
   * in the host of {@code url}: the word, or a longer word's first {@value #STEM} letters, is in the host's telling
   * labels ("CDU-Fraktion im Erfurter Stadtrat" and "Nestlé Marktplatz" on cdu-fraktion-erfurt.de and
   * nestle-marktplatz.de; "Polityka Insight" on polityka.pl). False when the URL has no usable host or the part no
   * such word.
   */
  static boolean spellsHost(String part, String url) {
    int[] n = hostSpelling(part, url);
    return n[1] > 0 && n[1] * 2 >= n[0];
  }

  /**
   * Whether more than half of the words of {@code part} are spelled in the host ({@link #spellsHost}'s words): a
   * side of a head title that is mostly the host ("Nestlé Marktplatz"), not a headline that names the site once
   * ("Advertising on Jodel" on jodel.com).
   */
  static boolean mostlySpellsHost(String part, String url) {
    int[] n = hostSpelling(part, url);
    return n[1] * 2 > n[0];
  }

  /** {words counted, words spelled in the host}; {0, 0} without a usable host. */
  private static int[] hostSpelling(String part, String url) {
    String host = String.join(" ", hostLabels(url));
    if (host.isEmpty()) {
      return new int[] {0, 0};
    }
    String folded = java.text.Normalizer.normalize(part.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    int words = 0;
    int spelled = 0;
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < MIN_HOST_LABEL) {
        continue;
      }
      words++;
      if (host.contains(w) || w.length() > STEM && host.contains(w.substring(0, STEM))) {
        spelled++;
      }
    }
    return new int[] {words, spelled};
  }

  /**
   * An affiliation after the name in one author string ("Jane Doe, Harbour Insight" on harbourinsight.example, "Jane
   * Doe, Example Foundation"): the parts after the first comma that are the publisher (organisation word, host name,
   * spelled in the host) are cut when the first part is a person's name. Other strings ("Jane Doe, John Roe") are
   * returned unchanged.
   */
  static String withoutAffiliation(String raw, String url) {
    String[] parts = raw.split(",");
    if (parts.length < 2 || !isPersonName(parts[0].strip(), url)) {
      return raw;
    }
    StringBuilder out = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (!(isPublisher(p, url) || spellsHost(p, url))) {
        out.append(',').append(parts[i]);
      }
    }
    return out.toString();
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
    java.util.regex.Matcher archived = url == null ? null : ARCHIVED.matcher(url.strip());
    String host = UrlHost.of(archived != null && archived.matches() ? archived.group(1) : url);
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
