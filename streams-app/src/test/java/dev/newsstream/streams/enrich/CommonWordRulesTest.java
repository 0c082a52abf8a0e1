package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CommonWordRules#lowerCasePrograms} on its pattern, with look-alikes. No model is loaded. */
class CommonWordRulesTest {
  private static final Set<String> KNOWN_LOWER = Set.of("cook", "the", "said");

  @Test
  void aOneWordPersonTheDocumentAlsoWritesInLowerCaseIsAProgram() {
    String text = "Nginx serves the site. Restart it with: sudo systemctl restart nginx\n\nGrafana reads "
        + "/etc/grafana/grafana.ini and Cook said the cook left. Merkel met @merkel fans at merkel.de.";
    List<TaggedSpan> spans = List.of(span(text, "Nginx", "PERSON", 0.66), span(text, "Grafana", "PERSON", 0.9),
        span(text, "Cook", "PERSON", 0.9), span(text, "Merkel", "PERSON", 1.0));
    // Grafana is written in lower case only in a path and a file name; "cook" is a known word; "merkel" only in a
    // handle and an address: all three stay people.
    assertThat(surfacesInTextOrder(CommonWordRules.lowerCasePrograms(spans, text, KNOWN_LOWER), text))
        .containsExactly("Nginx/MISC", "Grafana/PERSON", "Cook/PERSON", "Merkel/PERSON");
  }
}
