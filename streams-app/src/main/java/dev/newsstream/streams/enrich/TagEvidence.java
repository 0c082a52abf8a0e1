package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the page's own tags and keywords say about names. Editors tag the people and bodies a story is about, so
 * a tag that names an entity ("marco rubio") confirms it, and a tag of the form "long name (ABBR)"
 * ("european union (eu)") links the abbreviation to its long form.
 */
public final class TagEvidence {
  private static final Pattern LONG_AND_SHORT = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

  /** Normalised phrases: every tag/keyword, the comma-separated parts of each, and both halves of "X (Y)". */
  private final List<String> phrases = new ArrayList<>();
  /** Abbreviation -> long form, both normalised: "eu" -> "european union". */
  private final Map<String, String> longForms = new HashMap<>();

  public TagEvidence(Collection<String> tagsAndKeywords) {
    for (String tag : tagsAndKeywords) {
      for (String part : tag.split("[,;]")) {
        String phrase = normalise(part);
        if (phrase.isEmpty()) {
          continue;
        }
        Matcher m = LONG_AND_SHORT.matcher(phrase);
        if (m.matches()) {
          String longForm = normalise(m.group(1));
          String shortForm = normalise(m.group(2));
          phrases.add(longForm);
          phrases.add(shortForm);
          // Only an abbreviation that is shorter than its long form, e.g. "(eu)"; not "paris (france)".
          if (shortForm.length() < longForm.length() && !shortForm.contains(" ")) {
            longForms.put(shortForm, longForm);
          }
        } else {
          phrases.add(phrase);
        }
      }
    }
  }

  public static TagEvidence none() {
    return new TagEvidence(List.of());
  }

  /**
   * True when a tag names this entity: the tag equals the name, or ends with it as whole words (the keyword
   * "us president donald trump" confirms "Donald Trump" and "Trump"), or the name is a tagged abbreviation.
   */
  public boolean confirms(String name) {
    String n = normalise(name);
    if (n.isEmpty()) {
      return false;
    }
    if (longForms.containsKey(n)) {
      return true;
    }
    for (String p : phrases) {
      if (p.equals(n) || p.endsWith(" " + n)) {
        return true;
      }
    }
    return false;
  }

  /** The long form a tag gives for this abbreviation, normalised (lower case): "EU" -> "european union". */
  public Optional<String> longFormOf(String name) {
    return Optional.ofNullable(longForms.get(normalise(name)));
  }

  // Compiled once: String.replaceAll compiled both per call, several times per mention (~2 % of NER CPU).
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern OUTER_PUNCTUATION =
      java.util.regex.Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^)]]+$");

  /** Lower case, single spaces, no surrounding punctuation: how names and tags are compared. */
  public static String normalise(String s) {
    String t = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return OUTER_PUNCTUATION.matcher(t).replaceAll("").strip();
  }
}
