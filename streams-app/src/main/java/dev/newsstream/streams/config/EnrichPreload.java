package dev.newsstream.streams.config;

import dev.newsstream.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The enrich.preload setting: which languages' NER models load before the stream threads start (docs/NER.md). */
final class EnrichPreload {
  private EnrichPreload() {}

  /**
   * enrich.preload: "all" = the covered languages in enrich.languages' order (empty enrich.languages: every model,
   * English first), or a comma-separated subset; a code outside the covered ones is refused (it would load a model
   * no article uses).
   */
  static List<String> parse(String raw, Set<String> covered) {
    List<String> all = covered.isEmpty() ? List.of("en", "de", "fr", "es", "zh") : List.copyOf(covered);
    if (raw.strip().equalsIgnoreCase("all")) {
      return all;
    }
    List<String> out = new ArrayList<>();
    for (String l : raw.split(",")) {
      String code = l.strip().toLowerCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (!all.contains(code)) {
        throw new ConfigSource.ConfigException("enrich.preload must be 'all' or codes of enrich.languages ("
            + String.join(",", all) + "), got '" + l.strip() + "'");
      }
      out.add(code);
    }
    return List.copyOf(out);
  }

  /** Covered languages other than English that are not preloaded, sorted: each loads at its first article. */
  static Set<String> lazy(Set<String> covered, List<String> preload) {
    Set<String> lazy = new TreeSet<>(covered);
    lazy.remove("en");
    preload.forEach(lazy::remove);
    return lazy;
  }
}
