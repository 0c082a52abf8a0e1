package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document-level type consistency for the German, French and Spanish CRFs (review 9, #8; the usual rule of
 * document-level NER, cf. Finkel et al. 2005 and Krishnan &amp; Manning 2006): a LOCATION, ORGANIZATION or MISC
 * mention whose words are the last words of a PERSON named with more words in the same document is that person
 * ("Saied" beside "Kais Saied", "Wissa" beside "Yoane Wissa", "Le Fée" beside "Enzo Le Fée"); news names a person
 * in full once and then by surname, and the model, reading one sentence at a time, types the surname alone by its
 * sentence. Unlike the English {@link SpanRules#surnames}, the full name may come later (a ticker's first lines name
 * players by surname). A surname after a lower-case particle keeps it ("de Sarnez", not "Sarnez"). Not retyped: a mention right after a place preposition ("à Washington", "in Jordan",
 * "nach Paris": the place named like the person), and a mention in capitals (a dateline).
 * Pure function of (spans, text); offsets into text. Cost: two passes over the mentions.
 */
final class SurnameTypeRules {
  /** Prepositions that put a place after them in the languages this runs on (German, French, Spanish). */
  private static final Pattern PLACE_PREPOSITION = Pattern.compile(
      "(?i)(?<!\\p{L})(?:à|au|aux|en|vers|depuis|in|im|nach|aus|bei|über|desde|hacia|hasta)\\s+$");

  private SurnameTypeRules() {}

  static List<TaggedSpan> apply(List<TaggedSpan> spans, String text) {
    Set<String> surnames = new HashSet<>(); // "yoane wissa" gives "wissa"; "enzo le fée" gives "le fée", "fée"
    for (TaggedSpan s : spans) {
      String[] words = s.surface(text).strip().split("\\s+");
      if (s.type().equals("PERSON") && words.length >= 2 && s.confidence() >= 0.5) {
        for (int k = 1; k < words.length; k++) {
          if (NameBoundaryRules.NAME_PARTICLES.contains(words[k - 1])) {
            continue; // "Charles de Gaulle" is "de Gaulle"; a PERSON slip "Stade de France" must not make France one
          }
          surnames.add(String.join(" ", java.util.Arrays.asList(words).subList(k, words.length))
              .toLowerCase(Locale.ROOT));
        }
      }
    }
    if (surnames.isEmpty()) {
      return spans;
    }
    List<TaggedSpan> out = new ArrayList<>(spans.size());
    for (TaggedSpan s : spans) {
      String surface = s.surface(text);
      boolean person = !s.type().equals("PERSON") && surnames.contains(surface.toLowerCase(Locale.ROOT))
          && !EntityResolver.allCaps(surface)
          && !PLACE_PREPOSITION.matcher(text.substring(Math.max(0, s.start() - 12), s.start())).find();
      out.add(person ? new TaggedSpan(s.start(), s.end(), "PERSON", s.confidence()) : s);
    }
    return out;
  }
}
