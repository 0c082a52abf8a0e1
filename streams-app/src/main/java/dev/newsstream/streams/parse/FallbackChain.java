package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shape every metadata field of {@link HtmlMetadata} follows: sources tried in a fixed order, the first usable
 * value kept. Sources are suppliers so a later one (a DOM walk, a regex over the text) runs only when the earlier
 * ones gave nothing. Shared by the field chains ({@link HeadlineChain}, {@link PublicationDates}) so they agree on
 * what "usable" means.
 */
final class FallbackChain {
  private FallbackChain() {}

  /** The first non-blank value, stripped; null when no source has one. */
  @SafeVarargs
  static String first(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<String> v = s.get();
      if (v.isPresent() && !v.get().isBlank()) {
        return v.get().strip();
      }
    }
    return null;
  }

  /** The first value that parses as a date ({@link DateParsing#parseOffset}); null when none does. */
  @SafeVarargs
  static OffsetDateTime firstDate(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<OffsetDateTime> d = s.get().flatMap(DateParsing::parseOffset);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** A text field of the page's JSON-LD article object ({@code ld}; null: the page has none), as a source. */
  static Optional<String> ldText(JsonNode ld, String field) {
    return ld == null ? Optional.empty() : JsonLd.text(ld, field);
  }
}
