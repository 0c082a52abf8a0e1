package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Events named after a place, a person or a sponsor (session 10, issue 15: "no MISC at all ... events"): a name of two
 * or more words whose last word is an English event noun ("Sun City Challenge", "Paris Open", "Hopman Cup", "Sheffield
 * Shield", "Google Science Fair") names the event, MISC in CoNLL's scheme, however the 3-class model typed its first
 * words (it has no MISC: a tournament named after its town comes out LOCATION, one named after a person PERSON).
 * The event nouns are a small closed class of English words, no list of events; nouns that also end names of
 * other kinds are left out ("Masters" and "Bowl": a surname, a venue; "Rally": "National Rally", a party; "Tour":
 * "PGA Tour"). A one-word mention is never retyped ("Marathon" is a town). ORGANIZATION mentions are retyped only
 * for the nouns no company, publication or body is named after ("Cup", "Open", "Championships"...): "Epic Games",
 * "Blue Shield", "Vanity Fair" and "Edinburgh Festival Society" stay organisations. Pure function of (spans, text); one pass over the mentions.
 */
final class EventRules {
  private EventRules() {}

  /** Last words that make a PERSON or LOCATION name an event's. */
  private static final Set<String> EVENT_NOUNS = Set.of("Open", "Cup", "Challenge", "Championship", "Championships",
      "Classic", "Trophy", "Games", "Olympics", "Prix", "Marathon", "Tournament", "Invitational", "Regatta",
      "Festival", "Fair", "Expo", "Shield", "Stakes");

  /** Last words that make an ORGANIZATION name an event's (no body is named so). */
  private static final Set<String> ORG_EVENT_NOUNS = Set.of("Cup", "Open", "Championship", "Championships",
      "Olympics", "Expo", "Trophy", "Prix", "Marathon", "Invitational", "Regatta");

  /** Retypes event names to MISC (class comment). */
  static List<TaggedSpan> events(List<TaggedSpan> spans, String text) {
    List<TaggedSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      TaggedSpan s = spans.get(i);
      String surface = s.surface(text);
      int space = surface.lastIndexOf(' ');
      if (space < 0 || s.type().equals("MISC")) {
        continue;
      }
      String last = titleCase(surface.substring(space + 1));
      boolean event = s.type().equals("ORGANIZATION") ? ORG_EVENT_NOUNS.contains(last) : EVENT_NOUNS.contains(last);
      if (!event) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new TaggedSpan(s.start(), s.end(), "MISC", s.confidence()));
    }
    return out == null ? spans : out;
  }

  /** "CHALLENGE" -> "Challenge" (a headline in capitals names the same event); other spellings as they are. */
  private static String titleCase(String word) {
    if (word.length() < 2 || !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
