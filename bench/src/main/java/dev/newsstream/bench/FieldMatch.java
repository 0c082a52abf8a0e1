package dev.newsstream.bench;

import dev.newsstream.streams.parse.DateParsing;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Exact-match rules for the metadata fields the benchmark scores besides the body. */
public final class FieldMatch {
  private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  private FieldMatch() {}

  /** Same title after NFKC and whitespace folding (case and punctuation count). */
  public static boolean title(String truth, String predicted) {
    return predicted != null && clean(truth).equals(clean(predicted));
  }

  /**
   * Same instant; when the truth is a bare date, the predicted timestamp's own calendar date (in its own offset,
   * or in UTC) must equal it. A truth that is no valid date matches nothing.
   */
  public static boolean published(String truth, OffsetDateTime predicted) {
    if (predicted == null || truth == null) {
      return false;
    }
    String t = truth.strip();
    if (DATE_ONLY.matcher(t).matches()) {
      LocalDate day;
      try {
        day = LocalDate.parse(t);
      } catch (java.time.format.DateTimeParseException e) {
        return false; // a truth like "2022-29-11" names no day, so nothing matches it
      }
      return predicted.toLocalDate().equals(day)
          || predicted.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().equals(day);
    }
    Optional<OffsetDateTime> truthTime = DateParsing.parseOffset(t);
    return truthTime.isPresent() && truthTime.get().toInstant().equals(predicted.toInstant());
  }

  /** Same set of names, case-insensitive, whitespace folded. */
  public static boolean authors(List<String> truth, List<String> predicted) {
    return predicted != null && nameSet(truth).equals(nameSet(predicted));
  }

  private static Set<String> nameSet(List<String> names) {
    return names.stream().map(n -> clean(n).toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String clean(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }
}
