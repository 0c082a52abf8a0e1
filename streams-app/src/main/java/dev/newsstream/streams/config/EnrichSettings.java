package dev.newsstream.streams.config;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.streams.config.StreamsAppConfig.Enrich;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** Reads and validates the {@code enrich.*} settings into {@link Enrich}. */
final class EnrichSettings {
  private EnrichSettings() {}

  static Enrich from(Properties p) {
    Set<String> types = new LinkedHashSet<>();
    for (String t : ConfigSource.require(p, "enrich.types").split(",")) {
      String type = t.strip().toUpperCase(Locale.ROOT);
      if (!Enrich.ALL_TYPES.contains(type)) {
        throw new ConfigSource.ConfigException("enrich.types must be a comma-separated list of "
            + "PERSON, ORGANIZATION, LOCATION, MISC; got '" + t.strip() + "'");
      }
      types.add(type);
    }
    String raw = ConfigSource.require(p, "enrich.min.confidence");
    double minConfidence;
    try {
      minConfidence = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new ConfigSource.ConfigException("enrich.min.confidence must be a number between 0 and 1, got '" + raw + "'");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new ConfigSource.ConfigException("enrich.min.confidence must be between 0 and 1, got " + raw);
    }
    Set<String> languages = new LinkedHashSet<>();
    for (String l : p.getProperty("enrich.languages", "").split(",")) {
      String code = l.strip().toLowerCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (!code.matches("[a-z]{2}")) {
        throw new ConfigSource.ConfigException("enrich.languages must be ISO 639-1 codes like en,de (empty = all), "
            + "got '" + l.strip() + "'");
      }
      if (!Enrich.MODEL_LANGUAGES.contains(code)) {
        // Refused, not ignored: the user expects entities for these articles and would silently get none.
        throw new ConfigSource.ConfigException("enrich.languages: no NER model for '" + code + "' (models: "
            + String.join(",", new java.util.TreeSet<>(Enrich.MODEL_LANGUAGES)) + "; empty = all of them)");
      }
      languages.add(code);
    }
    return new Enrich(ConfigSource.boolValue(p, "enrich.enabled"), Set.copyOf(types), minConfidence,
        ConfigSource.intValue(p, "enrich.max.chars", 1000, 10_000_000), Set.copyOf(languages),
        EnrichPreload.parse(p.getProperty("enrich.preload", "all"), languages));
  }
}
