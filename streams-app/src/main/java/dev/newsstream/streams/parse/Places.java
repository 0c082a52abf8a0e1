package dev.newsstream.streams.parse;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known place names, from the JDK's own data rather than a list of ours: the cities of the time-zone database
 * ("Europe/London", "America/Argentina/Buenos_Aires") and the country names in the languages we read
 * ({@link Locale#getISOCountries()}). Used to tell a dateline place in a byline from a person's name.
 */
final class Places {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> ZONE_AREAS = Set.of("Europe", "America", "Asia", "Africa", "Australia",
      "Atlantic", "Indian", "Pacific");
  private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
      Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl")};

  private Places() {}

  private static final class Holder {
    static final Set<String> COUNTRIES = countries();
    static final Set<String> NAMES = load();
  }

  /** Whether the name (any case, accents or not) is a country's name in one of the languages we read. */
  static boolean country(String name) {
    return Holder.COUNTRIES.contains(fold(name));
  }

  /** Whether the name (any case, accents or not: "Zürich", "ZURICH") is a known city or country. */
  static boolean known(String name) {
    return Holder.NAMES.contains(fold(name));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      String[] parts = id.split("/");
      // "Antarctica/Casey", "Etc/GMT+1", "US/Pacific": research stations, offsets and legacy aliases, no cities
      if (parts.length >= 2 && ZONE_AREAS.contains(parts[0])) {
        out.add(fold(parts[parts.length - 1].replace('_', ' ')));
      }
    }
    out.addAll(Holder.COUNTRIES);
    out.remove("");
    return Set.copyOf(out);
  }

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    for (String country : Locale.getISOCountries()) {
      Locale place = new Locale("", country);
      for (Locale language : LANGUAGES) {
        out.add(fold(place.getDisplayCountry(language)));
      }
    }
    out.remove("");
    return Set.copyOf(out);
  }

  private static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s.strip(), Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
