package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TitleRules} on each pattern, with look-alikes it must leave alone. No model is loaded. */
class TitleRulesTest {
  /** A stand-in for the model's lower-case words: department words and "apple". */
  private static final Set<String> LOWERCASE = Set.of("defense", "foreign", "health", "apple", "interior");

  @Test
  void aDepartmentWordInAGovernmentTitleIsNoBody() {
    String text = "U.S. Defense Secretary Jim Mattis met the Foreign Minister. The Interior Secretary spoke.";
    List<TaggedSpan> spans = List.of(span(text, "U.S.", "LOCATION", 0.9), span(text, "Defense", "ORGANIZATION", 0.7),
        span(text, "Jim Mattis", "PERSON", 1.0), span(text, "Foreign", "ORGANIZATION", 0.6),
        span(text, "Interior Secretary", "ORGANIZATION", 0.6));
    assertThat(surfacesInTextOrder(TitleRules.departmentTitles(spans, text, LOWERCASE), text))
        .containsExactly("U.S./LOCATION", "Jim Mattis/PERSON");
  }

  @Test
  void aDepartmentWordBeforeMinistryOrDepartmentStartsTheBodysName() {
    String text = "The Defense Ministry said; the Health Department agreed.";
    List<TaggedSpan> spans = List.of(span(text, "Defense", "ORGANIZATION", 0.7),
        span(text, "Health", "ORGANIZATION", 0.8));
    List<TaggedSpan> out = TitleRules.departmentTitles(spans, text, LOWERCASE);
    assertThat(surfacesInTextOrder(out, text)).containsExactly("Defense Ministry/ORGANIZATION",
        "Health Department/ORGANIZATION");
    assertThat(out.get(1).confidence()).isEqualTo(0.8);
  }

  @Test
  void bodiesOwnNamesAndOtherRolesAreKept() {
    // "Kremlin" is no lower-case word; "Apple" is, but "Chief" is no government office; a lower-case "secretary"
    // is no title; a PERSON or LOCATION before "Secretary" is not this rule's.
    String text = "Kremlin Secretary Dmitry Peskov; Apple Chief Executive Tim Cook; Defense secretary; "
        + "Health Secretary of Ohio; Foreign Minister";
    List<TaggedSpan> spans = List.of(span(text, "Kremlin", "ORGANIZATION", 0.9),
        span(text, "Apple", "ORGANIZATION", 0.9), span(text, "Defense", "ORGANIZATION", 0.7),
        span(text, "Health Secretary of Ohio", "ORGANIZATION", 0.6), span(text, "Foreign", "LOCATION", 0.5));
    assertThat(TitleRules.departmentTitles(spans, text, LOWERCASE)).isSameAs(spans);
  }
}
